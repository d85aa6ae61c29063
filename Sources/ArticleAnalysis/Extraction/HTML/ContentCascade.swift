/// The safety net under `ContentSelector`, after trafilatura's cascade (its own extraction, then
/// readability- and jusText-style fallbacks, then a baseline): when the chosen content holds much less
/// prose than the page's prose paragraphs (`ContentSelector+Prose`), wider selections are tried in turn — an
/// ancestor of the chosen element that holds most of the page's prose, every prose paragraph of the page,
/// the JSON-LD `articleBody` — and one replaces the current choice only when it holds clearly more prose.
/// A page with text never comes out empty (the baseline). The normal case costs one pass over the blocks.
struct ContentCascade {
    struct Choice {
        var path: HTMLExtractionPath
        /// Outline blocks that hold the article (empty for `.jsonLDBody`).
        var kept: [Int]
        /// The article's paragraphs when they come from JSON-LD rather than the page's blocks.
        var paragraphs: [String] = []
        /// Own text in prose paragraphs (`ContentSelector.isProseParagraph`), which thinness is judged by.
        var proseBytes: Int
        /// Own text in all non-heading blocks: whether anything is there at all.
        var textBytes: Int
    }

    /// The chosen content is thin when its prose is below this share of the page's prose paragraphs. On the
    /// 181 benchmark pages and their stress variants (`eval/extraction_stress.py`) every right first choice
    /// holds at least 0.42 of the page's prose; the held-out failures hold less than a fifth of the article.
    /// 0.2–0.4 give the same benchmark figures; 0.2 left one stress page near-empty.
    static let thinShare = 0.3
    /// The wider element must hold this share of the page's prose paragraphs: more than half, so one chain
    /// of elements qualifies (0.5–0.7 within 0.003 F1 on the `wrapped` stress variant).
    static let widerShare = 0.6
    /// A fallback replaces the current choice only when it holds this many times its prose (trafilatura's
    /// ratio for preferring its readability fallback).
    static let gain = 2.0
    /// Below this much text (about 80 words) an article that also has a JSON-LD body is checked against it.
    static let shortArticleBytes = 500

    static func choose(from selector: ContentSelector, main: (kept: [Int], top: Int?)) -> Choice {
        let blocks = selector.outline.blocks
        let prose = blocks.indices.map { selector.isProseParagraph($0) }
        func choice(_ path: HTMLExtractionPath, _ kept: [Int]) -> Choice {
            var proseBytes = 0
            for index in kept where prose[index] { proseBytes += blocks[index].textBytes - blocks[index].linkBytes }
            return Choice(path: path, kept: kept, proseBytes: proseBytes, textBytes: selector.articleBytes(of: kept))
        }
        let page = choice(.paragraphs, Array(blocks.indices))
        var chosen = choice(.main, main.kept)
        // The first choice landed beside the page's only <article> (a discussion or a list that outscores a
        // short story): the publisher's container wins.
        if let top = main.top, let article = selector.soleArticleElement(),
            !selector.isAncestor(article, of: top), !selector.isAncestor(top, of: article) {
            chosen = choice(.article, selector.selection(around: article, gathering: false).kept)
        }
        let jsonLDBody = selector.outline.signals.jsonLD.contains { $0.contains("\"articleBody\"") }
        // Thin: little of the page's prose, measured in prose paragraphs on both sides (a list of teasers or
        // captions is text, not the article). The publisher's <article> is not measured against the rest of
        // the page's prose, which is then the discussion or list it was preferred to.
        let thinAgainstPage = chosen.path == .main && Double(chosen.proseBytes) < thinShare * Double(page.proseBytes)
        let thin = chosen.textBytes == 0 || thinAgainstPage || chosen.textBytes < shortArticleBytes && jsonLDBody
        guard thin else { return chosen }
        if thinAgainstPage {
            let under = selector.proseUnderElements(prose: prose)
            if let wider = selector.widerElement(holding: widerShare, of: page.proseBytes, under: under), wider != main.top {
                let candidate = choice(.wider, selector.selection(around: wider, gathering: false).kept)
                if Self.gains(candidate.proseBytes, over: chosen.proseBytes) { chosen = candidate }
            }
            if Double(chosen.proseBytes) < thinShare * Double(page.proseBytes) {
                let candidate = choice(.paragraphs, selector.paragraphSelection(prose: prose))
                if Self.gains(candidate.proseBytes, over: chosen.proseBytes) { chosen = candidate }
            }
        }
        if jsonLDBody, let body = JSONLDArticle(scripts: selector.outline.signals.jsonLD).articleBody {
            let paragraphs = Self.paragraphs(ofArticleBody: body)
            let bytes = paragraphs.reduce(0) { $0 + $1.utf8.count }
            if Self.gains(bytes, over: chosen.textBytes) {
                chosen = Choice(path: .jsonLDBody, kept: [], paragraphs: paragraphs, proseBytes: bytes, textBytes: bytes)
            }
        }
        if chosen.textBytes == 0 {
            let candidate = choice(.baseline, selector.baselineSelection())
            if candidate.textBytes > 0 { chosen = candidate }
        }
        return chosen
    }

    /// A fallback replaces the current choice only when it holds `gain` times its prose and at least
    /// `minimumGainBytes` more: one stray paragraph beside a list of linked items is no article.
    static func gains(_ candidate: Int, over current: Int) -> Bool {
        Double(candidate) > gain * Double(current) && candidate - current >= minimumGainBytes
    }

    /// About 80 words, three short paragraphs.
    static let minimumGainBytes = 500

    /// JSON-LD bodies come as plain text with line breaks, or as escaped HTML: lines, or the blocks of the
    /// markup when it has tags.
    static func paragraphs(ofArticleBody body: String) -> [String] {
        if body.contains("<"), body.contains(">"), let outline = PageOutliner.outline(ofPage: "<body>" + body + "</body>") {
            return outline.blocks.map(\.text)
        }
        return body.split(whereSeparator: \.isNewline).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty }
    }
}
