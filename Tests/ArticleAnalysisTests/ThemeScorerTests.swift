import ArticleAnalysis
import Testing

@Suite struct ThemeScorerTests {
    @Test func countsCuesPerTheme() {
        let sentences = [
            "Iran faces crippling sanctions and an oil embargo.", "The IAEA inspected uranium enrichment at Natanz.",
            "Talks on the nuclear deal resumed.",
        ].map { WordTokenizer.tokens(of: $0) }
        let scores = ThemeScorer().scores(sentences: sentences)
        let sanctions = scores.first { $0.theme == "SANCTIONS" }
        #expect(sanctions?.evidence == 2 && sanctions?.sentences == 1)
        let nuclear = scores.first { $0.theme == "NUCLEAR" }
        #expect((nuclear?.evidence ?? 0) >= 4)
        #expect(scores.first?.theme == "NUCLEAR")
        #expect(!scores.contains { $0.theme == "HEALTH" })
    }
}
