/// One `- BEFORE * AFTER [code]` line of a verb block: words that must come before the verb and after it,
/// in that order, for the pattern's code to replace the verb's default.
public struct VerbPattern: Sendable, Equatable {
    public enum Element: Sendable, Equatable {
        /// A word key ("ties"); plural forms match too.
        case word(String)
        /// A synonym set (`&CURRENCY`): any of its member phrases.
        case synset(String)
    }

    public var before: [Element]
    public var after: [Element]
    /// Nil when the pattern's code is not a CAMEO code ("---": the pattern exists to block a coding).
    public var code: CameoCode?

    /// How many elements the pattern asks for: the more, the more specific.
    public var weight: Int { before.count + after.count }

    /// The pattern's plain words (not synsets): a quick test before matching in order.
    public let plainWords: [String]

    public init(before: [Element], after: [Element], code: CameoCode?) {
        self.before = before
        self.after = after
        self.code = code
        // A loop into reserved room: the concatenation and `compactMap` were a quarter of a pattern line's parse.
        var plainWords: [String] = []
        plainWords.reserveCapacity(before.count + after.count)
        for element in before { if case let .word(word) = element { plainWords.append(word) } }
        for element in after { if case let .word(word) = element { plainWords.append(word) } }
        self.plainWords = plainWords
    }
}

/// A verb block: its forms share a default code and a list of patterns.
public struct VerbBlock: Sendable {
    public var name: String
    public var code: CameoCode?
    /// Most specific first.
    public var patterns: [VerbPattern]

    init(name: String, code: CameoCode?, patterns: [VerbPattern]) {
        self.name = name
        self.code = code
        self.patterns = patterns
    }

    /// Sorts the patterns most specific first (`VerbPatternIndex` then indexes them).
    mutating func sortPatterns() {
        patterns.sort { $0.weight > $1.weight }
    }

    static func compile(_ element: VerbPattern.Element, _ synsets: [String: Int]) -> PatternElement {
        switch element {
        case let .word(word): .word(word)
        case let .synset(name): .synset(name, index: synsets[name])
        }
    }
}

/// A verb form found in the dictionary: which block, and its own code when the line gives one.
public struct VerbForm: Sendable {
    public var block: Int
    public var code: CameoCode?
}
