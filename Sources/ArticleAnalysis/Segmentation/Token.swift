/// One token of the clean text: a word, a number, or a punctuation mark or symbol, with where it is.
public struct Token: Sendable, Equatable {
    public enum Kind: String, Sendable { case word, number, punctuation, symbol }

    public var text: Substring
    public var kind: Kind
    /// UTF-8 byte offsets in `AnalysisDocument.cleanText`.
    public var range: Range<Int>
    /// Index of the sentence in `AnalysisDocument.sentences`.
    public var sentence: Int

    public init(text: Substring, kind: Kind, range: Range<Int>, sentence: Int) {
        self.text = text
        self.kind = kind
        self.range = range
        self.sentence = sentence
    }
}
