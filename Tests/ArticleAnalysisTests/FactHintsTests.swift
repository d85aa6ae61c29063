import Foundation
import Testing

@testable import ArticleAnalysis

/// The amount stage scans only the sentences the token table says may hold one. That test must never skip
/// a sentence the scanner would find an amount in, or results would change.
@Suite struct FactHintsTests {
    private static let oddSentences = [
        "Twenty-five people and two hundred troops came; one’s share was $4bn (US$300k) or €2.5m.",
        "x.one percent of them, 5five, ONE\u{212A}, éone, twenty-five, a dozen eggs.",
        "It happened in mid-Jan and again in pre-May; see the 1990s and 2023-02-23.",
        "No numbers here, only words like Janet, Marine and October's fest.",
        "Ｆｉｖｅ ５ ٣ people, £5, ¥7, ₹9 crore, Rs. 500 and USD 5 million.",
        "", "…", "Mid-Feb", "Sept.",
    ]

    private static func sentences() throws -> [String] {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: SharedData.root.appendingPathComponent("seeds").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        var texts = oddSentences
        for seed in seeds {
            let text = try SharedData.text("seeds/" + seed)
            texts += text.split(whereSeparator: { $0 == "\n" || $0 == "." }).map(String.init)
        }
        return texts
    }

    @Test func everySentenceWithAnAmountIsACandidate() throws {
        let texts = try Self.sentences()
        let table = TokenTable(sentenceTexts: texts)
        let candidates = table.sentencesWithNumbers(letters: QuantityLexicon.numberWordLetters) { QuantityLexicon.numberWords[$0] != nil }
        var scanner = AmountScanner()
        var cache = FactTokenCache()
        var found = 0
        for (index, text) in texts.enumerated() {
            var amounts: [Amount] = []
            scanner.scan(table, sentence: index, cache: &cache, into: &amounts)
            found += amounts.count
            #expect(amounts.isEmpty || candidates[index], "\(text)")
        }
        #expect(found > 10)
        #expect(candidates.contains(false))
    }
}
