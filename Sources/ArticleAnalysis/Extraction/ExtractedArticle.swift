/// What an extractor hands to the extract stage: the kept paragraphs with their roles, the metadata it
/// found, and an account of what it removed.
struct ExtractedArticle: Sendable {
    var paragraphs: [String] = []
    var roles: [ParagraphRole] = []
    var metadata = ArticleMetadata()
    /// Also says which way the extractor found the text (`removed.path`, the record's `boilerplate.path`).
    var removed = BoilerplateReport()

    mutating func keep(_ text: String, as role: ParagraphRole) {
        paragraphs.append(text)
        roles.append(role)
    }
}
