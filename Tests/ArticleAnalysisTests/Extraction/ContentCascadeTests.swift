@testable import ArticleAnalysis
import Foundation
import Testing

/// Hand-made pages whose article sits where the content selector's first choice misses most of it: each
/// test checks which cascade step found the text (`ContentCascade`), so it fails with the cascade off, when
/// the first choice would stand.
@Suite struct ContentCascadeTests {
    /// Eight distinct sentences of a story about a bridge, each long enough to be a paragraph.
    static let story = [
        "The council met on Tuesday evening, heard from residents, engineers and the mayor, and voted to rebuild the old bridge over the river before the winter floods arrive.",
        "Engineers told the meeting that the central pier had shifted by four centimetres since the spring, and that heavy lorries would have to be kept off the deck from next week.",
        "Residents of the east bank, who cross the bridge to reach the only secondary school in the district, asked for a temporary ferry while the work goes on.",
        "The mayor said the town would pay for the ferry out of its reserves, and that the regional government had promised to cover two thirds of the rebuilding costs.",
        "Shopkeepers on the market square, where trade has already fallen since the weight limit was imposed, warned that a long closure could put several of them out of business.",
        "The contractor expects the old deck to come down in March, with the new steel spans lifted into place by a floating crane during the summer, when the river runs low.",
        "Opposition councillors voted against the plan, arguing that a second bridge further downstream would serve the growing suburbs better than a copy of the old one.",
        "A public exhibition of the design opens at the library on Saturday, and residents have until the end of the month to send their comments to the planning office.",
    ]

    static func extract(_ html: String) -> ExtractedArticle { HTMLExtractor().extract(html) }

    /// The share of the story's sentences found in the extracted paragraphs.
    static func storyRecall(_ article: ExtractedArticle) -> Double {
        let text = article.paragraphs.joined(separator: "\n")
        return Double(story.count { text.contains($0) }) / Double(story.count)
    }

    static let navigation = (1...12).map { #"<li><a href="/s\#($0)">Section \#($0) news and more headlines</a></li>"# }.joined()

    /// Three paragraphs of site small print in one container: compact, comma-rich prose that outscores any
    /// single wrapper of an article whose paragraphs are spread out.
    static let smallPrint = [
        "Copyright, licensing and reuse: all material on this site, including text, photographs, graphics and video, is protected by copyright and may not be reproduced without permission.",
        "Our journalism is supported by readers, advertisers and sponsors, and we follow the code of practice of the independent press standards organisation in everything we publish.",
        "Complaints about accuracy, fairness or privacy can be sent by post or email to the readers' editor, who will reply within fourteen working days of receiving them.",
    ].map { "<p>\($0)</p>" }.joined()

    /// `text` inside `depth` elements, cycling through `tags`.
    static func nested(_ text: String, depth: Int, in tags: [String]) -> String {
        let opened = (0..<depth).map { "<\(tags[$0 % tags.count])>" }.joined()
        let closed = (0..<depth).reversed().map { "</\(tags[$0 % tags.count])>" }.joined()
        return opened + text + closed
    }

    /// An old layout table: every paragraph in its own nest of tables, too deep for its points to reach a
    /// common container, beside a cell of links and above a cell of small print that outscores each one.
    @Test func anArticleInNestedTables() {
        let cells = Self.story.enumerated().map { index, sentence in
            Self.nested(sentence, depth: 6 + 3 * (index % 2), in: ["table", "tr", "td"])
        }
        let page = """
            <html><body><table><tr><td><ul>\(Self.navigation)</ul></td><td>\(cells.joined())</td></tr>
            <tr><td></td><td>\(Self.smallPrint)</td></tr></table></body></html>
            """
        let article = Self.extract(page)
        #expect(Self.storyRecall(article) == 1)
        #expect(article.removed.path?.rawValue == HTMLExtractionPath.wider.rawValue)
        #expect(!article.paragraphs.joined().contains("Section 3 news"))
    }

    /// Section soup from a page builder: every paragraph in its own nest of `section`s and class-less
    /// `div`s, at different depths, so no one container scores more than a paragraph.
    @Test func anArticleInSectionSoup() {
        let nests = Self.story.enumerated().map { index, sentence in
            Self.nested("<div>\(sentence)</div>", depth: 5 + index % 3, in: ["section", "div"])
        }
        let page = "<html><body><div><ul>\(Self.navigation)</ul></div><main>\(nests.joined())</main><div>\(Self.smallPrint)</div></body></html>"
        let article = Self.extract(page)
        #expect(Self.storyRecall(article) == 1)
        #expect(article.removed.path?.rawValue == HTMLExtractionPath.wider.rawValue)
        #expect(!article.paragraphs.contains { $0.hasPrefix("Copyright") })
    }

    /// Paragraphs as bare `div`s, two by two in deep wrappers split by inline promotions and ad slots.
    @Test func anArticleSplitByAdsAndPromos() {
        let promo = #"<div><div><a href="/sub">Subscribe for unlimited access</a></div><div>Advertisement</div></div>"#
        let runs = stride(from: 0, to: Self.story.count, by: 2).map { start in
            Self.nested(Self.story[start..<start + 2].map { "<div>\($0)</div>" }.joined(), depth: 5 + start / 2 % 2, in: ["div"])
        }
        let page = "<html><body><div><ul>\(Self.navigation)</ul></div><div>\(runs.joined(separator: promo))</div><div>\(Self.smallPrint)</div></body></html>"
        let article = Self.extract(page)
        #expect(Self.storyRecall(article) == 1)
        #expect(article.removed.path?.rawValue == HTMLExtractionPath.wider.rawValue)
        #expect(!article.paragraphs.contains("Subscribe for unlimited access"))
    }

    /// A page that renders its story with a script: the markup has only a teaser and links, and the
    /// publisher's JSON-LD carries the full text.
    @Test func anArticleOnlyInJSONLD() {
        let body = Self.story.joined(separator: "\\n")
        let page = """
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "headline":"Bridge to be rebuilt","articleBody":"\(body)"}</script></head>
            <body><div><ul>\(Self.navigation)</ul></div><div id="app"><h1>Bridge to be rebuilt</h1><p>Loading…</p></div></body></html>
            """
        let article = Self.extract(page)
        #expect(article.removed.path?.rawValue == HTMLExtractionPath.jsonLDBody.rawValue)
        #expect(Self.storyRecall(article) == 1)
    }

    /// A short report under a reader discussion without furniture class names: the discussion outscores the
    /// report, and the report's own `<article>` is what the cascade compares it with.
    @Test func aDiscussionThatOutscoresAShortArticle() {
        let reply = "I have crossed that bridge every day for thirty years, and frankly, whatever the engineers say, it has always felt solid to me, so I wonder who benefits from this, and why now."
        let replies = (0..<10).map { "<div><div><a href=\"/u\($0)\">reader\($0)</a></div><div>\(reply) (\($0))</div></div>" }.joined()
        let page = """
            <html><body><div><ul>\(Self.navigation)</ul></div>
            <article><h1>Bridge to be rebuilt</h1><div><p>\(Self.story[0])</p><p>\(Self.story[1])</p><p>\(Self.story[2])</p></div></article>
            <div><h3>Discussion</h3>\(replies)</div></body></html>
            """
        let article = Self.extract(page)
        let text = article.paragraphs.joined(separator: "\n")
        #expect(Self.story[0...2].allSatisfy { text.contains($0) })
        #expect(article.removed.path?.rawValue == HTMLExtractionPath.article.rawValue)
        #expect(!text.contains("thirty years"))
    }

    /// A photo story whose text is all captions: the selector drops caption blocks inside the article, so it
    /// keeps nothing but the headline, and the baseline returns the text. An empty result is never right.
    @Test func aStoryToldInCaptionsNeverComesOutEmpty() {
        let captions = Self.story[0...1].map { #"<div class="caption">\#($0)</div>"# }.joined()
        let page = #"<html><body><div><a href="/a">Home</a> <a href="/b">News</a></div><article><h1>The bridge in pictures</h1>"# + captions + "</article></body></html>"
        let article = Self.extract(page)
        #expect(article.removed.path?.rawValue == HTMLExtractionPath.baseline.rawValue)
        #expect(Self.storyRecall(article) == 0.25)
    }

    /// The normal page keeps the first choice: the cascade does not run when the choice holds the prose.
    @Test func aPlainArticleStaysOnTheMainPath() {
        let paragraphs = Self.story.map { "<p>\($0)</p>" }.joined()
        let page = "<html><body><nav><a href=\"/\">Home</a></nav><article><h1>Bridge</h1>\(paragraphs)</article><footer>© Town</footer></body></html>"
        let article = Self.extract(page)
        #expect(article.removed.path?.rawValue == HTMLExtractionPath.main.rawValue)
        #expect(Self.storyRecall(article) == 1)
    }

    /// The record names the path and warns when a fallback produced the text.
    @Test func theRecordSaysWhichPathProducedTheText() throws {
        let page = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"\(Self.story.joined(separator: "\\n"))"}</script></head>
            <body><div><ul>\(Self.navigation)</ul></div></body></html>
            """
        let document = try AnalysisFixtures.document(page)
        #expect(document.sections.boilerplate.json["path"] == .string("html-jsonld-body"))
        #expect(document.warnings.contains("extraction-fallback:html-jsonld-body"))
        let plain = try AnalysisFixtures.document("<html><body><article>\(Self.story.map { "<p>\($0)</p>" }.joined())</article></body></html>")
        #expect(plain.sections.boilerplate.json["path"] == .string("html-main"))
        #expect(!plain.warnings.contains { $0.hasPrefix("extraction-fallback") })
    }
}
