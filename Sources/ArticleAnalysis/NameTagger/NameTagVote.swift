/// How the dictionaries, the capitalisation rules and the tagger settle one sentence's mentions:
/// - a dictionary match stands, with its type and code (CAMEO actor, ISO), and a tagger span overlapping
///   one is dropped; the one exception is an organisation row whose exact words the tagger calls a person
///   with a margin of at least `dictionaryRetypeMargin` (Phoenix lists members under their organisation's
///   actor code): it becomes that person, code kept. Countries and places are never retyped;
/// - a rule mention holding two or more of the tagger's spans ("Wolfsburg and Emden") becomes those spans;
/// - a rule mention (no code) the tagger also finds keeps its extent, role and country; when the tagger
///   gives another type with a margin of at least `retypeMargin`, the tagger's type wins (the rules guess
///   "person" for any two to four capitalised words, the tagger has seen the context);
/// - a rule mention the tagger finds no name in at all is dropped when `dropsUnconfirmedRules`, unless a
///   title introduced it (a role) — the rules' weakest guesses are capitalised runs the model rejects;
/// - a tagger span touching no mention becomes a new entity of its type without a code when its margin
///   is at least `newSpanMargin`;
/// - except a location no gazetteer knows (no word of it a dictionary or GeoNames place word) with a margin
///   under `unknownPlaceMargin`: the gazetteers cover places far better than people, so an unknown place
///   the tagger is unsure of takes the tagger's runner-up instead (a person or organisation, or nothing).
public struct NameTagVote: Sendable {
    public var newSpanMargin: Float
    public var retypeMargin: Float
    public var dropsUnconfirmedRules: Bool
    public var dictionaryRetypeMargin: Float
    public var unknownPlaceMargin: Float

    public init(
        newSpanMargin: Float = 10, retypeMargin: Float = 0, dropsUnconfirmedRules: Bool = false,
        dictionaryRetypeMargin: Float = 1, unknownPlaceMargin: Float = 20
    ) {
        self.unknownPlaceMargin = unknownPlaceMargin
        self.newSpanMargin = newSpanMargin
        self.dictionaryRetypeMargin = dictionaryRetypeMargin
        self.retypeMargin = retypeMargin
        self.dropsUnconfirmedRules = dropsUnconfirmedRules
    }

    /// `mentions` are the dictionary's and the rules' (in token order); `dictionary` the dictionary's alone.
    /// `capsRun`: `NameTagSentence.inCapsRun` (empty: none); a rule mention all inside a run of capitals (a
    /// headline) gives way to the tagger's spans there, since every word of a headline is capitalised and the
    /// rules would make one name of it.
    public func merge(
        mentions: [EntityMention], dictionary: [EntityMention], spans: [NameTagSpan], tokens: WordTokens, sentence: Int,
        capsRun: [Bool] = []
    ) -> [EntityMention] {
        var result: [EntityMention] = []
        if mentions.count + spans.count > 0 { result.reserveCapacity(mentions.count + spans.count) }
        // Each mention's fields are read in place and the mention copied once, into the result: a mention
        // copied out per loop step retained and released its strings once more.
        for position in mentions.indices {
            let range = mentions[position].tokens
            // A sentence has a few dictionary matches: a scan, no set built per sentence.
            if dictionary.contains(where: { $0.tokens.lowerBound == range.lowerBound }) {
                // The lexicon files some people under their organisation's actor ("Imad Mughniyeh" as
                // Hezbollah): a tagger sure the same words name a person makes it one, keeping the code.
                if mentions[position].kind == .organization,
                    let span = spans.first(where: { $0.tokens == range && $0.kind == .person }),
                    span.margin >= dictionaryRetypeMargin
                {
                    var mention = mentions[position]
                    mention.kind = .person
                    mention.name = mention.surface
                    result.append(mention)
                } else {
                    result.append(mentions[position])
                }
                continue
            }
            if !capsRun.isEmpty, range.allSatisfy({ $0 < capsRun.count && capsRun[$0] }) { continue }
            // The tagger's spans overlapping the mention: how many lie inside it, and the surest (the first of
            // equal margins), counted without an array per mention.
            var inside = 0
            var best: Int?
            for index in spans.indices where spans[index].tokens.overlaps(range) {
                if spans[index].tokens.clamped(to: range) == spans[index].tokens { inside += 1 }
                if best.map({ spans[$0].margin < spans[index].margin }) ?? true { best = index }
            }
            // "Wolfsburg and Emden", "Deutsche Bank and Commerzbank": the rules joined names at a connector; two
            // or more tagger names inside the run split it into those.
            if inside >= 2, mentions[position].role == nil {
                for span in spans where span.tokens.overlaps(range) && span.tokens.clamped(to: range) == span.tokens {
                    if let mention = Self.mention(span, tokens, sentence) { result.append(mention) }
                }
                continue
            }
            guard let best else {
                if !dropsUnconfirmedRules || mentions[position].role != nil { result.append(mentions[position]) }
                continue
            }
            let kind = spans[best].kind
            if kind != mentions[position].kind, spans[best].margin >= retypeMargin {
                var mention = mentions[position]
                mention.kind = kind
                if kind != .person { mention.role = nil }
                result.append(mention)
            } else {
                result.append(mentions[position])
            }
        }
        for var span in spans where span.margin >= newSpanMargin {
            guard !result.contains(where: { $0.tokens.overlaps(span.tokens) }) else { continue }
            if span.kind == .location, span.margin < unknownPlaceMargin, !span.touchesKnownPlace {
                guard let alternative = span.runnerUp, alternative != .location else { continue }
                span.kind = alternative
            }
            if let mention = Self.mention(span, tokens, sentence) { result.append(mention) }
        }
        result.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return result
    }

    /// A tagger span as a mention without a code; punctuation at either edge ("Reuters ,") is not part of the name.
    private static func mention(_ span: NameTagSpan, _ tokens: WordTokens, _ sentence: Int) -> EntityMention? {
        var range = span.tokens
        while !range.isEmpty, !tokens[range.lowerBound].isWord { range = (range.lowerBound + 1)..<range.upperBound }
        while !range.isEmpty, !tokens[range.upperBound - 1].isWord { range = range.lowerBound..<(range.upperBound - 1) }
        guard !range.isEmpty else { return nil }
        let surface = EntityRecognizer.surface(tokens, range)
        return EntityMention(
            sentence: sentence, tokens: range, surface: surface, kind: span.kind, name: surface, code: "", country: "", role: nil)
    }
}
