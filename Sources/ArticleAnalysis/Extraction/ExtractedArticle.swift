/// What an extractor hands to the extract stage: the kept paragraphs with their roles, the metadata it
/// found, and an account of what it removed.
struct ExtractedArticle: Sendable {
    var paragraphs: [String] = []
    var roles: [ParagraphRole] = []
    var metadata = ArticleMetadata()
    var removed = BoilerplateReport()
    /// Which way the extractor found the text (`HTMLExtractionPath` for pages), for the record's
    /// `boilerplate.path`; nil where the extractor has only one way.
    var path: String?

    mutating func keep(_ text: String, as role: ParagraphRole) {
        paragraphs.append(text)
        roles.append(role)
    }
}
