@testable import ArticleAnalysis
import Foundation
import Testing

/// One hand-made page per selection rule, each showing the pattern the rule was written for (the benchmark
/// pages where it was found are named in `ContentSelector`).
@Suite struct ContentSelectorTests {
    static let sentence = "The council met on Tuesday evening, heard from residents, engineers and the mayor, and voted to rebuild the old bridge over the river before the winter floods arrive."

    static func kept(_ html: String) -> [String] { HTMLExtractor().extract(html).paragraphs }

    /// A short post under a comment thread that outscores it: the first choice lands in the comments, which
    /// are all furniture, so nothing would be kept; the second choice, outside furniture, finds the post.
    @Test func aCommentThreadLongerThanThePostDoesNotEmptyTheArticle() {
        let comment = "<p>I have lived here for thirty years, walked across that bridge twice a day, and I think the council is right, although the cost worries me, as it does my neighbours.</p>"
        let comments = (0..<6).map { index in
            #"<li class="comment"><div class="comment-body"><div class="comment-meta"><a href="/u">Reader \#(index)</a> said:</div>"#
                + String(repeating: comment, count: 6) + "</div></li>"
        }.joined()
        let page = """
            <html><body><main><article><h1>Open thread</h1><div class="entry">
            <p>Our quarterly open thread is here: ask your questions about the bridge, the budget, or anything else in the comments below.</p>
            <p>We will try to answer every question before the end of the month.</p></div></article>
            <div><h3>Comments</h3><ul class="comment-list">\(comments)</ul></div></main></body></html>
            """
        let paragraphs = Self.kept(page)
        #expect(paragraphs.contains { $0.hasPrefix("Our quarterly open thread") })
        #expect(paragraphs.contains("We will try to answer every question before the end of the month."))
        #expect(!paragraphs.contains { $0.contains("thirty years") || $0.contains("said:") })
    }

    /// Cells of a data table are short ("Kyle Busch", "5040") but they are the article's data, not labels.
    @Test func tableCellsInTheArticleAreKept() {
        let rows = [("1", "Kyle Busch", "5040"), ("2", "Martin Truex Jr.", "5035"), ("3", "Kevin Harvick", "5033")]
            .map { "<tr><td>\($0.0)</td><td>\($0.1)</td><td>\($0.2)</td></tr>" }.joined()
        let page = """
            <html><body><div class="content"><h1>Standings</h1><p>\(Self.sentence)</p>
            <p>The final standings of the season, after thirty-six races, are in the table below, with points and wins.</p>
            <table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>\(rows)</table><p>\(Self.sentence)</p></div>
            <div class="menu"><div>World</div><div>Sport</div></div></body></html>
            """
        let paragraphs = Self.kept(page)
        for cell in ["Driver", "Kyle Busch", "5040", "Martin Truex Jr.", "Kevin Harvick", "5033"] {
            #expect(paragraphs.contains(cell), "dropped \(cell)")
        }
        #expect(!paragraphs.contains("World"))
    }

    /// A lead block and the body in sibling containers three levels above the body's paragraphs, with an ad
    /// slot between them: the lead belongs to the article.
    @Test func aLeadThreeLevelsAboveTheBodyJoinsIt() {
        let body = (0..<6).map { "<p>\(Self.sentence) Part \($0) of the story goes on with more detail.</p>" }.joined()
        let page = """
            <html><body><article><div class="lead"><div><div>
            <p>The podcast team met after the first day of the finals in Madrid, and gave their first impressions of the new format, of the venue, of the crowds and of the tennis itself.</p>
            <p>Was it fair to say that the event was neither as bad as the sceptics had thought it would be, nor as good as the organisers had hoped it would be, on the opening day?</p>
            </div></div></div><div class="slot"></div><div class="rest"><div><div>\(body)</div></div></div></article></body></html>
            """
        let paragraphs = Self.kept(page)
        #expect(paragraphs.first?.hasPrefix("The podcast team met") == true)
        #expect(paragraphs.contains { $0.hasPrefix("Was it fair to say") })
        #expect(paragraphs.count == 8)
    }

    /// Several `<article>` elements side by side inside another `<article>` are its "you may also like"
    /// list, even when together they outscore the one-paragraph post.
    @Test func nestedArticlesSideBySideAreARelatedList() {
        let teasers = (0..<6).map {
            #"<article class="post"><p>Teaser \#($0): life asks us for optimism and courage, to hope for the best, to make the best happen, and to smile, even when the day is hard and long.</p></article>"#
        }.joined()
        let page = """
            <html><body><div><article class="post"><h1>Only who loves</h1><p>\(Self.sentence)</p>
            <p>\(Self.sentence.replacingOccurrences(of: "bridge", with: "road"))</p></article>
            <article class="post"><h3>You may also like</h3>\(teasers)</article></div></body></html>
            """
        let paragraphs = Self.kept(page)
        #expect(paragraphs.contains(Self.sentence))
        #expect(!paragraphs.contains { $0.hasPrefix("Teaser") })
    }

    /// A text printed again outside the article (a standfirst repeated as a teaser) is dropped; a text the
    /// article itself repeats (a meal plan's step) is kept each time.
    @Test func onlyTextsRepeatedOutsideTheArticleAreDropped() {
        let step = "Asparagus and eggs: one cup of asparagus, two soft-boiled eggs, and half a cup of sweet potato, eaten an hour before the workout."
        let standfirst = "The most powerful hatchback to come out of the factory has 306 horsepower and a huge rear wing, and it is loud."
        let page = """
            <html><body><div class="teaser"><a href="/x">\(standfirst)</a></div><article><h1>Meal plans</h1>
            <p class="standfirst">\(standfirst)</p><p>\(Self.sentence)</p><h2>Plan A</h2><p>\(step)</p>
            <p>\(Self.sentence.replacingOccurrences(of: "bridge", with: "tunnel"))</p><h2>Plan B</h2><p>\(step)</p>
            <p>\(Self.sentence.replacingOccurrences(of: "bridge", with: "road"))</p></article></body></html>
            """
        let paragraphs = Self.kept(page)
        #expect(paragraphs.count { $0 == step } == 2)
        #expect(!paragraphs.contains(standfirst))
    }

    /// A social-media embed is a blockquote in a wrapper named for social media: the quotation stays, while
    /// a sharing block with the same word in its class is still dropped.
    @Test func anEmbeddedPostIsKeptAndSharingIsNot() {
        let tweet = "Yes this is real and yes the state spent nearly half a million dollars on it, which is a lot of money for a slogan."
        let page = """
            <html><body><article><h1>Slogan</h1><p>\(Self.sentence)</p>
            <p>And a whole lot of people on social media pointed out what might be wrong with it.</p>
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p>\(tweet)</p>— A Reader (@reader) November 18, 2019</blockquote></div>
            <p>\(Self.sentence.replacingOccurrences(of: "bridge", with: "road"))</p>
            <div class="social-share"><p>Share this story on Facebook, on Twitter, or by email with your friends and family.</p></div>
            </article></body></html>
            """
        let paragraphs = Self.kept(page)
        #expect(paragraphs.contains(tweet))
        #expect(!paragraphs.contains { $0.hasPrefix("Share this story") })
    }
    /// An article cut into sections built from the same template (same tag, same class) far above the
    /// paragraphs: every section joins, while a teaser list beside them, from another template, does not.
    @Test func sectionsFromTheSameTemplateJoin() {
        func section(_ name: String, _ count: Int) -> String {
            let paragraphs = (0..<count).map { "<p>\(Self.sentence) \(name) part \($0) goes on with more detail.</p>" }.joined()
            return #"<section class="outer outer--content"><div class="wrap"><div><div class="inner">"# + paragraphs + "</div></div></div></section>"
        }
        let teasers = #"<section class="outer teasers"><div><p>Another story: the mayor said the river would be dredged next spring, and the costs, the dates, and the plans were published.</p></div></section>"#
        let page = "<html><body><div class=\"page\">" + section("First", 2) + #"<figure><img src="a.jpg"></figure>"#
            + section("Second", 8) + section("Third", 2) + teasers + "</div></body></html>"
        let paragraphs = Self.kept(page)
        #expect(paragraphs.count { $0.contains("First part") } == 2)
        #expect(paragraphs.count { $0.contains("Second part") } == 8)
        #expect(paragraphs.count { $0.contains("Third part") } == 2)
        #expect(!paragraphs.contains { $0.hasPrefix("Another story") })
    }
    /// Paragraphs written as `div.paragraph`, the first few beside the container of the rest: siblings built
    /// like the paragraphs inside the top element join it; a sibling div of another kind does not.
    @Test func siblingsBuiltLikeTheTopsParagraphsJoin() {
        func paragraph(_ text: String) -> String { #"<div class="body-paragraph">"# + text + "</div>" }
        let rest = (0..<8).map { paragraph("\(Self.sentence) Part \($0) of the column goes on with more detail.") }.joined()
        let page = """
            <html><body><section class="story"><div class="body">
            \(paragraph("Which is not to say that whatever happened on Saturday was not minor or even routine, but the visit was unscheduled and unexplained."))
            <div class="note">Watch the latest episode of our weekly show, every Friday night, on all of our channels and apps.</div>
            <div class="body-text">\(rest)</div></div></section></body></html>
            """
        let paragraphs = Self.kept(page)
        #expect(paragraphs.first?.hasPrefix("Which is not to say") == true)
        #expect(!paragraphs.contains { $0.hasPrefix("Watch the latest") })
        #expect(paragraphs.count == 9)
    }
    /// A digest whose items are sentences that link most of their words: each item ends with a full stop and
    /// has text of its own, so it stays; a list of linked headlines (no full stop) is still dropped.
    @Test func linkedSentencesStayAndLinkedHeadlinesGo() {
        let items = [
            #"<a href="/a">Ousted WeWork CEO Adam Neumann can still reportedly name directors to the board of the office-sharing company he founded, according to people familiar with the matter</a>, even though he stepped down as chief executive in September after the failed offering."#,
            #"<a href="/b">A new Half-Life game is finally coming out after twelve years of waiting, the studio behind the series said at a showcase on Thursday night in Seattle</a>, but the catch is that you will need a virtual reality headset and a fast computer to play it."#,
        ].map { "<li>\($0)</li>" }.joined()
        let headlines = (0..<4).map { #"<li><a href="/h\#($0)">Another headline about the markets and what the investors made of it, number \#($0)</a></li>"# }.joined()
        let page = """
            <html><body><article><h1>Ten things in tech</h1><p>\(Self.sentence)</p><ol>\(items)</ol>
            <p>\(Self.sentence.replacingOccurrences(of: "bridge", with: "road"))</p><ul>\(headlines)</ul></article></body></html>
            """
        let paragraphs = Self.kept(page)
        #expect(paragraphs.contains { $0.hasPrefix("Ousted WeWork CEO") })
        #expect(paragraphs.contains { $0.hasPrefix("A new Half-Life game") })
        #expect(!paragraphs.contains { $0.hasPrefix("Another headline") })
    }
}
