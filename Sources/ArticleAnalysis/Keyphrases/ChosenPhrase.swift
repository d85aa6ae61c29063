/// A key phrase on the way into the list: its text as written, its words lowercased for comparisons.
///
/// The lowercased words are kept as their bytes and `TokenHash`es (the words of an ASCII phrase, nearly
/// all, found in one pass over its bytes): comparing phrases word by word is comparing integers, as the
/// token table compares keys, and no String is made per word.
struct ChosenPhrase {
    var phrase: String
    /// `TokenHash` of each lowercased word (split at whitespace), in order.
    var words: [UInt64]
    /// What near-duplicates are measured on: the lowercased phrase's bytes when it is ASCII (a character a
    /// byte, nearly every phrase), else its lowercased scalars (and `asciiLowercase` is empty).
    private var asciiLowercase: [UInt8]
    private var lowercaseScalars: [Unicode.Scalar]
    /// Whether a word between the first and the last is a stop word ("Bank of England"), found as the
    /// words are hashed so their bytes need not be kept.
    private(set) var hasInnerStopWord: Bool
    var score: Double
    var count: Int
    var sentence: Int

    init(_ candidate: KeyphraseReader.Candidate, in sentence: WordTokens) {
        let bytes = sentence.textBytes[Int(candidate.start)..<Int(candidate.end)]
        self.init(
            phrase: String(decoding: bytes, as: UTF8.self), asciiBytes: bytes.allSatisfy { $0 < 0x80 } ? bytes : nil,
            score: candidate.score, count: Int(candidate.count), sentence: Int(candidate.sentence))
    }

    /// `asciiBytes`: the phrase's bytes when all are ASCII, read without the Unicode-general String calls.
    private init(phrase: String, asciiBytes: ArraySlice<UInt8>?, score: Double, count: Int, sentence: Int) {
        self.phrase = phrase
        if let asciiBytes {
            (asciiLowercase, words, hasInnerStopWord) = Self.readASCII(asciiBytes)
            lowercaseScalars = []
        } else {
            let lower = phrase.lowercased()
            let lowercase = Array(lower.utf8)
            let wordRanges = lower.split(whereSeparator: \.isWhitespace).map {
                lower.utf8.distance(from: lower.startIndex, to: $0.startIndex)
                    ..< lower.utf8.distance(from: lower.startIndex, to: $0.endIndex)
            }
            let span = lowercase.span
            let hashes = wordRanges.map { TokenHash.of(span, $0) }
            words = hashes
            hasInnerStopWord = wordRanges.indices.dropFirst().dropLast().contains { index in
                Self.stopWords.contains(hash: hashes[index], key: lowercase.span.extracting(wordRanges[index]))
            }
            asciiLowercase = []
            lowercaseScalars = Array(lower.unicodeScalars)
        }
        self.score = score
        self.count = count
        self.sentence = sentence
    }

    private static let stopWords = TokenSet(EnglishStopWords.words)

    /// One pass over an ASCII phrase: its lowercased bytes, the `TokenHash` of each word (split at
    /// whitespace: space, tab, line feed to carriage return, what `Character.isWhitespace` takes among
    /// ASCII) and whether an inner word is a stop word (a word is inner once a later one ends).
    private static func readASCII(_ bytes: ArraySlice<UInt8>) -> (lowercase: [UInt8], words: [UInt64], hasInnerStopWord: Bool) {
        // Lowercased in one `map` (no append per byte), then read word by word.
        let lowercase = bytes.map { $0 &- 65 < 26 ? $0 | 0x20 : $0 }
        let text = lowercase.span
        var words: [UInt64] = []
        words.reserveCapacity(3)
        var hasInnerStopWord = false
        var previousWord = 0..<0
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                index += 1
                continue
            }
            // A word from `index` to the next whitespace; the word before it is inner once this one ends.
            let start = index
            var hash = TokenHash.fnvOffset
            while index < text.count {
                let byte = text[index]
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { break }
                hash = TokenHash.fnvStep(hash, byte)
                index += 1
            }
            if words.count >= 2, !hasInnerStopWord {
                hasInnerStopWord = stopWords.contains(hash: words[words.count - 1], key: text.extracting(previousWord))
            }
            words.append(TokenHash.finish(hash))
            previousWord = start..<index
        }
        return (lowercase, words, hasInnerStopWord)
    }

    /// Whether YAKE's similarity of the two lowercased phrases (`LevenshteinSimilarity`) is above `limit`.
    func isSimilar(to other: ChosenPhrase, above limit: Double) -> Bool {
        if !asciiLowercase.isEmpty && !other.asciiLowercase.isEmpty {
            return LevenshteinSimilarity.exceeds(limit, asciiLowercase, other.asciiLowercase)
        }
        return LevenshteinSimilarity.exceeds(limit, comparableScalars, other.comparableScalars)
    }

    private var comparableScalars: [Unicode.Scalar] {
        asciiLowercase.isEmpty ? lowercaseScalars : asciiLowercase.map { Unicode.Scalar($0) }
    }

    /// `text` split at whitespace. An ASCII text is split on its bytes (the generic split walks grapheme
    /// clusters); for ASCII the two agree, "\r\n" included.
    static func words(of text: String) -> [Substring] {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(whereSeparator: \.isWhitespace) }
        var words: [Substring] = []
        var start: String.Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                if let wordStart = start { words.append(text[wordStart..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            utf8.formIndex(after: &index)
        }
        if let wordStart = start { words.append(text[wordStart..<index]) }
        return words
    }

    /// Every word starts with a capital letter (as written).
    var isCapitalisedName: Bool {
        Self.words(of: phrase).allSatisfy { $0.first?.isUppercase ?? false }
    }

    /// Whether the two phrases share a word.
    func sharesWord(with other: ChosenPhrase) -> Bool { words.contains { other.words.contains($0) } }

    /// Whether `other`'s words occur, in order and adjacent, inside this phrase.
    func contains(_ other: ChosenPhrase) -> Bool {
        guard other.words.count < words.count else { return false }
        return (0...(words.count - other.words.count)).contains { start in
            words[start..<(start + other.words.count)].elementsEqual(other.words)
        }
    }

    /// Whether this phrase ends with all but the first word of `other` (or `other` ends with all but the
    /// last word of this one), they are one name cut in two (both occur equally often, or every word of
    /// the joined phrase is capitalised: "Los Angeles Auto" + "Angeles Auto Show") and the joined phrase is
    /// written in one of the two phrases' sentences.
    func canJoin(_ other: ChosenPhrase, in sentences: [WordTokens]) -> Bool {
        guard let joined = joined(with: other), joined.words.count <= KeyphraseExtractor.maxJoinedWords,
            count == other.count || joined.isCapitalisedName
        else { return false }
        return Self.utf8(of: sentences[sentence].textBytes, contains: joined.phrase)
            || Self.utf8(of: sentences[other.sentence].textBytes, contains: joined.phrase)
    }

    mutating func join(_ other: ChosenPhrase) {
        guard let joined = joined(with: other) else { return }
        self = joined
    }

    /// The two phrases as one, when the end of one is the start of the other (checked on words first,
    /// so the strings are only built for a real overlap).
    private func joined(with other: ChosenPhrase) -> ChosenPhrase? {
        func overlap(_ first: ChosenPhrase, _ second: ChosenPhrase) -> ChosenPhrase? {
            let shared = min(first.words.count, second.words.count) - 1
            guard shared >= 1, first.words.suffix(shared).elementsEqual(second.words.prefix(shared)) else { return nil }
            let tail = Self.words(of: second.phrase).dropFirst(shared).joined(separator: " ")
            let phrase = first.phrase + " " + tail
            return ChosenPhrase(
                phrase: phrase, asciiBytes: phrase.utf8.allSatisfy { $0 < 0x80 } ? ArraySlice(phrase.utf8) : nil,
                score: min(first.score, second.score),
                count: min(first.count, second.count), sentence: first.sentence)
        }
        return overlap(self, other) ?? overlap(other, self)
    }

    private static func utf8(of whole: [UInt8], contains part: String) -> Bool {
        let part = Array(part.utf8)
        guard !part.isEmpty, whole.count >= part.count else { return false }
        return (0...(whole.count - part.count)).contains { start in
            whole[start] == part[0] && whole[start..<(start + part.count)].elementsEqual(part)
        }
    }
}
