import Testing

@testable import ArticleAnalysis

@Suite struct ToneAnalyzerTests {
    let analyzer = ToneAnalyzer()

    @Test func badNewsReadsMoreNegativeThanGoodNews() {
        let bad = analyzer.tone(ofSentences: [
            "The bombing killed dozens of civilians and wounded hundreds more.",
            "Officials did not say who was responsible.",
        ])
        let good = analyzer.tone(ofSentences: [
            "The two countries signed a peace agreement on Tuesday, ending years of conflict.",
            "Leaders praised the breakthrough as a victory for cooperation.",
        ])
        #expect(bad.compound < -0.3)
        #expect(good.compound > 0.2)
        #expect(bad.negativeWords > bad.positiveWords)
        #expect(good.gdeltTone > 0)
        #expect(good.activityDensity > 0)
        #expect(bad.mostNegativeSentence == 0)
    }

    @Test func ratesArePerHundredWords() {
        let tone = analyzer.tone(ofSentences: ["good bad word word word word word word word word"])
        #expect(tone.wordCount == 10)
        #expect(tone.positiveWords == 10)
        #expect(tone.negativeWords == 10)
        #expect(tone.polarity == 20)
    }

    @Test func vaderFieldIsTheWholeTextCompound() {
        let sentences = ["The plot was good.", "But the characters are uncompelling and the dialog is not great."]
        let tone = analyzer.tone(ofSentences: sentences)
        #expect(abs(tone.vader - VaderAnalyzer().scores(of: sentences.joined(separator: " ")).compound) < 1e-12)
    }

    @Test func emptyArticleIsNeutral() {
        let tone = analyzer.tone(ofSentences: [])
        #expect(tone.compound == 0 && tone.vader == 0 && tone.wordCount == 0)
    }
}
