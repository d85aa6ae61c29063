@testable import ArticleAnalysis
import Foundation
import Testing

/// The publication date of scraped plain text: date lines by the title, datelines, and the dates that are
/// not the publication (updates, a page header's "today", birthdates, teaser lists).
@Suite struct PublishedDateReaderTests {
    private static let body = """
        Farmers across the dry north of the country have started to replace maize with sorghum and millet \
        after the third failed rainy season in a row, according to officials from the agriculture offices.

        The change has been slow, because seed for the hardier crops is expensive and many families have \
        grown maize for generations, but extension workers say demand for the new seed doubled this year.
        """

    private func published(head: String) -> String? {
        PlainTextExtractor().extract(head + "\n\n" + Self.body).article.metadata.published
    }

    @Test func firstPublishedWinsOverUpdateAndPageHeader() throws {
        let document = try AnalysisFixtures.document(try AnalysisFixtures.fixture("dated-article.txt"))
        #expect(document.metadata.title == "Drought Pushes Kenyan Farmers Toward New Crops")
        #expect(document.metadata.published == "2024-03-12")
        // The date line is page furniture, not article text.
        #expect(!document.cleanText.contains("First published"))
    }

    @Test func labelledAndUnlabelledDateLines() {
        #expect(published(head: "Crop Switch in the North\nPublished: 12 March 2024") == "2024-03-12")
        #expect(published(head: "Crop Switch in the North\nMar 12, 2024 10:31 AM") == "2024-03-12")
        #expect(published(head: "Crop Switch in the North\nPUBLISHED: 10:48, Tue, Nov 19, 2019") == "2019-11-19")
        #expect(published(head: "Crop Switch in the North\nPosted on Sept. 3rd 2021 by Desk Staff") == "2021-09-03")
        #expect(published(head: "Crop Switch in the North\nBy Ann Lee | 2023-07-04T08:00:00Z") == "2023-07-04")
    }

    @Test func nearestUnlabelledDateToTheBodyIsTheArticles() {
        let head = "Tuesday, November 19, 2019\nWorld News\nCrop Switch in the North\nNovember 18, 2019 11:03 PM"
        #expect(published(head: head) == "2019-11-18")
    }

    @Test func datelineOpensTheFirstParagraph() {
        let text = "NAIROBI, March 3, 2023 — " + Self.body
        #expect(PlainTextExtractor().extract(text).article.metadata.published == "2023-03-03")
    }

    @Test func datesThatAreNotThePublication() {
        // An update alone, another label, an ambiguous numeric date, an impossible day, a teaser headline.
        #expect(published(head: "Crop Switch in the North\nUpdated: 14 March 2024 18:02 GMT") == nil)
        #expect(published(head: "Crop Switch in the North\nBirthdate : 1990-05-02") == nil)
        #expect(published(head: "Crop Switch in the North\n03/04/2024") == nil)
        #expect(published(head: "Crop Switch in the North\nFebruary 30, 2024") == nil)
        #expect(published(head: "Maize prices hit a record high as drought deepens, March 2, 2024\nCrop Switch in the North") == nil)
        #expect(PlainTextExtractor().extract("LONDON, copy 12: " + Self.body).article.metadata.published == nil)
    }

    @Test func dateLineTokensAndLimits() throws {
        let (date, cue) = try #require(PublishedDateReader.dateLine("First Published: Tuesday, November 19, 2019 08:38 AM"))
        #expect(date == CivilDate(year: 2019, month: 11, day: 19))
        #expect(cue == .published)
        #expect(PublishedDateReader.dateLine("Markets slump on rates, Mar 12, 2024") == nil)
        #expect(PublishedDateReader.dateline("WASHINGTON (Reuters) - The central bank held rates on Tuesday.") == nil)
    }

    @Test func seedsCarryNoPublicationDate() throws {
        // The seeds have no date by their titles; one has a birthdate in an author profile, which must stay out.
        let root = AnalysisFixtures.repositoryRoot.appendingPathComponent("seeds")
        for seed in SeedGoldenTests.seeds {
            let text = try String(contentsOf: root.appendingPathComponent("\(seed).txt"), encoding: .utf8)
            #expect(PlainTextExtractor().extract(text).article.metadata.published == nil, "\(seed)")
        }
    }
}
