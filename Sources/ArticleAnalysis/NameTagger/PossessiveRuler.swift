/// "Yeltsin's Russia", "Erdogan's Turkey": a lone capitalised word that owns a country is the person who
/// rules it, in news English. Applied to the lone names nothing else explained (no dictionary entry, no
/// full name elsewhere, no tagger span), and never to a word a place gazetteer knows ("Texas's Houston").
enum PossessiveRuler {
    static func mention(_ tokens: WordTokens, _ index: Int, sentence: Int, mentions: [EntityMention]) -> EntityMention? {
        guard index + 2 < tokens.count, tokens.key(index + 1, is: "'s"),
            mentions.contains(where: { $0.tokens.lowerBound == index + 2 && $0.kind == .country }),
            !NameTagPlaceMatches.isKnownPlace(tokens, index, values: NameTagPlaceMatches.values(tokens, scoresEveryToken: false))
        else { return nil }
        let surface = tokens.text(index)
        return EntityMention(sentence: sentence, tokens: index..<(index + 1), surface: surface, kind: .person, name: surface, code: "", country: "", role: nil)
    }
}
