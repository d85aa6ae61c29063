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

    /// An empty vocabulary: small, since every document starts with one (an empty token table) that the
    /// segment stage replaces.
    public init() { ids = KeyedTable(capacity: 8) }

    private init(table: KeyedTable<UInt64, Lexeme>) { ids = table }

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

    /// The vocabulary of a whole article's tokens, sentence after sentence: each token's lexeme id goes to
    /// `ids` (room for every token) and each sentence's end to `firstToken`. Built in one go rather than
    /// key by key: the keys' bytes go straight into one buffer of the known size (an `append(contentsOf:)`
    /// per new key was 80 instructions), and the occurrence counts and lower-case flags are kept in flat
    /// scratch until the end instead of being written into the 70-byte lexemes per token (a uniqueness
    /// check of the lexeme array each time).
    /// `capacity`: expected distinct keys.
    static func interning(
        _ sentences: [WordTokens], tokenCount: Int, capacity: Int, ids: UnsafeMutableBufferPointer<Int32>,
        firstToken: inout [Int]
    ) -> Vocabulary {
        var vocabulary = Vocabulary(table: KeyedTable(capacity: capacity))
        var keyByteCount = 0
        for sentence in sentences { keyByteCount += sentence.keyBytes.count }
        let stopWords = StopWordProbe()
        let counts = UnsafeMutableBufferPointer<Int32>.allocate(capacity: tokenCount)
        let lowercase = UnsafeMutableBufferPointer<Bool>.allocate(capacity: tokenCount)
        defer {
            counts.deallocate()
            lowercase.deallocate()
        }
        vocabulary.keyBytes = [UInt8](unsafeUninitializedCapacity: keyByteCount) { keys, keyCount in
            var position = 0
            for sentence in sentences {
                sentence.keyBytes.withUnsafeBufferPointer { sentenceKeys in
                    for index in sentence.indices {
                        let token = sentence[index]
                        let isLowercase = token.isWord && !token.isCapitalized && token.keyLength > 3
                        let (found, slot) = vocabulary.ids.find(forUpdating: token.hash)
                        if found >= 0 {
                            counts[found] &+= 1
                            if isLowercase { lowercase[found] = true }
                            ids[position] = Int32(truncatingIfNeeded: found)
                        } else {
                            let start = keyCount
                            for offset in token.keyRange {
                                keys[keyCount] = sentenceKeys[offset]
                                keyCount &+= 1
                            }
                            var lexeme = Lexeme(
                                hash: token.hash, keyRange: start..<keyCount, count: 0, isWrittenInLowercase: false,
                                singularHash: token.singularHash)
                            if token.isASCII {
                                let key = sentence.keyBytes.span.extracting(token.keyRange)
                                (lexeme.facts, lexeme.wordKey) = Self.facts(of: key, hash: token.hash, stopWords: stopWords)
                            }
                            let id = vocabulary.ids.insert(token.hash, lexeme, at: slot)
                            counts[id] = 1
                            lowercase[id] = isLowercase
                            ids[position] = Int32(truncatingIfNeeded: id)
                        }
                        position &+= 1
                    }
                }
                firstToken.append(position)
            }
        }
        vocabulary.ids.values.withUnsafeMutableBufferPointer { lexemes in
            for id in lexemes.indices {
                lexemes[id].count = counts[id]
                lexemes[id].isWrittenInLowercase = lowercase[id]
            }
        }
        return vocabulary
    }

    /// The facts of an ASCII key, and its `WordKey` (packed in the same pass; kept when every byte is a letter).
    private static func facts(of key: Span<UInt8>, hash: UInt64, stopWords: borrowing StopWordProbe) -> (KeyFacts, WordKey) {
        // Most keys are lower-case letters only: one tight loop packs them, and every fact follows from the
        // length (what the general loop below gives for such a key; it cost 16 instructions a byte).
        var lettersPacked: UInt64 = 0
        var letterCount = 0
        while letterCount < key.count {
            let letter = key[letterCount] &- UInt8(ascii: "a")
            guard letter < 26 else { break }
            lettersPacked = lettersPacked &<< 5 | UInt64(letter &+ 1)
            letterCount &+= 1
        }
        if letterCount == key.count, letterCount > 0 {
            let facts = KeyFacts(
                isASCII: true, letters: Int32(letterCount), digits: 0, isAlphanumeric: true, isAlphanumericOrHyphen: true,
                hasAmpersand: false, hasDigitAfterApostrophe: false, endsWithFullStop: false,
                isStopWord: letterCount <= stopWords.longest && stopWords.hashes.index(of: hash) != nil)
            return (facts, letterCount <= WordKey.maximumLetters ? WordKey(rawValue: lettersPacked) : .none)
        }
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
