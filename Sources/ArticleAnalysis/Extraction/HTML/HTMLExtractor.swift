/// The article out of a web page: libxml2 parses it and its events outline it (`PageOutliner`), the
/// content selector keeps the main text (`ContentSelector`), and the metadata reader names it.
struct HTMLExtractor: Sendable {
    func extract(_ html: String) -> ExtractedArticle {
        var article = ExtractedArticle()
        guard let outline = PageOutliner.outline(ofPage: html) else { return article }
        article.metadata = HTMLMetadataReader.metadata(from: outline.signals)
        var selector = ContentSelector(outline: outline)
        let kept = Set(selector.select().kept)
        let title = article.metadata.title?.lowercased()
        for (index, block) in outline.blocks.enumerated() {
            if kept.contains(index), !(block.heading && block.text.lowercased() == title) {
                article.keep(block.text, as: block.heading ? .heading : .body)
            } else {
                article.removed.remove(block.text, because: .markup)
            }
        }
        return article
    }
}
