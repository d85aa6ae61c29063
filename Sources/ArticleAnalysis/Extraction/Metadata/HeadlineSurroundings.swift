/// The short text blocks just before and after the page's first `<h1>` in the outline: where a reader finds
/// the byline ("By Ann Lee") and the date line. Read from the blocks the outline already holds, so no second
/// walk of the page.
struct HeadlineSurroundings {
    /// Blocks looked at before and after the headline: a kicker and breadcrumb sit above it, the standfirst,
    /// byline and date below.
    static let blocksBefore = 3
    static let blocksAfter = 10
    /// A byline or date line is short.
    static let maximumWords = 20

    var dates: [CivilDate] = []
    var byLines: [String] = []

    init(outline: PageOutline) {
        guard let headline = outline.blocks.firstIndex(where: { $0.heading && outline.elements[$0.owner].tag == "h1" }) else { return }
        let range = max(0, headline - Self.blocksBefore)..<min(outline.blocks.count, headline + Self.blocksAfter + 1)
        for index in range where index != headline {
            let text = outline.blocks[index].text
            guard text.utf8.count < 400, text.split(separator: " ").count <= Self.maximumWords else { continue }
            if let (date, _) = PublishedDateReader.dateLine(text) { dates.append(date) }
            let lowered = text.prefix(3).lowercased()
            if index > headline, lowered == "by " { byLines.append(text) }
        }
    }
}
