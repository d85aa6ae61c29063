/// What an entity is, as written in the record's `type`.
public enum EntityKind: String, Sendable, Hashable, CaseIterable {
    case country, person, organization, location
}

/// How a lexicon row names its entity: a country by name or demonym, by its capital or seat of power
/// (a metonym: "Tehran said"), a place below country level, an organisation, or a person.
public enum LexiconRowKind: Character, Sendable {
    case countryName = "C"
    case seatOfPower = "K"
    case place = "L"
    case organization = "O"
    case person = "P"

    var entityKind: EntityKind {
        switch self {
        case .countryName, .seatOfPower: .country
        case .place: .location
        case .organization: .organization
        case .person: .person
        }
    }
}

/// One row of the entity lexicon: what a surface form means.
public struct LexiconEntry: Sendable, Equatable {
    public var kind: LexiconRowKind
    /// The name the record shows ("Iran", "Vladimir Putin", "UN Security Council").
    public var canonical: String
    /// ISO 3166 alpha-3 for countries and places, the CAMEO actor code for organisations and people.
    public var code: String
    /// The country the entity belongs to, when the lexicon knows it ("" otherwise).
    public var country: String
    /// Only a short acronym ("US", "UN"): the text must be written in capitals to match.
    public var needsCapitals: Bool
    /// The entity the record shows for this row: a capital counts for its country.
    public var entityName: String { canonical }
}
