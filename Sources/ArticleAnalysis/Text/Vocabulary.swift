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
        /// `TokenHash` of the key without its final "s" when it ends in one, else 0 (`WordToken.singularHash`).
        public var singularHash: UInt64 = 0
        /// What the key's bytes hold, read once here for the stages that classify words by them.
        public var facts = KeyFacts()
        /// The key as a `WordKey` when it is 1…12 ASCII letters (else `.none`): the fact scanners' lexicon
        /// key, packed once per distinct word instead of once per occurrence.
        var wordKey = WordKey.none
    }

    /// What an ASCII key's bytes hold (all zero and false for a key with other bytes): the tests the key
    /// phrases, the summary, VADER and the fingerprint make per word, made once per distinct key when it
    /// enters the vocabulary instead of once per stage.
    public struct KeyFacts: Sendable, Equatable {
        /// The key is ASCII.
        public var isASCII = false
        /// Letters a–z in the key.
        public var letters: Int32 = 0
        /// Digits 0–9 in the key.
        public var digits: Int32 = 0
        /// Every byte is a letter a–z or a digit.
        public var isAlphanumeric = false
        /// Every byte is a letter a–z, a digit or "-".
        public var isAlphanumericOrHyphen = false
        /// The key holds "&", a digit right after "'" ("x'9"), or ends in "." ("u.s."): YAKE reads such a
        /// word otherwise than the token table splits it.
        public var hasAmpersand = false
        public var hasDigitAfterApostrophe = false
        public var endsWithFullStop = false
        /// The key is one of `EnglishStopWords` (told by its `TokenHash`, as the tables tell keys apart).
        public var isStopWord = false
    }


    private var ids: KeyedTable<UInt64, Lexeme>
    /// The keys of all lexemes, back to back.
    public private(set) var keyBytes: [UInt8] = []

    public init() { ids = KeyedTable(capacity: 256) }

    /// Room for `lexemes` distinct keys from the start (the token table knows the article's size), without
    /// first making the default table and dropping it.
    init(capacity lexemes: Int) {
        ids = KeyedTable(capacity: lexemes)
        keyBytes.reserveCapacity(lexemes * 8)
    }

    /// Distinct keys.
    public var count: Int { ids.count }

    public subscript(id: Int32) -> Lexeme { ids.values[Int(id)] }

    /// The key of a lexeme as a String.
    public func key(_ id: Int32) -> String { String(decoding: keyBytes[self[id].keyRange], as: UTF8.self) }

    /// Whether a lexeme's key is ASCII letters only, and its `WordKey`: the two fields the fact tokens read
    /// per token, without copying the whole lexeme.
    @inline(__always)
    func letterKey(_ id: Int32) -> (lettersOnly: Bool, key: WordKey) {
        let index = Int(id)
        return (Int(ids.values[index].facts.letters) == ids.values[index].keyRange.count, ids.values[index].wordKey)
    }

    /// The lexeme of a key given by its `TokenHash`, or nil when the article does not use it.
    public func id(ofHash hash: UInt64) -> Int32? { ids.index(of: hash).map { Int32($0) } }

    /// The id of `tokens[index]`'s key, added when new, and the occurrence counted. Inlined into the token
    /// table's loop over every token (the call itself was a fifth of its cost for a word already seen).
    /// `stopWords`: `StopWordProbe()`, made once per table: reading the global tables per new key cost two
    /// `swift_once` checks each (~150 instructions a key, 0.06 M per 7 KB article).
    @inline(__always)
    mutating func intern(_ tokens: WordTokens, _ index: Int, stopWords: borrowing StopWordProbe) -> Int32 {
        let token = tokens[index]
        let isLowercase = token.isWord && !token.isCapitalized && token.keyLength > 3
        let (found, slot) = ids.find(forUpdating: token.hash)
        if found >= 0 {
            ids.values[found].count += 1
            if isLowercase { ids.values[found].isWrittenInLowercase = true }
            return Int32(found)
        }
        let start = keyBytes.count
        tokens.keyBytes.withUnsafeBufferPointer { keyBytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[token.keyRange])) }
        let key = tokens.keyBytes.span.extracting(token.keyRange)
        var lexeme = Lexeme(
            hash: token.hash, keyRange: start..<keyBytes.count, count: 1, isWrittenInLowercase: isLowercase,
            singularHash: token.singularHash)
        if token.isASCII { (lexeme.facts, lexeme.wordKey) = Self.facts(of: key, hash: token.hash, stopWords: stopWords) }
        return Int32(ids.insert(token.hash, lexeme, at: slot))
    }

    /// The facts of an ASCII key, and its `WordKey` (packed in the same pass; kept when every byte is a letter).
    private static func facts(of key: Span<UInt8>, hash: UInt64, stopWords: borrowing StopWordProbe) -> (KeyFacts, WordKey) {
        var packed: UInt64 = 0
        var letters: Int32 = 0
        var digits: Int32 = 0
        var hyphens = 0
        var apostrophes = 0
        var others = 0
        var ampersand = false
        var digitAfterApostrophe = false
        var previous: UInt8 = 0
        for index in key.indices {
            let byte = key[index]
            if byte &- UInt8(ascii: "a") < 26 {
                letters += 1
                packed = packed &<< 5 | UInt64(byte &- 0x60)
            } else if byte &- UInt8(ascii: "0") < 10 {
                digits += 1
                if previous == UInt8(ascii: "'") { digitAfterApostrophe = true }
            } else if byte == UInt8(ascii: "-") {
                hyphens += 1
            } else if byte == UInt8(ascii: "'") {
                apostrophes += 1
            } else {
                others += 1
                if byte == UInt8(ascii: "&") { ampersand = true }
            }
            previous = byte
        }
        // Stop words are letters and apostrophes, at most `longestStopWord` bytes: only such keys are looked up.
        let mayBeStopWord = letters > 0 && digits == 0 && hyphens == 0 && others == 0 && key.count <= stopWords.longest
        let wordKey = Int(letters) == key.count && key.count <= WordKey.maximumLetters ? WordKey(rawValue: packed) : .none
        let facts = KeyFacts(
            isASCII: true, letters: letters, digits: digits, isAlphanumeric: hyphens + apostrophes + others == 0,
            isAlphanumericOrHyphen: apostrophes + others == 0, hasAmpersand: ampersand,
            hasDigitAfterApostrophe: digitAfterApostrophe, endsWithFullStop: previous == UInt8(ascii: "."),
            isStopWord: mayBeStopWord && stopWords.hashes.index(of: hash) != nil)
        return (facts, wordKey)
    }

    /// The longest stop word's length in bytes.
    private static let longestStopWord = EnglishStopWords.words.reduce(0) { max($0, $1.utf8.count) }

    /// The stop-word table and its longest word's length, read from the globals once per token table.
    struct StopWordProbe {
        let hashes = EnglishStopWords.hashes
        let longest = Vocabulary.longestStopWord
    }
}
