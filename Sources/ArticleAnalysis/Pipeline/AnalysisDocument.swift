/// The article as it flows through the stages: each stage reads what earlier ones added and adds its own.
/// What a stage contributes to the record it writes, typed, into `sections`.
public struct AnalysisDocument: Sendable {
    public let article: Article
    public let options: AnalysisOptions

    /// The text decoded from the bytes, before any cleaning.
    public var decodedText: String = ""
    /// The encoding the bytes were read as (`utf-8`, `utf-16le`, `windows-1252`, …).
    public var encoding: String?
    public var mediaType: MediaType = .plainText
    public var cleanText: String = ""
    public var metadata = ArticleMetadata()
    public var paragraphs: [String] = []
    /// Sentences of the clean text in reading order, each knowing its paragraph.
    public var sentences: [Sentence] = []
    /// What each paragraph is (body or heading), parallel to `paragraphs`.
    public var paragraphRoles: [ParagraphRole] = []
    /// Word, number and punctuation tokens of `cleanText` with their UTF-8 offsets, in reading order.
    public var tokens: [Token] = []
    /// The words of every sentence, tokenised once, with their vocabulary (segment stage; `TokenTable`).
    public var tokenTable = TokenTable()
    public var wordCount: Int?
    public var language: LanguageGuess?
    /// Tokens and entity mentions per sentence (entities stage), read by the dyads stage.
    public var sentenceEntities: [SentenceEntities] = []
    /// The record's analysis fields (entities, tone, …), as the stages' typed values.
    public var sections = AnalysisSections()
    /// Things a reader of the record should know (a fallback encoding, a skipped stage, …).
    public var warnings: [String] = []

    public init(article: Article, options: AnalysisOptions) {
        self.article = article
        self.options = options
    }
}

/// What the extraction stages find about the page besides its text.
public struct ArticleMetadata: Sendable, Equatable {
    public var title: String?
    public var byline: String?
    /// RFC 3339: a date-time with the page's own offset, or a full-date when the page gives no zone.
    public var published: String?
    /// When the page says it was last changed, kept apart from `published` (same format).
    public var modified: String?
    public var site: String?
    public var url: String?
    public init() {}
}

public enum MediaType: String, Sendable {
    case plainText = "text/plain"
    case html = "text/html"
}

/// A language identifier's answer: ISO 639-1 code and how sure it is (0…1).
public struct LanguageGuess: Sendable, Equatable, JSONWritable {
    public var code: String
    public var confidence: Double
    public init(code: String, confidence: Double) {
        self.code = code
        self.confidence = confidence
    }
    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("code", code)
        json.member("confidence", confidence)
        json.endObject()
    }
}

/// One sentence of the clean text: its text and the index of the paragraph it belongs to.
public struct Sentence: Sendable, Equatable {
    public var text: String
    public var paragraph: Int
    /// UTF-8 byte offsets of the sentence in `AnalysisDocument.cleanText` (empty when unknown).
    public var range: Range<Int>
    public init(text: String, paragraph: Int, range: Range<Int> = 0..<0) {
        self.text = text
        self.paragraph = paragraph
        self.range = range
    }
}
