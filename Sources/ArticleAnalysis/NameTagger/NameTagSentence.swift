/// What the features need of a whole sentence, computed once before tagging it: each token's word shape,
/// the dictionary match covering it, and how the sentence is cased as a whole (a headline in capitals or a
/// tweet in lower case says little through a word's capital letter).
public struct NameTagSentence {
    public enum Casing: UInt64 { case normal = 1, allCaps, lowercase, titleCase }

    public let casing: Casing
    /// `NameTagFeatures.shape` of each token.
    public let shapes: [UInt64]
    /// Per token: 0, or 1 + 2·kind + (0 first token, 1 later token) of the dictionary match covering it.
    public let lexicon: [UInt8]

    public init(_ tokens: some NameTagTokenView, lexiconMentions: [(tokens: Range<Int>, kind: EntityKind)]) {
        var shapes: [UInt64] = []
        shapes.reserveCapacity(tokens.count)
        var words = 0, capitalized = 0, allCaps = 0
        for index in 0..<tokens.count {
            shapes.append(NameTagFeatures.shape(tokens.tokenText(index), capitalized: tokens.isCapitalized(index)))
            guard tokens.isWord(index) else { continue }
            words += 1
            if tokens.hasCapital(index) { capitalized += 1 }
            if tokens.isAllCaps(index) { allCaps += 1 }
        }
        self.shapes = shapes
        if words >= 3, allCaps * 5 >= words * 4 {
            casing = .allCaps
        } else if capitalized == 0 {
            casing = .lowercase
        } else if words >= 4, capitalized * 10 >= words * 7 {
            casing = .titleCase
        } else {
            casing = .normal
        }
        var lexicon = [UInt8](repeating: 0, count: tokens.count)
        for mention in lexiconMentions {
            let kind = UInt8(EntityKind.allCases.firstIndex(of: mention.kind) ?? 0)
            for index in mention.tokens where index < lexicon.count {
                lexicon[index] = 1 + 2 * kind + (index == mention.tokens.lowerBound ? 0 : 1)
            }
        }
        self.lexicon = lexicon
    }
}
