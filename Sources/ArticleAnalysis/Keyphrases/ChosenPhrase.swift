/// A key phrase on the way into the list: its text as written, its words lowercased for comparisons.
///
/// The lowercased words are kept as their bytes and `TokenHash`es (the words of an ASCII phrase, nearly
/// all, found in one pass over its bytes): comparing phrases word by word is comparing integers, as the
/// token table compares keys, and no String is made per word.
struct ChosenPhrase {
    var phrase: String
    /// `TokenHash` of each lowercased word (split at whitespace), in order.
    var words: [UInt64]
    /// The lowercased phrase's bytes, and where each word lies in them.
    private var lowercaseBytes: [UInt8]
    private var wordRanges: [Range<Int>]
    var scalars: [Unicode.Scalar]
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
        let lowercase: [UInt8]
        if let asciiBytes {
            lowercase = asciiBytes.map { $0 &- 65 < 26 ? $0 | 0x20 : $0 }
            wordRanges = Self.asciiWordRanges(lowercase)
            scalars = lowercase.map { Unicode.Scalar($0) }
        } else {
            let lower = phrase.lowercased()
            lowercase = Array(lower.utf8)
            wordRanges = lower.split(whereSeparator: \.isWhitespace).map {
                lower.utf8.distance(from: lower.startIndex, to: $0.startIndex)
                    ..< lower.utf8.distance(from: lower.startIndex, to: $0.endIndex)
            }
            scalars = Array(lower.unicodeScalars)
        }
        words = Self.hashes(of: lowercase, wordRanges)
        lowercaseBytes = lowercase
        self.score = score
        self.count = count
        self.sentence = sentence
    }

    private static let stopWords = TokenSet(EnglishStopWords.words)

    /// The `TokenHash` of each word of `bytes`.
    private static func hashes(of bytes: [UInt8], _ ranges: [Range<Int>]) -> [UInt64] {
        let span = bytes.span
        var hashes: [UInt64] = []
        hashes.reserveCapacity(ranges.count)
        for range in ranges { hashes.append(TokenHash.of(span, range)) }
        return hashes
    }

    /// Where the words of ASCII `bytes` lie, split at whitespace (space, tab, line feed to carriage return,
    /// what `Character.isWhitespace` takes among ASCII).
    private static func asciiWordRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = -1
        for (index, byte) in bytes.enumerated() {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                if start >= 0 { ranges.append(start..<index) }
                start = -1
            } else if start < 0 {
                start = index
            }
        }
        if start >= 0 { ranges.append(start..<bytes.count) }
        return ranges
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

    /// Whether a word between the first and the last is a stop word ("Bank of England").
    var hasInnerStopWord: Bool {
        wordRanges.indices.dropFirst().dropLast().contains { index in
            Self.stopWords.contains(hash: words[index], key: lowercaseBytes.span.extracting(wordRanges[index]))
        }
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
