/// Stage 3: the article out of the page. Plain text goes through `PlainTextExtractor`, HTML through
/// `HTMLExtractor`; both then get the same repairs (`TextRepair`) and personal-data pass. Fills the clean
/// text, paragraphs and their roles, metadata, and the record's `boilerplate` and `pii` sections.
public struct ExtractStage: AnalysisStage {
    public let name: StageName = "extract"
    public let requires: Set<Annotation> = [.decodedText, .mediaType]
    public let provides: Set<Annotation> = [.cleanText, .paragraphs, .metadata]
    public init() {}

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        var article: ExtractedArticle
        switch document.mediaType {
        case .plainText:
            article = PlainTextExtractor().extract(document.decodedText).article
            article.removed.path = .plainText
            if article.paragraphs.isEmpty, let snippet = Self.snippet(document.decodedText) {
                article.keep(snippet, as: .body)
                article.removed.path = .plainTextSnippet
                document.warnings.append("extract: too short to tell article from page furniture; kept the whole text")
            } else if article.paragraphs.isEmpty {
                let prose = ProseFallback.paragraphs(of: document.decodedText)
                if !prose.isEmpty {
                    for paragraph in prose { article.keep(paragraph, as: .body) }
                    article.removed.path = .plainTextProseFallback
                    document.warnings.append("extract: boilerplate rules removed all the text although it holds prose; kept its prose sentences")
                }
            }
        case .html:
            article = HTMLExtractor().extract(document.decodedText)
            // The HTML extractor's cascade names the step that gave the text; a page libxml2 could not read has none.
            let path = article.removed.path ?? .htmlMain
            article.removed.path = path
            if path != .htmlMain { document.warnings.append("extraction-fallback:\(path.rawValue)") }
            if document.decodedText.utf8.count > HTMLEventParser.maximumBytes {
                document.warnings.append("extract: page larger than \(HTMLEventParser.maximumBytes >> 20) MiB; only its start was parsed")
            }
        }
        let repair = TextRepair(quotes: TextRepair.quoteStyle(of: article.paragraphs))
        var paragraphs: [String] = []
        var roles: [ParagraphRole] = []
        paragraphs.reserveCapacity(article.paragraphs.count)
        roles.reserveCapacity(article.paragraphs.count)
        var scratch: [UInt8] = []
        for (paragraph, role) in zip(article.paragraphs, article.roles) {
            let repaired = repair.repair(paragraph, scratch: &scratch)
            if !repaired.isEmpty {
                paragraphs.append(repaired)
                roles.append(role)
            }
        }
        var metadata = article.metadata
        // The title and byline keep the page's own quotes and apostrophes ("Europe’s"): the body's majority
        // quote style is about the body, and a title rewritten to it no longer matches the page.
        let metadataRepair = TextRepair(quotes: .keep)
        metadata.title = metadata.title.map { metadataRepair.repair($0) }.flatMap { $0.isEmpty ? nil : $0 }
        metadata.byline = metadata.byline.map { metadataRepair.repair($0) }.flatMap { $0.isEmpty ? nil : $0 }
        let personalData = PersonalDataReport(paragraphs: paragraphs, redact: document.options.redactPII)
        if document.options.redactPII { paragraphs = personalData.redactedParagraphs }
        document.paragraphs = paragraphs
        document.paragraphRoles = roles
        document.cleanText = Self.joined(paragraphs)
        document.metadata = metadata
        if let most = article.removed.ruleThatRemovedMost(keptIn: article.paragraphs) {
            document.warnings.append("extract: boilerplate-removed-most:\(most.reason.rawValue) (\(most.chars) of \(most.of) characters)")
        }
        document.sections.boilerplate = article.removed
        document.sections.pii = personalData.section
        if paragraphs.isEmpty { document.warnings.append("extract: no article text found") }
    }

    /// The paragraphs with a blank line between each two: appended into one reserved String (the generic
    /// `joined(separator:)` walked the text at about 4 instructions a byte).
    static func joined(_ paragraphs: [String]) -> String {
        var text = ""
        text.reserveCapacity(paragraphs.reduce(0) { $0 + $1.utf8.count + 2 })
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { text += "\n\n" }
            text += paragraph
        }
        return text
    }

    /// A text of at most `snippetWords` words ("Not true.", a headline, a tweet) has no page around it to
    /// remove: when the classifier keeps nothing, the whole text is the article. Longer texts that yield
    /// nothing stay empty, since what they hold is furniture.
    static let snippetWords = 40

    static func snippet(_ text: String) -> String? {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty, words.count <= snippetWords,
            words.contains(where: { $0.contains { $0.isLetter } }) else { return nil }
        return words.joined(separator: " ")
    }
}
