/// One place in one sentence where an entity is named.
public struct EntityMention: Sendable, Equatable {
    /// Index of the sentence in `AnalysisDocument.sentences`.
    public var sentence: Int
    /// The tokens of that sentence the mention covers.
    public var tokens: Range<Int>
    /// The words as written ("the Kremlin", "Iranian").
    public var surface: String
    public var kind: EntityKind
    /// The name the record shows ("Russia", "Vladimir Putin").
    public var name: String
    /// ISO alpha-3 for countries, the CAMEO actor code for dictionary organisations and people, "" if unknown.
    public var code: String
    /// ISO alpha-3 of the country the entity belongs to, "" if unknown.
    public var country: String
    /// A title stated right before a person's name ("President", "Foreign Minister").
    public var role: String?
    /// The tokens `surface` spans when it is wider than `tokens` (a country adjective folded into an
    /// organisation's name: "Russian Foreign Ministry"); nil when the same.
    public var surfaceTokens: Range<Int>? = nil
    /// Unicode scalar offsets of the mention in the record's `text`, end exclusive; set by `EntityStage`
    /// (empty when the sentences' places in the text are unknown).
    public var textRange: Range<Int> = 0..<0
    /// Where it is (Places/PlaceResolver): the place a location or capital names, or a country's own geo.
    public var place: GeoPlace? = nil

    /// The actor an event coder uses: the country for anything tied to one, else the organisation's code.
    public var actorCode: String? {
        switch kind {
        case .country: code.isEmpty ? nil : code
        case .location: nil
        case .person: country.isEmpty ? nil : country
        case .organization: !country.isEmpty ? country : (code.isEmpty ? nil : code)
        }
    }
}

/// A sentence's tokens and the entities named in it; what the entities stage leaves for the dyads stage.
public struct SentenceEntities: Sendable, Equatable {
    public var tokens: WordTokens
    public var mentions: [EntityMention]
    public init(tokens: WordTokens, mentions: [EntityMention]) {
        self.tokens = tokens
        self.mentions = mentions
    }
}
