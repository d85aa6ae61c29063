import ArticleAnalysis
import Testing

@Suite struct DatesStageTests {
    private func dates(_ text: String, published: String? = nil) throws -> [DateMention] {
        let document = try QuotesSeedArticles.text(text, published: published)
        return DatesStage.dates(in: document.sentences, published: document.metadata.published)
    }

    @Test(arguments: [
        ("Russia and Iran formed a network in September 2015.", "September 2015", "2015-09", DateMention.Granularity.month),
        ("The deal was signed on February 23, 2023, in Moscow.", "February 23, 2023", "2023-02-23", .day),
        ("The deal was signed on 23rd February 2023.", "23rd February 2023", "2023-02-23", .day),
        ("It ended in the 1990s.", "1990s", "199X", .decade),
        ("Talks resume in mid-2023.", "mid-2023", "2023", .year),
        ("Filed 2023-02-23 by the clerk.", "2023-02-23", "2023-02-23", .day),
        ("The plant became operational in 2013.", "2013", "2013", .year),
        ("They met on Sept. 4, 2019 in Sochi.", "Sept. 4, 2019", "2019-09-04", .day),
    ])
    func singleDates(text: String, expectedText: String, normalized: String, granularity: DateMention.Granularity) throws {
        let found = try dates(text)
        #expect(found.map(\.text) == [expectedText])
        #expect(found.first?.normalized == normalized)
        #expect(found.first?.granularity == granularity)
        #expect(found.first?.isPartial == false)
    }

    @Test func monthsShareTheYearThatClosesTheList() throws {
        let found = try dates("Iran and Israel clashed in April and October 2024.")
        #expect(found.map(\.normalized) == ["2024-04", "2024-10"])
    }

    @Test func weekdayAndDayWithoutAYearStaysPartial() throws {
        let found = try dates("On Thursday, February 23, activists reported the death.")
        #expect(found.map(\.text) == ["Thursday, February 23"])
        #expect(found.first?.normalized == "--02-23")
        #expect(found.first?.isPartial == true)
    }

    @Test func publicationDateAnchorsTheYearMatchingTheWeekday() throws {
        let sentence = "On Thursday, February 23, activists reported the death."
        let anchored = try dates(sentence, published: "2023-02-25T08:00:00Z")
        #expect(anchored.first?.normalized == "2023-02-23")
        #expect(anchored.first?.yearSource == .published)
        // Published a year later: 2024-02-23 is a Friday, so the Thursday is still 2023's.
        #expect(try dates(sentence, published: "2024-03-01").first?.normalized == "2023-02-23")
        // A published date in words, or in an HTTP-style header, works too; one that cannot be read anchors nothing.
        #expect(try dates(sentence, published: "25 February 2023").first?.normalized == "2023-02-23")
        #expect(try dates(sentence, published: "Sat, 25 Feb 2023 10:00:00 GMT").first?.normalized == "2023-02-23")
        #expect(try dates(sentence, published: "yesterday").first?.normalized == "--02-23")
    }

    @Test func rangesGiveBothYears() throws {
        #expect(try dates("The intervention between 1941 and 1945 left marks.").map(\.normalized) == ["1941", "1945"])
        #expect(try dates("In the 1960s and 1970s the Soviet Union built factories.").map(\.normalized) == ["196X", "197X"])
    }

    @Test func moneyCountsAndNamesAreNotDates() throws {
        #expect(try dates("Trade reached $2015 and 2,000 troops moved; Moscow deployed 1500 troops.").isEmpty)
        #expect(try dates("Theresa May said the plan would March on without the S-300.").isEmpty)
        #expect(try dates("Tariffs fell 2020 percent, a 1999 million loss.").isEmpty)
    }

    @Test func yearBeforeAPluralNounStaysAYearAfterADateWord() throws {
        #expect(try dates("The 2022 elections changed little.").map(\.normalized) == ["2022"])
    }

    @Test func cuedMonthWithoutYearIsPartialOrAnchored() throws {
        #expect(try dates("The vote is due in May.").map(\.normalized) == ["--05"])
        #expect(try dates("The vote is due in May.", published: "2024-04-10").map(\.normalized) == ["2024-05"])
    }

    @Test func seedDates() throws {
        let document = try QuotesSeedArticles.seed("001")
        let found = DatesStage.dates(in: document.sentences)
        #expect(found.contains { $0.text == "September 2015" && $0.normalized == "2015-09" })
        #expect(found.filter { $0.normalized.hasPrefix("2024-") }.map(\.normalized) == ["2024-04", "2024-10"])
        let september = try #require(found.first { $0.text == "September 2015" })
        #expect(document.sentences[september.sentence].text.hasPrefix("In September 2015"))

        let decades = DatesStage.dates(in: try QuotesSeedArticles.seed("002").sentences)
        #expect(decades.filter { $0.granularity == .decade }.map(\.normalized) == ["196X", "197X"])
        #expect(decades.contains { $0.normalized == "1979" })

        // Seed 004's only weekday date sits in a "Latest news" teaser: the extractor removes it, so no date
        // may come from it.
        let teaser = DatesStage.dates(in: try QuotesSeedArticles.seed("004").sentences)
        #expect(!teaser.contains { $0.text == "Thursday, February 23" })
    }
}
