@testable import ArticleAnalysis
import Foundation
import Testing

@Suite struct MarkupCondenserTests {
    private func condense(_ html: String) -> String {
        let bytes = Array(html.utf8)
        return String(decoding: MarkupCondenser.condense(bytes.span), as: UTF8.self)
    }

    @Test func keepsOnlyTheAttributesTheOutlinerReads() {
        #expect(condense(#"<a href="/x" class="story-link" data-track='{"a":1}' onclick=go()>Read</a>"#)
            == #"<a class="story-link">Read</a>"#)
        #expect(condense(#"<meta property="og:title" content="Storm" data-x="1">"#) == #"<meta property="og:title" content="Storm">"#)
        #expect(condense(#"<link rel=canonical href="https://e.example/a" media=all>"#) == #"<link rel=canonical href="https://e.example/a">"#)
        #expect(condense(#"<div ID="main" Hidden title="x > y"/>"#) == #"<div ID="main" Hidden/>"#)
        #expect(condense(#"<p class="a"id="b">x</p>"#) == #"<p class="a"id="b">x</p>"#)
        #expect(condense(#"<p data-a="1"class="a">x</p>"#) == #"<p class="a">x</p>"#)
    }

    @Test func emptiesScriptsAndStylesButKeepsJSONLD() {
        #expect(condense("<script>if (a < b) { x = '</div>'; }</script><p>t</p>") == "<script></script><p>t</p>")
        #expect(condense("<STYLE type=text/css>p { color: red }</style>") == "<STYLE type=text/css></style>")
        let jsonLD = #"<script type="application/ld+json" id="s">{"headline": "Storm"}</script>"#
        #expect(condense(jsonLD) == jsonLD)
    }

    @Test func copiesWhatIsNotASimpleStartTagAsItIs() {
        for html in [
            #"<div class="a" $bogus=1>text</div>"#, #"<div class="unclosed>text"#, "a < b and c > d", "<!-- <div data-x=1> -->",
            "<!DOCTYPE html>", "</div data-x=1>", #"<p data-x="1" / >"#, "<div class=a",
        ] {
            #expect(condense(html) == html, "\(html)")
        }
    }

    /// Random markup made of the pieces the condenser reacts to: the output never outgrows the input (it is
    /// written into a buffer of the input's size).
    @Test func neverLongerThanTheInput() {
        let pieces = ["<", ">", "/", "=", "\"", "'", " ", "\n", "a", "div", "class", "data-x", "id", "x", "script", "</script",
                      "style", "<!--", "-->", "meta", "content", "é"]
        var state: UInt64 = 0x853C_49E6_748F_EA9B
        for _ in 0..<3_000 {
            var html = ""
            for _ in 0..<40 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                html += pieces[Int(state >> 33) % pieces.count]
            }
            #expect(condense(html).utf8.count <= html.utf8.count, "\(html)")
        }
    }

    /// On real pages the outline (metadata, every block with its path, scores and verdict) must not change
    /// when libxml2 gets the condensed page: 20 pages of the extraction benchmark (`make eval-extraction`
    /// checks all 181 with `articlewatch-eval extract-condense-check`).
    @Test func realPagesOutlineTheSameCondensed() throws {
        let directory = SharedData.root.appendingPathComponent("data/article-extraction-benchmark/html")
        let pages = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".html.gz") }.sorted()
        try #require(pages.count > 100)
        for name in pages.enumerated().filter({ $0.offset % 9 == 0 }).map(\.element) {
            let html = try Self.gunzip(directory.appendingPathComponent(name))
            #expect(HTMLExtractionTrace.trace(html) == HTMLExtractionTrace.trace(html, condensed: false), "\(name)")
        }
    }

    private static func gunzip(_ file: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
