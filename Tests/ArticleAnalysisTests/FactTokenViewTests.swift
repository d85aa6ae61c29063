import Testing

@testable import ArticleAnalysis

/// The amount, date and quote scanners read their tokens from the segment stage's token table
/// (`TokenTable.factTokens(ofSentence:)`, `FactTokenWindow`); these must be exactly what the fact tokenizer
/// gives over the same bytes, or the stages' results would change.
@Suite struct FactTokenViewTests {
    @Test(arguments: ["000", "001", "002", "003", "004"])
    func segmentedSeedsGiveTheTokenizersTokens(seed: String) throws {
        let document = try QuotesSeedArticles.seed(seed)
        let table = document.tokenTable
        #expect(table.sentences.count == document.sentences.count)
        var viewed: [FactToken] = []
        var scanned: [FactToken] = []
        var runsSplitAgain = 0
        for (index, sentence) in document.sentences.enumerated() {
            table.factTokens(ofSentence: index, into: &viewed)
            let bytes = Array(sentence.text.utf8)
            FactTokenizer.tokenize(bytes.span, 0..<bytes.count, into: &scanned)
            #expect(viewed == scanned, "\(sentence.text)")
            runsSplitAgain += scanned.count
        }
        #expect(runsSplitAgain > 100)
        FactTokenCheck.check(table)
    }

    @Test(arguments: [
        "Twenty-five people and two hundred troops came; one’s share was $4bn (US$300k) or €2.5m.",
        "It happened in mid-Jan and again in pre-May; see the 1990s, 2023-02-23 and 5G at 10:30.",
        "“We will,” he said.“No.” Iran’s 2,000,\u{A0}3,14159 U.S. rock’n’roll A2000 F-35 1,234.5.",
        "Ｆｉｖｅ ５ ٣ people,\u{3000}£5, ¥7, ₹9 crore, Rs. 500 and USD 5 million\u{2009}— «ok» …",
        " leading and trailing blanks ", "\u{3000}odd blank first", "", "x", "$", "a'", "’s", "2,00", "1.",
    ])
    func oddSentencesGiveTheTokenizersTokens(text: String) {
        FactTokenCheck.check(TokenTable(sentenceTexts: [text, text + " " + text, "A " + text]))
    }
}
