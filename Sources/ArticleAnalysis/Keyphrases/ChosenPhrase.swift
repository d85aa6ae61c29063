/// A key phrase on the way into the list: its text as written, its words lowercased for comparisons.
struct ChosenPhrase {
    var phrase: String
    var words: [Substring]
    var scalars: [Unicode.Scalar]
    var score: Double
    var count: Int
    var sentence: Int

    init(_ candidate: KeyphraseReader.Candidate, in sentence: WordTokens) {
        self.init(
            phrase: String(decoding: sentence.textBytes[Int(candidate.start)..<Int(candidate.end)], as: UTF8.self),
            score: candidate.score, count: Int(candidate.count), sentence: Int(candidate.sentence))
    }

    private init(phrase: String, score: Double, count: Int, sentence: Int) {
        self.phrase = phrase
        let lower = phrase.lowercased()
        words = Self.words(of: lower)
        scalars = Array(lower.unicodeScalars)
        self.score = score
        self.count = count
        self.sentence = sentence
    }

    private static let stopWords = Set(EnglishStopWords.words)

    /// `text` split at whitespace. An ASCII text is split on its bytes (the generic split walks grapheme
    /// clusters and was most of the cost of choosing phrases); for ASCII the two agree, "\r\n" included.
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
    var hasInnerStopWord: Bool { words.dropFirst().dropLast().contains { Self.stopWords.contains(String($0)) } }

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
            return ChosenPhrase(
                phrase: first.phrase + " " + tail, score: min(first.score, second.score),
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
