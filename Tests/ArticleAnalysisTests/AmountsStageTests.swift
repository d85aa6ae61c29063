import ArticleAnalysis
import Testing

@Suite struct AmountsStageTests {
    private func amounts(_ text: String) throws -> [Amount] {
        AmountsStage.amounts(in: try QuotesSeedArticles.text(text).sentences)
    }

    @Test(arguments: [
        ("Trade does not exceed $4 billion a year.", "$4 billion", 4e9, "USD"),
        ("The club paid €2.5m for him.", "€2.5m", 2.5e6, "EUR"),
        ("The budget is 1.2 trillion rubles this year.", "1.2 trillion rubles", 1.2e12, "RUB"),
        ("The scheme costs Rs 500 crore over five years.", "Rs 500 crore", 5e9, "INR"),
        ("He earned US$300k last year.", "US$300k", 3e5, "USD"),
        ("Exports reached £3bn in March.", "£3bn", 3e9, "GBP"),
        ("The fund holds 5 million U.S. dollars.", "5 million U.S. dollars", 5e6, "USD"),
        ("Iran was offered 20 billion Canadian dollars.", "20 billion Canadian dollars", 2e10, "CAD"),
    ])
    func money(text: String, expectedText: String, value: Double, currency: String) throws {
        let found = try amounts(text).filter { $0.kind == .money }
        #expect(found.map(\.text) == [expectedText])
        #expect(found.first?.value == value)
        #expect(found.first?.currency == currency)
    }

    @Test func percentages() throws {
        let found = try amounts("Tariffs fall on 90 percent of goods, 12.5% of services and seven per cent of the rest.")
        #expect(found.map(\.kind) == [.percent, .percent, .percent])
        #expect(found.map(\.value) == [90, 12.5, 7])
        let points = try amounts("Support rose by 3.5 percentage points.")
        #expect(points.first?.unit == "percentage points")
        // Decimals parse without binary drift: 2.72, not 2.7199999999999998.
        #expect(try amounts("Inflation was 2.72 percent and growth 0.6%.").map(\.value) == [2.72, 0.6])
    }

    @Test func countsWithTheirNoun() throws {
        let found = try amounts(
            "Russia sent 2,000 troops and three Iranian-made drones, twenty-five advisers and two hundred and fifty people.")
        #expect(found.map(\.kind) == [.count, .count, .count, .count])
        #expect(found.map(\.value) == [2000, 3, 25, 250])
        #expect(found.map(\.unit) == ["troops", "drones", "advisers", "people"])
        #expect(found.map(\.text).first == "2,000 troops")
    }

    @Test func yearsModelNumbersOrdinalsAndTimesAreNotAmounts() throws {
        #expect(try amounts("In 2016, Russia handed over the S-300 system and the Su-35 was discussed.").isEmpty)
        #expect(try amounts("The 2022 elections were held at 10:30 on the 12th day.").isEmpty)
        #expect(try amounts("According to one source, the 1990s were different.").isEmpty)
        #expect(try amounts("The five-year plan covers one of the regions.").isEmpty)
    }

    @Test func yearAfterAnArticleBeforeASingularNounInIsIsNotACount() throws {
        #expect(try amounts("Then, a 2018 analysis of the data found plumes; the 2019 crisis followed.").isEmpty)
        #expect(try amounts("Some 600,000 Israelis live there.").map(\.unit) == ["israelis"])
    }

    @Test func dozensScalesAndModelNames() throws {
        #expect(try amounts("The outbreak affected nearly three dozen immigrants.").map(\.value) == [36])
        #expect(try amounts("Edmunds expects 16.6 million vehicles will be sold.").map(\.value) == [16_600_000])
        #expect(try amounts("No doubt the LC 500 Convertible looks stylish, and Black Friday 2019 deals are here.").isEmpty)
    }

    @Test func fourDigitCountAfterAVerbIsACountNotAYear() throws {
        let found = try amounts("Moscow deployed 1500 troops near the border.")
        #expect(found.map(\.unit) == ["troops"])
        #expect(found.first?.value == 1500)
    }

    @Test func sentenceIndexPointsAtTheSentence() throws {
        let document = try QuotesSeedArticles.text("Nothing here. Then $4 billion arrived.")
        let found = AmountsStage.amounts(in: document.sentences)
        let sentence = try #require(found.first?.sentence)
        #expect(document.sentences[sentence].text.contains("$4 billion"))
    }

    @Test func seedMoneyPercentAndCounts() throws {
        let trade = AmountsStage.amounts(in: try QuotesSeedArticles.seed("002").sentences)
        #expect(trade.filter { $0.kind == .money }.map(\.value) == [4e9, 25e9])
        #expect(trade.filter { $0.kind == .money }.allSatisfy { $0.currency == "USD" })
        let tariffs = AmountsStage.amounts(in: try QuotesSeedArticles.seed("003").sentences)
        #expect(tariffs.filter { $0.kind == .percent }.map(\.text) == ["90 percent"])
        // The boilerplate's phone number, street number and follower counts are not amounts.
        #expect(tariffs.allSatisfy { $0.kind != .count || $0.value < 10 })
        let sanctions = AmountsStage.amounts(in: try QuotesSeedArticles.seed("004").sentences)
        #expect(sanctions.contains { $0.text == "four rounds" && $0.value == 4 })
        #expect(!sanctions.contains { $0.text.contains("100") })  // "H. RES. 100"
    }
}
