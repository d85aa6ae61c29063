@testable import ArticleAnalysis
import Foundation
import Testing

@Suite struct HTMLExtractorTests {
    static let page = """
    <!doctype html><html><head><title>Storm hits coast | Coastal Times</title>
    <meta property="og:site_name" content="Coastal Times">
    <meta property="article:published_time" content="2024-03-02T08:00:00Z">
    <link rel="canonical" href="https://coastal.example/storm">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm hits coast","author":{"@type":"Person","name":"Ann Lee"}}</script>
    <style>p { color: red }</style></head>
    <body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
    <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
    <main><article><h1>Storm hits coast</h1>
    <p>A powerful storm struck the northern coast on Saturday, flooding streets, cutting power to thousands of homes and forcing the closure of the main harbour, officials said.</p>
    <p>Emergency crews worked through the night to clear fallen trees, while residents in low-lying areas were told to move to shelters set up in schools and sports halls.</p>
    <h2>Damage assessment</h2>
    <p>Insurers said it was too early to estimate losses, but early reports suggested that hundreds of buildings had been damaged, many of them along the seafront promenade.</p>
    <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
    <ul class="related"><li><a href="/a">Earlier storms this winter left the region struggling with repairs</a></li></ul>
    </article></main>
    <aside><p>Most read: a very long list of other articles that readers enjoyed this week, with many words.</p></aside>
    <section id="comments"><p>Great article, thanks for writing about this important topic for all of us living here.</p></section>
    <footer><p>© 2024 Coastal Times. All rights reserved. Terms of use and privacy policy apply to this site.</p></footer>
    <script>var junk = "<p>not text</p>";</script></body></html>
    """

    @Test func keepsTheArticleAndDropsFurniture() throws {
        let document = try AnalysisFixtures.document(Self.page)
        #expect(document.mediaType == .html)
        #expect(document.paragraphs.count == 4)
        #expect(document.paragraphRoles == [.body, .body, .heading, .body])
        #expect(document.paragraphs[2] == "Damage assessment")
        for junk in ["Home", "cookies", "Share on", "Earlier storms", "Most read", "Great article", "All rights", "not text", "color"] {
            #expect(!document.cleanText.contains(junk), "kept \(junk)")
        }
    }

    @Test func readsMetadata() throws {
        let metadata = try AnalysisFixtures.document(Self.page).metadata
        #expect(metadata.title == "Storm hits coast")
        #expect(metadata.byline == "Ann Lee")
        #expect(metadata.published == "2024-03-02T08:00:00Z")
        #expect(metadata.url == "https://coastal.example/storm")
        #expect(metadata.site == "Coastal Times")
    }

    @Test func titleLosesTheSiteSuffix() {
        #expect(TitleText.withoutSite("Storm hits coast | Coastal Times", site: nil) == "Storm hits coast")
        #expect(TitleText.withoutSite("Storm - what we know - and what we don't, in full detail here", site: nil)
            == "Storm - what we know - and what we don't, in full detail here")
    }

    @Test func hostileHTMLFinishes() throws {
        let deep = String(repeating: "<div>", count: 100_000) + "<p>deep text that nobody should ever need</p>" + String(repeating: "</div>", count: 100_000)
        let entities = "<p>" + String(repeating: "&amp;&lt;&#x41;&bogus;", count: 50_000) + "</p>"
        let script = "<html><body><script>" + String(repeating: "var a = '<div>';", count: 200_000) + "</script><p>After the script, a sentence of real text that is long enough.</p></body></html>"
        let unclosed = String(repeating: "<table><tr><td><p><b><i>", count: 20_000)
        for page in [deep, entities, script, unclosed] {
            let outcome = try AnalysisFixtures.outcome(bytes: Array(page.utf8))
            if case let .failed(failure) = outcome { Issue.record("failed: \(failure)") }
        }
        #expect(try AnalysisFixtures.document(deep).cleanText == "deep text that nobody should ever need")
        #expect(try AnalysisFixtures.document(script).cleanText == "After the script, a sentence of real text that is long enough.")
    }

    /// libxml2 closes an element without telling when its start tag runs to the end of the input; the
    /// outliner follows libxml2's count of open elements, so what came before is kept.
    @Test func aStartTagCutAtTheEndLosesNothingBeforeIt() throws {
        let page = "<html><body><article><p>The ministers met on Tuesday and agreed on a timetable for the talks.</p>"
            + #"<p>Both sides said the next round would take place in Geneva in the spring.</p><div class="trail"#
        #expect(try AnalysisFixtures.document(page).paragraphs == [
            "The ministers met on Tuesday and agreed on a timetable for the talks.",
            "Both sides said the next round would take place in Geneva in the spring.",
        ])
    }
    /// The headline is the title, not a paragraph, also when the h1 is worded differently from og:title.
    @Test func theHeadlineIsNotBodyText() {
        let page = """
            <html><head><meta property="og:title" content="Meth campaign draws mockery"></head><body><article>
            <h1>South Dakota says, 'Meth. We're On It,' and Twitter asks, are you guys OK?</h1>
            <p>The state's new slogan for an anti-drug campaign drew a lot of attention on social media on Monday, most of it mocking.</p>
            <h2>What the governor said</h2>
            <p>The governor said the whole point of the campaign was to raise awareness, and that it had already done so.</p>
            </article></body></html>
            """
        let article = HTMLExtractor().extract(page)
        #expect(article.metadata.title == "Meth campaign draws mockery")
        #expect(article.paragraphs.first?.hasPrefix("The state's new slogan") == true)
        #expect(article.paragraphs.contains("What the governor said"))
        #expect(!article.paragraphs.contains { $0.hasPrefix("South Dakota says") })
    }
}
