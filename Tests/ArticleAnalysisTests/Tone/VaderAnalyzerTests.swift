import Testing

@testable import ArticleAnalysis

/// Expected scores are vaderSentiment 3.3.2's own output for its demo sentences (the release's README and
/// `__main__` examples), so each case pins one rule to the reference implementation.
@Suite struct VaderAnalyzerTests {
    let analyzer = VaderAnalyzer()

    @Test(arguments: [
        ("VADER is smart, handsome, and funny.", 0.8316),  // plain lexicon words
        ("VADER is smart, handsome, and funny!", 0.8439),  // "!" emphasis
        ("VADER is very smart, handsome, and funny.", 0.8545),  // booster
        ("VADER is VERY SMART, handsome, and FUNNY.", 0.9227),  // ALL-CAPS emphasis
        ("VADER is not smart, handsome, nor funny.", -0.7424),  // negation
        ("The book was kind of good.", 0.3832),  // "kind of" dampener
        ("The plot was good, but the characters are uncompelling and the dialog is not great.", -0.7042),  // "but"
        ("At least it isn't a horrible book.", 0.431),  // "n't" negation, "at least"
        ("Today SUX!", -0.5461),  // slang, caps, "!"
        ("Make sure you :) or :D today!", 0.8633),  // emoticons
        ("Catch utf-8 emoji such as 💘 and 💋 and 😁", 0.875),  // emoji descriptions
        ("Sentiment analysis has never been this good!", 0.5672),  // "never this"
        ("With VADER, sentiment analysis is the shit!", 0.6476),  // special-case idiom
        ("Roger Dodger is one of the least compelling variations on this theme.", -0.1695),  // "least"
        ("", 0.0),
    ])
    func compoundMatchesVaderSentiment(sentence: String, expected: Double) {
        #expect(abs(analyzer.scores(of: sentence).compound - expected) < 0.00051)
    }

    @Test func sharesSumToOne() {
        let scores = analyzer.scores(of: "The plot was good, but the characters are uncompelling and the dialog is not great.")
        #expect(abs(scores.positive - 0.094) < 0.0005)
        #expect(abs(scores.negative - 0.327) < 0.0005)
        #expect(abs(scores.positive + scores.negative + scores.neutral - 1) < 1e-9)
    }

    @Test func newsSupplementScoresWordsVaderLacks() {
        let sentence = "Casualties mounted after the bombing."
        #expect(analyzer.scores(of: sentence).compound == 0)
        #expect(VaderAnalyzer(newsSupplement: true).scores(of: sentence).compound < -0.5)
    }
}
