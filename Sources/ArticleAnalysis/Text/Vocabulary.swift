/// The distinct token keys of one article, each stored once with a dense id (its lexeme), after spaCy's
/// `StringStore`/`Vocab`: tokens carry the id, and what holds for the word wherever it occurs is read from
/// here instead of being worked out per occurrence. Keys are told apart by their 64-bit `TokenHash`, as the
/// lexicon tables do (a false match has odds of about n²/2⁶⁵ for n distinct keys).
public struct Vocabulary: Sendable {
    /// One distinct key.
    public struct Lexeme: Sendable, Equatable {
        /// `TokenHash` of the key.
        public var hash: UInt64
        /// Where the key's bytes are in `keyBytes`.
        public var keyRange: Range<Int>
        /// Occurrences in the article.
        public var count: Int32
        /// Some occurrence is a word of more than three bytes not starting with a capital: the article uses
        /// the word in lower case, so a capitalised occurrence is a common word at a sentence start rather
        /// than a name.
        public var isWrittenInLowercase: Bool
    }

    private var ids = KeyedTable<UInt64, Lexeme>(capacity: 256)
    /// The keys of all lexemes, back to back.
    public private(set) var keyBytes: [UInt8] = []

    public init() {}

    mutating func reserveCapacity(_ lexemes: Int) {
        ids = KeyedTable(capacity: lexemes)
        keyBytes.reserveCapacity(lexemes * 8)
    }

    /// Distinct keys.
    public var count: Int { ids.count }

    public subscript(id: Int32) -> Lexeme { ids.values[Int(id)] }

    /// The key of a lexeme as a String.
    public func key(_ id: Int32) -> String { String(decoding: keyBytes[self[id].keyRange], as: UTF8.self) }

    /// The lexeme of a key given by its `TokenHash`, or nil when the article does not use it.
    public func id(ofHash hash: UInt64) -> Int32? { ids.index(of: hash).map { Int32($0) } }

    /// The id of `tokens[index]`'s key, added when new, and the occurrence counted.
    mutating func intern(_ tokens: WordTokens, _ index: Int) -> Int32 {
        let token = tokens[index]
        let isLowercase = token.isWord && !token.isCapitalized && token.keyLength > 3
        let (found, slot) = ids.find(forUpdating: token.hash)
        if found >= 0 {
            ids.values[found].count += 1
            if isLowercase { ids.values[found].isWrittenInLowercase = true }
            return Int32(found)
        }
        let start = keyBytes.count
        keyBytes.append(contentsOf: tokens.keyBytes[token.keyRange])
        let lexeme = Lexeme(hash: token.hash, keyRange: start..<keyBytes.count, count: 1, isWrittenInLowercase: isLowercase)
        return Int32(ids.insert(token.hash, lexeme, at: slot))
    }
}
