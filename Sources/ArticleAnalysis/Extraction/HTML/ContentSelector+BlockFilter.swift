/// Which blocks inside the chosen elements `ContentSelector` keeps: prose, headings and data, not link lists,
/// labels, datelines or texts the page prints again outside the article.
extension ContentSelector {
    /// Inside the chosen elements: no link lists, no text that the page prints again outside the article (a
    /// standfirst repeated as a teaser, a caption repeated in a gallery), no short labels ("Top Video", "Back
    /// to Gallery") that are neither headings nor sentences. A text repeated only inside the article stays:
    /// recipes and meal plans repeat their steps (dropping every repeated text lost 0.004 recall, 4 pages).
    func keeps(_ index: Int, repeatedOutside: Set<String>) -> Bool {
        let block = outline.blocks[index]
        if block.linkDensity > Self.maximumLinkDensity && block.textBytes - block.linkBytes < Self.minimumProseBytes
            && !isLinkedSentence(block) { return false }
        if block.heading { return true }
        if repeatedOutside.contains(block.text) { return false }
        if Self.isDateline(block.text) { return false }
        let tag = outline.elements[block.owner].tag
        if tag == "td" || tag == "th" { return true }
        let words = block.text.utf8.count { $0 == 0x20 } + 1
        let endsSentence = block.text.last.map { ".!?:\u{201D}\"。！？」".contains($0) } == true
        // Scripts written without spaces (Chinese, Japanese) have one "word" per line: judge them by length.
        let unspaced = words == 1 && block.textBytes >= Self.minimumUnspacedBytes
        return words >= Self.minimumLabelWords || endsSentence || unspaced
    }

    /// A sentence that links most of its words ("Ousted WeWork CEO Adam Neumann can still name directors,
    /// according to The Journal."), as news digests and deal roundups write their items: it ends with a full
    /// stop and has some text of its own outside the links, where the headlines of a link list have no final
    /// stop. Gained 0.0009 recall on 2 benchmark pages, lost nothing.
    func isLinkedSentence(_ block: PageOutline.Block) -> Bool {
        guard let last = block.text.last, ".!?".contains(last) else { return false }
        return block.textBytes - block.linkBytes >= Self.minimumSentenceBytesOutsideLinks && block.linkDensity < Self.maximumSentenceLinkDensity
    }

    /// Own text of a linked sentence: 80 bytes, the size of a paragraph-sized block elsewhere in the selector.
    static let minimumSentenceBytesOutsideLinks = 80
    /// Above this share of link text a block is a list of links even with a full stop.
    static let maximumSentenceLinkDensity = 0.7

    /// Blocks shorter than this that do not end a sentence are labels, not prose. Measured on the benchmark:
    /// 3 words; 5 gained 0.008 precision but lost 0.014 recall (recipe and list pages have short labelled lines).
    static let minimumLabelWords = 3
    /// Ten CJK characters (three UTF-8 bytes each) make a short sentence.
    static let minimumUnspacedBytes = 30

    /// "Published Monday, November 18, 2019 8:22AM EST", "Updated at 1:23 p.m.": a date line, not text.
    static func isDateline(_ text: String) -> Bool {
        guard text.utf8.count < 100, text.utf8.contains(where: ASCIIClass.isDigit) else { return false }
        return ["Published", "Updated", "Posted", "Last updated", "First published"].contains { text.hasPrefix($0 + " ") }
    }
}
