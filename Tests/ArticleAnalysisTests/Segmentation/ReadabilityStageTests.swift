@testable import ArticleAnalysis
import Testing

@Suite struct ReadabilityStageTests {
    @Test func englishGetsFleschAndReadingTime() throws {
        let text = "A headline for it\n\nThe cat sat on the mat. The dog ran to the park and back again. It was a fine day for a walk in the sun with friends."
        let readability = try #require(try AnalysisFixtures.document(text).sections.readability).json
        #expect(readability["sentences"] == .int(3))
        #expect(readability["paragraphs"] == .int(1))
        guard case let .double(ease)? = readability["fleschReadingEase"] else { Issue.record("no Flesch score"); return }
        #expect(ease > 80)  // short sentences of one-syllable words read very easily
        #expect(readability["readingTimeMinutes"] != nil)
    }

    @Test(arguments: [("cat", 1), ("table", 2), ("make", 1), ("reading", 2), ("university", 5), ("the", 1), ("syllable", 3)])
    func countsSyllables(word: String, syllables: Int) {
        #expect(SyllableCounter.count(word[...]) == syllables)
    }
}
