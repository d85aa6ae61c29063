/// One token of the clean text: a word, a number, or a punctuation mark or symbol, with where it is.
/// Offsets only, no reference to the text: a token per ~5 bytes, and holding the text cost a retain when
/// each was made and a release when the document went (~0.08 M instructions per 7 KB article);
/// `text(in:)` reads it from the clean text on demand.
public struct Token: Sendable, Equatable {
    public enum Kind: String, Sendable { case word, number, punctuation, symbol }

    public var kind: Kind
    /// English syllables of a word or number (`SyllableCounter`) when the segmenter's tokenizer counted them
    /// in its pass over the bytes (plain ASCII words), else -1: the readability stage then counts them. Kept
    /// next to `kind`, in the padding before `range`, so a token stays 32 bytes.
    var syllables: Int32 = -1
    /// UTF-8 byte offsets in `AnalysisDocument.cleanText`.
    public var range: Range<Int>
    /// Index of the sentence in `AnalysisDocument.sentences`.
    public var sentence: Int

    public init(kind: Kind, range: Range<Int>, sentence: Int) {
        self.kind = kind
        self.range = range
        self.sentence = sentence
    }

    init(kind: Kind, range: Range<Int>, sentence: Int, syllables: Int32) {
        self.init(kind: kind, range: range, sentence: sentence)
        self.syllables = syllables
    }

    /// The token as written: `range` of `source` (the document's `cleanText`).
    public func text(in source: String) -> Substring {
        let utf8 = source.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return source[lower..<utf8.index(lower, offsetBy: range.count)]
    }
}
