/// One word or punctuation mark of a sentence: where its text and its lower-case key lie in the bytes of its
/// `WordTokens`, the key's hashes and its case flags. Plain values only (no String): a sentence's tokens are
/// one flat array that is copied and read without reference counting, and the lexicon probes that run on
/// every token need only `hash`, `singularHash` and the flags. `WordTokens.text(_:)` and `key(_:)` make
/// Strings for the few tokens that end up in a record.
public struct WordToken: Sendable, Equatable {
    /// UTF-8 byte offsets of the token as written ("Iran", "U.S.", "’s") in `WordTokens.textBytes`.
    public var textRange: Range<Int>
    /// UTF-8 byte offsets of the key (lower case, curly apostrophes made straight) in `WordTokens.keyBytes`.
    public var keyRange: Range<Int>
    /// `TokenHash.of(key)`, made once here so every table probe per token is one integer.
    public var hash: UInt64
    /// `TokenHash.of(key.dropLast())` when the key ends in "s" ("iranians" → "iranian"), else 0: the plural
    /// probes of the recogniser, the theme scorer and the event coder.
    public var singularHash: UInt64
    /// Starts with an upper-case letter ("Tehran", "US").
    public var isCapitalized: Bool
    /// Every letter is upper case and there are at least two ("US", "NATO").
    public var isAllCaps: Bool
    /// A run of letters and digits, not punctuation.
    public var isWord: Bool
    /// The key holds a "-" ("al-assad", "pro-iranian"): the rules that split at a hyphen test this flag
    /// instead of scanning every word's bytes.
    public var hasHyphen: Bool
    /// The key is ASCII: byte tests on it answer what the Character-level String tests would.
    public var isASCII: Bool
    /// The text holds an ASCII capital (A–Z) somewhere ("iPhone", "McDonald").
    public var hasASCIICapital: Bool

    /// Key bytes (`keyRange.count`).
    @inline(__always) public var keyLength: Int { keyRange.count }
}
