/// The page's prose seen apart from the chosen element, for `ContentCascade`: which blocks read as article
/// paragraphs wherever they sit (jusText's idea, without its stop-word lists), and the wider selections
/// built from them.
extension ContentSelector {
    /// Own text (outside links) of a block that reads as a paragraph of prose: two sentences or so.
    static let paragraphProseBytes = 100
    /// jusText's maximum link density for a good paragraph.
    static let paragraphLinkDensity = 0.2

    /// Bytes of own text in the non-heading blocks `kept`: what the cascade compares.
    func articleBytes(of kept: [Int]) -> Int {
        kept.reduce(0) { total, index in
            let block = outline.blocks[index]
            return block.heading ? total : total + block.textBytes - block.linkBytes
        }
    }

    /// Whether a block reads as an article paragraph on its own: long, few links, not under furniture, not
    /// a text the page prints twice (teasers, captions repeated in a gallery).
    func isProseParagraph(_ index: Int) -> Bool {
        let block = outline.blocks[index]
        return !block.heading && block.textBytes - block.linkBytes >= Self.paragraphProseBytes
            && block.linkDensity <= Self.paragraphLinkDensity && !isUnderFurniture(block.owner)
            && !repeatedTexts.contains(block.text) && !isTeaser(block)
    }

    /// Whether an element sits under furniture, page-wide: as for the selector, whose furniture above the
    /// chosen element does not count, a furniture element that holds half the page's text is a wrapper
    /// (`Page-ad-margins`, `no-sidebar`), not furniture.
    func isUnderFurniture(_ element: Int) -> Bool {
        let nearest = furniture[element]
        return nearest >= 0 && outline.elements[nearest].textBytes * 2 < pageTextBytes
    }

    /// A summary under a linked headline, as lists of other stories print them: an element just around the
    /// block (`teaserLevels` levels up, holding at most `teaserExtraBytes` more text) holds a link of its own
    /// the size of a headline. An article paragraph's surroundings are either the whole story or plain text.
    func isTeaser(_ block: PageOutline.Block) -> Bool {
        var element = outline.elements[block.owner].parent
        for _ in 0..<Self.teaserLevels {
            guard element >= 0 else { return false }
            let around = outline.elements[element]
            if around.tag == "body" || around.textBytes > block.textBytes + Self.teaserExtraBytes { return false }
            if around.linkBytes - block.linkBytes >= Self.headlineLinkBytes { return true }
            element = around.parent
        }
        return false
    }

    static let teaserLevels = 4
    static let teaserExtraBytes = 300
    /// A link text of about five words: a headline, not "Read more".
    static let headlineLinkBytes = 30

    /// The prose paragraphs of the whole page, with the shorter blocks between them that belong to the same
    /// run of text (jusText's context step): a heading or a short line whose neighbours within
    /// `paragraphContext` blocks are prose on both sides, or a heading followed by prose.
    func paragraphSelection(prose: [Bool]) -> [Int] {
        let outside = repeatedTexts(outside: prose.indices.filter { prose[$0] })
        var kept: [Int] = []
        for index in outline.blocks.indices {
            if prose[index] { kept.append(index); continue }
            let block = outline.blocks[index]
            guard !isUnderFurniture(block.owner), keeps(index, repeatedOutside: outside) else { continue }
            let after = (index + 1..<min(index + 1 + Self.paragraphContext, prose.count)).contains { prose[$0] }
            let before = (max(0, index - Self.paragraphContext)..<index).contains { prose[$0] }
            if after && (before || block.heading) { kept.append(index) }
        }
        return kept
    }

    static let paragraphContext = 2

    /// The page's one outermost `<article>` that holds prose, when there is exactly one: the publisher's own
    /// word for where the story is. Several of them are a list of teasers or posts, and say nothing.
    func soleArticleElement() -> Int? {
        var insideArticle = [Bool](repeating: false, count: outline.elements.count)
        var found: Int?
        for index in outline.elements.indices {
            let element = outline.elements[index]
            let parentInside = element.parent >= 0 && insideArticle[element.parent]
            insideArticle[index] = parentInside || element.tag == "article"
            guard element.tag == "article", !parentInside, proseBytes[index] >= Self.minimumSiblingProse else { continue }
            if found != nil { return nil }
            found = index
        }
        return found
    }

    /// For each element, the bytes of prose paragraphs under it.
    func proseUnderElements(prose: [Bool]) -> [Int] {
        var under = [Int](repeating: 0, count: outline.elements.count)
        for index in outline.blocks.indices where prose[index] {
            let block = outline.blocks[index]
            var element = block.owner
            while element >= 0 {
                under[element] += block.textBytes - block.linkBytes
                element = outline.elements[element].parent
            }
        }
        return under
    }

    /// The deepest element below `<body>` that holds `share` of the page's prose (more than half, so the
    /// elements that do form one chain from the root): where the article is when its paragraphs are spread
    /// over containers too small or too deep to score on their own.
    func widerElement(holding share: Double, of pageProse: Int, under: [Int]) -> Int? {
        var deepest: Int?
        for index in outline.elements.indices where Double(under[index]) >= share * Double(pageProse) {
            let tag = outline.elements[index].tag
            if tag != "body" && tag != "html" { deepest = index }
        }
        return deepest
    }

    /// Every block outside furniture that is text rather than a link list or a label; failing that, every
    /// block with a sentence's worth of text. The last resort: a page with prose never comes out empty.
    func baselineSelection() -> [Int] {
        let inside = outline.blocks.indices.filter { !isUnderFurniture(outline.blocks[$0].owner) }
        let outside = repeatedTexts(outside: inside)
        let kept = inside.filter { keeps($0, repeatedOutside: outside) }
        if articleBytes(of: kept) > 0 { return kept }
        return outline.blocks.indices.filter { !outline.blocks[$0].heading && outline.blocks[$0].textBytes >= Self.minimumScoringBytes }
    }
}
