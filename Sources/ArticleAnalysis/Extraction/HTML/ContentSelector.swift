/// Chooses the article's blocks from a `PageOutline`, the way Readability does: every paragraph-sized block
/// gives points (1 + commas + length/100, at most 3 for length) to its parent, half to its grandparent and a
/// sixth to the next; each element's points shrink with its link density; the best element and its worthy
/// siblings hold the article; within them, link-heavy blocks and furniture (elements whose class or id says
/// comment, share, related, ad, …) are dropped. Furniture words above the chosen element are ignored: whole
/// pages sit inside wrappers like `Page-ad-margins`. Blocks under furniture score a quarter, so a comment
/// thread cannot outscore the article; if it still does and nothing is left, the choice is made again
/// outside furniture. The article's parts are gathered by structure: siblings with prose up to three levels
/// up, siblings built from the same template (same tag and class) as the top, its ancestors or its
/// paragraphs. Each rule names the benchmark pages it changed (`eval/extraction_pages.py diff`).
struct ContentSelector {
    /// Blocks shorter than this (UTF-8 bytes) give no points: Readability's 25 characters.
    static let minimumScoringBytes = 25
    /// A block whose text is more than this share of link text is a link list, not prose.
    static let maximumLinkDensity = 0.5
    /// Siblings join the top element when they score this share of it (Readability's 0.2).
    static let siblingShare = 0.2
    /// A block with this much text outside links is prose even when links dominate (pages that put hover
    /// cards inside sentences); 150 bytes is about two sentences.
    static let minimumProseBytes = 150

    var outline: PageOutline

    init(outline: PageOutline) { self.outline = outline }

    /// Readability's alternative candidates: 3 at 75 %. On the benchmark 2 at 50 % gains recall on articles
    /// split into two or three sections (Quanta, NYT) without a loss in precision (see `make eval`).
    static let alternativeShare = 0.5
    static let minimumAlternatives = 2

    /// Points of a block under a furniture element are multiplied by this.
    static let furnitureShare = 0.25

    /// For each element, the nearest element at or above it whose class words mark furniture (or -1).
    private(set) var furniture: [Int] = []

    mutating func select() -> (kept: [Int], top: Int?) {
        markNestedArticleLists()
        furniture = [Int](repeating: -1, count: outline.elements.count)
        for index in outline.elements.indices {
            let element = outline.elements[index]
            if element.furniture {
                furniture[index] = index
            } else if element.tag == "blockquote", element.parent >= 0, furniture[element.parent] == element.parent {
                furniture[index] = -1
            } else {
                furniture[index] = element.parent >= 0 ? furniture[element.parent] : -1
            }
        }
        propagateText()
        scoreElements()
        children = Array(repeating: [], count: outline.elements.count)
        proseBytes = Array(repeating: 0, count: outline.elements.count)
        for index in outline.elements.indices where outline.elements[index].parent >= 0 {
            children[outline.elements[index].parent].append(index)
        }
        for block in outline.blocks where block.textBytes >= 80 && !block.heading {
            var element = block.owner
            while element >= 0 {
                proseBytes[element] += block.textBytes - block.linkBytes
                element = outline.elements[element].parent
            }
        }
        repeatedTexts = Self.repeatedTexts(in: outline.blocks)
        let first = selection()
        guard first.top != nil, !hasProse(first.kept) else { return first }
        // The best element held only furniture (a comment thread longer than a short post): nothing of it
        // survives, and an empty article is always wrong. Choose again among elements outside furniture.
        outsideFurnitureOnly = true
        let second = selection()
        return hasProse(second.kept) ? second : first
    }

    /// Whether any kept block is a sentence-sized piece of text rather than a heading.
    private func hasProse(_ kept: [Int]) -> Bool {
        kept.contains { !outline.blocks[$0].heading && outline.blocks[$0].textBytes >= Self.minimumScoringBytes }
    }

    /// Set for the second choice: elements at or under furniture score nothing.
    private var outsideFurnitureOnly = false

    private func selection() -> (kept: [Int], top: Int?) { selection(around: bestElement()) }

    /// The blocks kept when `top` is the article's element (all blocks outside furniture without one); with
    /// `gathering`, its worthy siblings join it (`chosenElements`).
    func selection(around top: Int?, gathering: Bool = true) -> (kept: [Int], top: Int?) {
        guard let top else {
            let inside = outline.blocks.indices.filter { furniture[outline.blocks[$0].owner] < 0 }
            let outside = repeatedTexts(outside: inside)
            return (inside.filter { keeps($0, repeatedOutside: outside) }, nil)
        }
        let chosen = gathering ? chosenElements(around: top) : [top]
        var selected = [Bool](repeating: false, count: outline.elements.count)
        for index in outline.elements.indices {
            let parent = outline.elements[index].parent
            selected[index] = chosen.contains(index) || (parent >= 0 && selected[parent])
        }
        let inside = outline.blocks.indices.filter { index in
            let owner = outline.blocks[index].owner
            let nearestFurniture = furniture[owner]
            let furnitureInside = nearestFurniture >= 0 && selected[nearestFurniture] && !chosen.contains(nearestFurniture)
            return selected[owner] && !furnitureInside
        }
        let outside = repeatedTexts(outside: inside)
        return (inside.filter { keeps($0, repeatedOutside: outside) }, top)
    }

    /// The repeated texts that also appear outside the article region `inside` (block indices, ascending).
    func repeatedTexts(outside inside: [Int]) -> Set<String> {
        guard !repeatedTexts.isEmpty else { return [] }
        var outside: Set<String> = []
        var next = 0
        for (index, block) in outline.blocks.enumerated() {
            if next < inside.count, inside[next] == index { next += 1; continue }
            if repeatedTexts.contains(block.text) { outside.insert(block.text) }
        }
        return outside
    }

    /// HTML gives nested `<article>` elements a meaning: articles related to the outer one, such as its
    /// comments or a "you may also like" list. Two or more of them side by side inside an `<article>` are
    /// such a list, so they count as furniture; a lone nested `<article>` is more often a second wrapper
    /// around the body and stays.
    private mutating func markNestedArticleLists() {
        var insideArticle = [Bool](repeating: false, count: outline.elements.count)
        var nestedArticles = [Int](repeating: 0, count: outline.elements.count)
        for index in outline.elements.indices {
            let parent = outline.elements[index].parent
            guard parent >= 0 else { continue }
            insideArticle[index] = insideArticle[parent] || outline.elements[parent].tag == "article"
            if insideArticle[index], outline.elements[index].tag == "article" { nestedArticles[parent] += 1 }
        }
        for index in outline.elements.indices where outline.elements[index].tag == "article" && insideArticle[index] {
            if nestedArticles[outline.elements[index].parent] >= Self.minimumNestedArticles {
                outline.elements[index].furniture = true
            }
        }
    }

    static let minimumNestedArticles = 2

    /// Bytes of text in all the page's blocks.
    private(set) var pageTextBytes = 0

    private mutating func propagateText() {
        for block in outline.blocks {
            pageTextBytes += block.textBytes
            var element = block.owner
            while element >= 0 {
                outline.elements[element].textBytes += block.textBytes
                outline.elements[element].linkBytes += block.linkBytes
                element = outline.elements[element].parent
            }
        }
    }

    private mutating func scoreElements() {
        for block in outline.blocks where block.textBytes >= Self.minimumScoringBytes && !block.heading {
            var points = 1 + Double(block.commas) + min(Double(block.textBytes) / 100, 3)
            if furniture[block.owner] >= 0 { points *= Self.furnitureShare }
            var element = outline.elements[block.owner].parent
            for divider in [1.0, 2.0, 6.0] {
                guard element >= 0 else { break }
                outline.elements[element].score += points / divider
                element = outline.elements[element].parent
            }
        }
    }

    func finalScore(_ index: Int) -> Double {
        let element = outline.elements[index]
        guard element.score > 0, !(outsideFurnitureOnly && furniture[index] >= 0) else { return 0 }
        let density = element.textBytes == 0 ? 0 : Double(element.linkBytes) / Double(element.textBytes)
        // Class words scale the points (±25 %) instead of adding Readability's ±25 points: added points let a
        // well-named empty wrapper or sidebar outrank the paragraphs' own container (indiapost.com, thehill.com).
        return element.score * (1 + Double(element.classWeight) / 100) * (1 - density)
    }

    /// The best-scoring element, then moved up where the article is split over several similar containers
    /// (Readability's "alternative candidates": when three of the next four score at least 75 % of the best,
    /// their common ancestor holds the article) or where the parent scores higher than the element.
    private func bestElement() -> Int? {
        let ranked = outline.elements.indices.map { ($0, finalScore($0)) }.filter { $0.1 > 0 }
            .sorted { $0.1 > $1.1 }.prefix(5)
        guard var top = ranked.first?.0, let topScore = ranked.first?.1 else { return nil }
        let alternatives = ranked.dropFirst().filter { $0.1 >= Self.alternativeShare * topScore }.map(\.0)
        if alternatives.count >= Self.minimumAlternatives {
            var ancestor = outline.elements[top].parent
            while ancestor >= 0, outline.elements[ancestor].tag != "body" {
                if alternatives.count(where: { isAncestor(ancestor, of: $0) }) >= Self.minimumAlternatives { top = ancestor; break }
                ancestor = outline.elements[ancestor].parent
            }
        }
        var lastScore = finalScore(top)
        var parent = outline.elements[top].parent
        while parent >= 0, outline.elements[parent].tag != "body" {
            let score = finalScore(parent)
            if score > 0 {
                if score < lastScore / 3 { break }
                if score > lastScore { top = parent; break }
                lastScore = score
            }
            parent = outline.elements[parent].parent
        }
        return top
    }

    /// Element → its element children, and → bytes of paragraph-sized blocks under it (filled by `select`).
    var children: [[Int]] = []
    var proseBytes: [Int] = []

    /// Non-trivial texts that appear more than once among the page's blocks.
    private(set) var repeatedTexts: Set<String> = []

    private static func repeatedTexts(in blocks: [PageOutline.Block]) -> Set<String> {
        var seen: [String: Int] = [:]
        for block in blocks where block.textBytes >= 80 { seen[block.text, default: 0] += 1 }
        return Set(seen.filter { $0.value > 1 }.keys)
    }
}
