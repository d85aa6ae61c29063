/// One word or punctuation mark of a sentence, with the lower-case key the lexicons are looked up by.
public struct WordToken: Sendable, Equatable {
    /// The token as written ("Iran", "U.S.", "’s"). A String, not a Substring: short ones are stored inline,
    /// so copying a token costs no reference counting.
    public var text: String
    /// Lower case, curly apostrophes made straight: the lookup key of every table.
    public var key: String
    /// Starts with an upper-case letter ("Tehran", "US").
    public var isCapitalized: Bool
    /// Every letter is upper case and there are at least two ("US", "NATO").
    public var isAllCaps: Bool
    /// A run of letters and digits, not punctuation.
    public var isWord: Bool
    /// `TokenHash.of(key)`, made once here so every table probe per token is one integer.
    public var hash: UInt64
    /// The key holds a "-" ("al-assad", "pro-iranian"): the rules that split at a hyphen test this flag
    /// instead of scanning every word's bytes.
    public var hasHyphen: Bool

    public init(text: String, key: String, isCapitalized: Bool, isAllCaps: Bool, isWord: Bool) {
        self.init(
            text: text, key: key, isCapitalized: isCapitalized, isAllCaps: isAllCaps, isWord: isWord, hash: TokenHash.of(key),
            hasHyphen: key.utf8.contains(UInt8(ascii: "-")))
    }

    init(text: String, key: String, isCapitalized: Bool, isAllCaps: Bool, isWord: Bool, hash: UInt64, hasHyphen: Bool) {
        self.text = text
        self.key = key
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.isWord = isWord
        self.hash = hash
        self.hasHyphen = hasHyphen
    }

    /// Whether the key has more than `count` Characters (what `key.count > count` says, without walking
    /// grapheme clusters when the key is ASCII).
    @inline(__always)
    public func keyLonger(than count: Int) -> Bool {
        let bytes = key.utf8.count
        if bytes <= count { return false }
        return key.utf8.allSatisfy { $0 < 128 } || key.count > count
    }
}
