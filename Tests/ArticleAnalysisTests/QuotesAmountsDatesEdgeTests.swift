import ArticleAnalysis
import Testing

/// Every quote, amount and date points at a real sentence and is cut from its text, on texts made of
/// awkward fragments (a currency sign at the end, "Feb." with nothing after, unclosed and stray quote marks).
@Suite struct QuotesAmountsDatesEdgeTests {
    static let fragments = [
        "$", "€2.5m", "Rs.", "US$", "2,000", "1,", "12.5%", "Feb.", "Thursday,", "February 23", "2023-", "2023-02-",
        "mid-", "1990s", "“", "”", "\"", "'", "‘", "’", "said", "according to", "he said.", "Putin:", "twenty-",
        "hundred and", "per", "cent", "percentage", "U.S.", "troops", "in May", "–", "—", "«", "»", "S-300", "10:30",
        "officials said", "“We will respond,”", "ninety", "billion", "rubles", "Iran’s", "…", ".", ",", "Рубль 5",
    ]

    /// A fixed linear congruential sequence: the same texts on every run.
    private func texts(count: Int) -> [String] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        return (0..<count).map { _ in
            (0..<(1 + next(30))).map { _ in Self.fragments[next(Self.fragments.count)] }.joined(separator: next(4) == 0 ? "" : " ")
        }
    }

    @Test func resultsPointAtTheirSentenceOnAwkwardTexts() throws {
        for text in texts(count: 400) {
            let document = try QuotesSeedArticles.text(text)
            let sentences = document.sentences
            for amount in AmountsStage.amounts(in: sentences) {
                #expect(sentences.indices.contains(amount.sentence))
                #expect(sentences[amount.sentence].text.contains(amount.text), "\(amount) in \(text)")
            }
            for date in DatesStage.dates(in: sentences, published: "2024-01-15") {
                #expect(sentences[date.sentence].text.contains(date.text), "\(date) in \(text)")
            }
            for quote in QuotesStage.quotes(in: sentences) {
                #expect(sentences.indices.contains(quote.sentence))
                #expect(!quote.text.isEmpty)
                let paragraph = document.paragraphs[sentences[quote.sentence].paragraph]
                #expect(paragraph.contains(quote.text), "\(quote) in \(text)")
            }
        }
    }

    @Test func markOnlyTextsAndImpossibleDatesGiveNothing() throws {
        for text in ["“", "$", "”,” said.", "'", "2023-02-30 and February 30, 2023"] {
            let sentences = try QuotesSeedArticles.text(text).sentences
            #expect(QuotesStage.quotes(in: sentences).isEmpty)
            #expect(DatesStage.dates(in: sentences).allSatisfy { !($0.month == 2 && $0.day == 30) })
        }
    }
}
