@testable import ArticleAnalysis
import Foundation
import Testing

/// The metadata of HTML pages, one reader at a time: JSON-LD graphs and author references, meta-only bylines,
/// published versus modified dates, dates in URLs, titles with a site's name around them, and the page's own
/// characters kept.
@Suite struct HTMLMetadataReaderTests {
    private static let body = """
        <p>A powerful storm struck the northern coast on Saturday, flooding streets, cutting power to thousands \
        of homes and forcing the closure of the main harbour, officials said on Sunday morning.</p>
        <p>Emergency crews worked through the night to clear fallen trees, while residents in low-lying areas \
        were told to move to shelters set up in schools and sports halls across the region.</p>
        """

    private func metadata(head: String, header: String = "", url: String? = nil) -> ArticleMetadata {
        let canonical = url.map { "<link rel=\"canonical\" href=\"\($0)\">" } ?? ""
        let page = "<!doctype html><html><head>\(canonical)\(head)</head><body><article>\(header)\(Self.body)</article></body></html>"
        return HTMLExtractor().extract(page).metadata
    }

    private func jsonLD(_ json: String) -> String { "<script type=\"application/ld+json\">\(json)</script>" }

    // MARK: JSON-LD

    @Test func graphArticleWithAuthorReferencesAndPublisher() {
        let graph = jsonLD("""
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","@id":"https://coast.example/#site","name":"Coastal Times"},
              {"@type":"Organization","@id":"https://coast.example/#org","name":"Coastal Times Media"},
              {"@type":"NewsArticle","headline":"Storm hits coast","datePublished":"2024-03-02T08:00:00-05:00",
               "dateModified":"2024-03-03T10:00:00-05:00","author":[{"@id":"https://coast.example/#ann"},{"@id":"https://coast.example/#bo"}],
               "publisher":{"@id":"https://coast.example/#org"}},
              {"@type":"Person","@id":"https://coast.example/#ann","name":"Ann Lee"},
              {"@type":"Person","@id":"https://coast.example/#bo","name":"Bo Chan"}]}
            """)
        let metadata = metadata(head: graph)
        #expect(metadata.byline == "Ann Lee, Bo Chan")
        #expect(metadata.published == "2024-03-02T08:00:00-05:00")
        #expect(metadata.modified == "2024-03-03T10:00:00-05:00")
        #expect(metadata.site == "Coastal Times Media")
        #expect(metadata.title == "Storm hits coast")
    }

    @Test func mainEntityArticleTypesAndOrganizationAuthors() {
        let page = jsonLD("""
            {"@type":"WebPage","mainEntity":{"@type":["ReportageNewsArticle"],"headline":"Floods recede",
             "datePublished":"2024-04-01","author":[{"@type":"Organization","name":"Wire Desk"},{"@type":"Person","name":"Cy Diaz"}]}}
            """)
        let metadata = metadata(head: page)
        #expect(metadata.published == "2024-04-01")
        #expect(metadata.byline == "Cy Diaz")
    }

    @Test func characterReferencesInJSONLDAreDecoded() {
        let page = jsonLD(#"{"@type":"NewsArticle","headline":"Europe&#8217;s Q&amp;A on storms&#x2026;","datePublished":"2024-04-01"}"#)
        #expect(metadata(head: page).title == "Europe’s Q&A on storms…")
        #expect(HTMLEntityText.decoded("AT&T &unknown; &#9999999999;") == "AT&T &unknown; &#9999999999;")
    }

    // MARK: Bylines

    @Test func bylineOnlyInMetaTags() {
        #expect(metadata(head: #"<meta name="author" content="Ann Lee">"#).byline == "Ann Lee")
        #expect(metadata(head: #"<meta name="parsely-author" content="Bo Chan">"#).byline == "Bo Chan")
        #expect(metadata(head: #"<meta name="dc.creator" content="Cy Diaz">"#).byline == "Cy Diaz")
        // A profile URL is not a name.
        #expect(metadata(head: #"<meta property="article:author" content="https://facebook.com/ann">"#).byline == nil)
    }

    @Test func bylineNamesLoseCuesRolesOutletsAndDates() {
        #expect(BylineNames.names(in: "By TOM KRISHER, AP Auto Writer") == ["Tom Krisher"])
        #expect(BylineNames.names(in: "Posted by Michael David Smith on November 19, 2019, 6:21 AM EST") == ["Michael David Smith"])
        #expect(BylineNames.names(in: "By Ann Lee and Bo Chan | Reuters") == ["Ann Lee", "Bo Chan"])
        #expect(BylineNames.names(in: "Jill Disis, CNN Business") == ["Jill Disis"])
        #expect(BylineNames.names(in: "By Sarah E. Needleman ann.lee@example.com") == ["Sarah E. Needleman"])
        #expect(BylineNames.names(in: "HNN Staff").isEmpty)
        #expect(BylineNames.names(in: "Associated Press").isEmpty)
        #expect(BylineNames.names(in: "LinkNaija", excluding: ["LinkNaija | Nigeria's news"]).isEmpty)
        #expect(BylineNames.names(in: "Jan de Vries").first == "Jan de Vries")
    }

    @Test func visibleBylineByTheHeadline() {
        let header = "<header><h1>Storm hits coast</h1><p class=\"byline\">By <a rel=\"author\">Ann Lee</a> | March 2, 2024</p></header>"
        #expect(metadata(head: "", header: header).byline == "Ann Lee")
    }

    /// Class words are matched on their bytes, any case, split at digits and dashes; "bylines" or "authorship"
    /// is another word.
    @Test func bylineClassWordsInAnyCaseAndSplitAtDashes() {
        func byline(_ attribute: String) -> String? {
            metadata(head: "", header: "<header><h1>Storm hits coast</h1><div \(attribute)>Ann Lee</div></header>").byline
        }
        #expect(byline(#"class="Article-BYLINE2""#) == "Ann Lee")
        #expect(byline(#"class="x" id="post_Author-box""#) == "Ann Lee")
        #expect(byline(#"class="bylines authorship""#) == nil)
    }

    /// Titles and JSON-LD values are tidied the same way whether they take the byte-level shortcut (single ASCII
    /// spaces, visible ends) or not: no-break and other Unicode spaces, tabs and edge blanks are collapsed.
    @Test func whiteSpaceInTitlesAndJSONLDValuesIsCollapsed() {
        #expect(metadata(head: "<meta property=\"og:title\" content=\"Storm\u{00A0}hits \u{2009}the  coast\">").title == "Storm hits the coast")
        #expect(metadata(head: "<meta property=\"og:title\" content=\"Storm hits “the” coast’s harbour\">").title == "Storm hits “the” coast’s harbour")
        #expect(metadata(head: "<meta property=\"og:title\" content=\"Storm hits the coast\u{3000}\">").title == "Storm hits the coast")
        let page = jsonLD(#"{"@type":"NewsArticle","headline":" \tFloods recede\n","author":"Cy Diaz","datePublished":"2024-04-01"}"#)
        #expect(metadata(head: page).title == "Floods recede")
        #expect(metadata(head: page).byline == "Cy Diaz")
    }

    // MARK: Dates

    @Test func modifiedIsNeverThePublishedDate() {
        let head = """
            <meta property="article:modified_time" content="2024-03-05T09:00:00+01:00">
            <meta property="og:updated_time" content="2024-03-05T09:00:00+01:00">
            <meta property="article:published_time" content="2024-03-01T07:30:00+01:00">
            """
        let header = "<header><h1>Storm hits coast</h1><time datetime=\"2024-03-05T09:00:00+01:00\">Updated March 5, 2024</time></header>"
        let metadata = metadata(head: head, header: header)
        #expect(metadata.published == "2024-03-01T07:30:00+01:00")
        #expect(metadata.modified == "2024-03-05T09:00:00+01:00")
        // With only the update shown and no publication tag, there is no published date from it.
        #expect(self.metadata(head: "", header: header).published == nil)
    }

    @Test func metaDateTagsInTheirOrder() {
        #expect(metadata(head: #"<meta name="parsely-pub-date" content="2024-02-10T12:00:00Z">"#).published == "2024-02-10T12:00:00Z")
        #expect(metadata(head: #"<meta name="sailthru.date" content="2024-02-11 12:00:00">"#).published == "2024-02-11")
        #expect(metadata(head: #"<meta name="DC.date.issued" content="2024-02-12">"#).published == "2024-02-12")
        #expect(metadata(head: #"<meta name="citation_publication_date" content="2024/02/13">"#).published == "2024-02-13")
        let header = #"<header><h1>Storm</h1><time pubdate datetime="2024-02-14T10:00:00+0200">Feb 14</time></header>"#
        #expect(metadata(head: "", header: header).published == "2024-02-14T10:00:00+02:00")
    }

    @Test func aUTCStampYieldsToTheDayTheReaderSees() {
        // 02:24 UTC on the 19th is the evening of the 18th where the page was published, as its dateline says.
        let head = #"<meta property="article:published_time" content="2019-11-19T02:24:00Z">"#
        let header = "<header><h1>Storm hits coast</h1></header><p>Nov 18, 2019 at 9:24 pm ET</p>"
        #expect(metadata(head: head, header: header).published == "2019-11-18")
        // A stamp with the page's own offset is the publisher's day: kept as it is.
        let local = #"<meta property="article:published_time" content="2019-11-18T21:24:00-05:00">"#
        #expect(metadata(head: local, header: header).published == "2019-11-18T21:24:00-05:00")
    }

    @Test func aDatelineOpeningTheArticle() {
        let header = "<h1>Storm hits coast</h1><p>LONDON, March 12, 2024 — A powerful storm struck the northern coast on Saturday, " +
            "flooding streets and cutting power to thousands of homes, officials said.</p>"
        #expect(metadata(head: "", header: header).published == "2024-03-12")
    }

    @Test func dateFromTheURLPathWhenNothingElseDatesThePage() {
        #expect(metadata(head: "", url: "https://coast.example/news/2024/03/05/storm-hits-coast/").published == "2024-03-05")
        #expect(URLDate.day(in: "https://coast.example/2019/nov/18/storm") == CivilDate(year: 2019, month: 11, day: 18))
        #expect(URLDate.day(in: "https://coast.example/news/2024-03-05-storm") == CivilDate(year: 2024, month: 3, day: 5))
        #expect(URLDate.day(in: "https://coast.example/tuft-cells-20191115/") == CivilDate(year: 2019, month: 11, day: 15))
        // A month archive, an article number and a query string are not days.
        #expect(URLDate.day(in: "https://coast.example/2024/03/storm") == nil)
        #expect(URLDate.day(in: "https://coast.example/story/11865382") == nil)
        #expect(URLDate.day(in: "https://coast.example/story?d=2024-03-05") == nil)
    }

    @Test func dateStampsKeepThePagesOffset() {
        #expect(DateStamp("2019-11-18T11:47:23-05:00")?.rfc3339 == "2019-11-18T11:47:23-05:00")
        #expect(DateStamp("2019-11-18T18:54:53.000Z")?.rfc3339 == "2019-11-18T18:54:53Z")
        #expect(DateStamp("2019-11-18T13:16+0000")?.rfc3339 == "2019-11-18T13:16:00Z")
        #expect(DateStamp("2019-11-19 02:24:00 UTC")?.rfc3339 == "2019-11-19T02:24:00Z")
        #expect(DateStamp("Mon, 18 Nov 2019 16:07:38 -0600")?.rfc3339 == "2019-11-18T16:07:38-06:00")
        #expect(DateStamp("November 18, 2019")?.rfc3339 == "2019-11-18")
        #expect(DateStamp("0001-01-01T00:00:00Z") == nil)
        #expect(DateStamp("2019-13-45") == nil)
    }

    // MARK: Titles

    @Test func titleLosesTheSiteNameAroundIt() {
        #expect(TitleText.withoutSite("Storm hits coast | Editorial | Opinion | The Guardian", site: "the Guardian") == "Storm hits coast | Editorial | Opinion")
        #expect(TitleText.withoutSite("Storm hits coast – Coastal Times", site: "Coastal Times") == "Storm hits coast")
        #expect(TitleText.withoutSite("Coastal Times: Storm hits coast", site: "Coastal Times") == "Storm hits coast")
        #expect(TitleText.withoutSite("LinkNaija | Nigeria's news platform: Storm hits coast", site: "LinkNaija | Nigeria's news platform")
            == "Storm hits coast")
        #expect(TitleText.withoutSite("Storm hits coast - what we know", site: nil) == "Storm hits coast")
    }

    @Test func theVisibleHeadlineWinsWhenTheMetadataAgrees() {
        let head = #"<title>Storm hits coast | Opinion | Coastal Times</title><meta property="og:site_name" content="Coastal Times">"#
        let header = "<header><h1>Coastal Times</h1><h1>Storm hits coast</h1></header>"
        #expect(metadata(head: head, header: header).title == "Storm hits coast")
        // An h1 that no metadata title agrees with (a teaser, a logo) loses to og:title.
        let og = #"<meta property="og:title" content="Storm hits coast">"#
        #expect(metadata(head: og, header: "<h1>Most read this week</h1>").title == "Storm hits coast")
    }

    @Test func typographicApostrophesAreKeptInTheRecord() throws {
        // The body's quotes are mostly straight (the repair unifies the body to them); the title's curly
        // apostrophe and quotes stay as the page wrote them.
        let page = """
            <html><head><meta property="og:title" content="Europe’s ‘big storm’ hits the coast"></head><body><article>
            <h1>Europe’s ‘big storm’ hits the coast</h1>
            <p>"It's the worst we've seen," said the harbour master, who has worked at the port for thirty years and \
            has never seen the water rise so fast. "We weren't ready," she added, "and nobody's insured."</p>
            <p>Officials said the clean-up would take weeks and that the harbour’s main quay was closed until further notice.</p>
            </article></body></html>
            """
        let document = try AnalysisFixtures.document(page)
        #expect(document.metadata.title == "Europe’s ‘big storm’ hits the coast")
    }
}
