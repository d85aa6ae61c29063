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
    /// Datelines opening a paragraph after the headline; weaker than a date line of its own.
    var datelines: [CivilDate] = []
    var byLines: [String] = []

    init(outline: PageOutline) {
        guard let headline = outline.signals.blocksBeforeHeadline else { return }
        let range = max(0, headline - Self.blocksBefore)..<min(outline.blocks.count, headline + Self.blocksAfter + 1)
        for index in range where !(outline.blocks[index].heading && outline.elements[outline.blocks[index].owner].tag == "h1") {
            let text = outline.blocks[index].text
            guard text.utf8.count < 400, TitleText.words(in: text.utf8) <= Self.maximumWords else {
                // "LONDON, March 12, 2024 — The …": the first paragraph's own dateline.
                if index >= headline, datelines.isEmpty, let date = PublishedDateReader.dateline(text) { datelines.append(date) }
                continue
            }
            if let (date, _) = PublishedDateReader.dateLine(text) { dates.append(date) }
            let lowered = text.prefix(3).lowercased()
            if index >= headline - 1, lowered == "by " { byLines.append(text) }
        }
    }
}
