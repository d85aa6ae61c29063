/// Finds the noun a number counts: "2,000 troops", "three Iranian-made drones", "four rounds".
/// Without a tagger, the counted noun is the first plural-looking word within a few words of the number,
/// with only modifiers (adjectives, names, hyphenated compounds) in between.
enum CountNoun {
    /// How many words may stand between the number and its noun ("three [Iranian-made] drones").
    static let maximumModifiers = 2

    static func isPlural(_ token: FactToken, in tokens: [FactToken]) -> Bool {
        guard token.kind == .word else { return false }
        if QuantityLexicon.irregularPlurals.contains(token.key) { return true }
        return token.looksPlural && !QuantityLexicon.notCountNouns.contains(token.key)
    }

    /// The index of the counted noun for a number ending before `index`, or nil.
    static func find(in tokens: [FactToken], from index: Int) -> Int? {
        var position = index
        var modifiers = 0
        while position < tokens.count, modifiers <= maximumModifiers {
            let token = tokens[position]
            guard token.kind == .word, token.spaceBefore || position > index else { return nil }
            if QuantityLexicon.countStoppers.contains(token.key) { return nil }
            // A hyphenated compound ("Iranian-made") is one modifier; a noun never ends before a hyphen.
            if position + 2 < tokens.count, tokens[position + 1].kind == .dash, !tokens[position + 1].spaceBefore,
                tokens[position + 2].kind == .word, !tokens[position + 2].spaceBefore
            {
                position += 2
                if isPlural(tokens[position], in: tokens), !(position + 1 < tokens.count && tokens[position + 1].kind == .dash) {
                    return position
                }
                position += 1
                modifiers += 1
                continue
            }
            if isPlural(token, in: tokens) { return position }
            position += 1
            modifiers += 1
        }
        return nil
    }
}
