/// Which step of the HTML cascade produced the article text (`ContentCascade`); the record's
/// `boilerplate.path` says it, so a reader can tell a normal result from a rescue.
enum HTMLExtractionPath: String, Sendable, CaseIterable {
    /// The content selector's own choice.
    case main = "html-main"
    /// The page's only `<article>`, when the first choice lies outside it.
    case article = "html-article"
    /// An ancestor of the chosen element that holds most of the page's prose.
    case wider = "html-wider"
    /// Every prose paragraph of the page, jusText style.
    case paragraphs = "html-paragraphs"
    /// The JSON-LD `articleBody` the publisher embedded.
    case jsonLDBody = "html-jsonld-body"
    /// All text outside page furniture.
    case baseline = "html-baseline"
}
