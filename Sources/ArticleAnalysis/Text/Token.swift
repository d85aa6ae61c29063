/// One token of the clean text: a word, a number, or a punctuation mark or symbol, with where it is.
/// Keeps the text it points into (one reference, shared by every token) rather than a Substring per token:
/// making ~800 Substrings per article (UTF-8 offsets to aligned String indices) was a quarter of the
/// segment stage; `text` makes one on demand.
public struct Token: Sendable, Equatable {
    public enum Kind: String, Sendable { case word, number, punctuation, symbol }

    public var kind: Kind
    /// UTF-8 byte offsets in `AnalysisDocument.cleanText`.
    public var range: Range<Int>
    /// Index of the sentence in `AnalysisDocument.sentences`.
    public var sentence: Int
    /// The text `range` points into (`AnalysisDocument.cleanText`).
    private let source: String

    /// The token as written.
    public var text: Substring {
        let utf8 = source.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return source[lower..<utf8.index(lower, offsetBy: range.count)]
    }

    /// A token whose `text` is a slice of the String `range` points into.
    public init(text: Substring, kind: Kind, range: Range<Int>, sentence: Int) {
        self.init(source: text.base, kind: kind, range: range, sentence: sentence)
    }

    init(source: String, kind: Kind, range: Range<Int>, sentence: Int) {
        self.source = source
        self.kind = kind
        self.range = range
        self.sentence = sentence
    }

    public static func == (lhs: Token, rhs: Token) -> Bool {
        lhs.kind == rhs.kind && lhs.range == rhs.range && lhs.sentence == rhs.sentence && lhs.text == rhs.text
    }
}
