import Testing

@testable import ArticleAnalysis

@Suite struct KeyphraseExtractorTests {
    /// A short wire-style story (our own text) whose subject a reader names at once.
    static let story = [
        "The International Atomic Energy Agency said on Monday that Iran had expanded its uranium enrichment at Fordow.",
        "Inspectors from the International Atomic Energy Agency visited the site last week.",
        "Iran's foreign ministry rejected the report and said uranium enrichment was peaceful.",
        "Diplomats in Vienna said the findings would weigh on talks about the nuclear deal.",
        "The agency has asked Iran for access to two more sites, a request Tehran has not answered.",
        "Western governments called for a resolution censuring Iran at the agency's board meeting.",
    ]

    @Test func findsTheSubjectAndItsMultiWordNames() {
        let phrases = KeyphraseExtractor().keyphrases(ofSentences: Self.story).map(\.phrase)
        #expect(phrases.count == 10)
        #expect(phrases.prefix(6).contains("Iran"))
        #expect(phrases.contains { $0.lowercased() == "uranium enrichment" })
        // YAKE stops at three words; the two halves of the agency's name are joined back into one.
        #expect(phrases.first == "International Atomic Energy Agency")
        #expect(!phrases.contains("Atomic Energy") && !phrases.contains("International"))
    }

    @Test func yakeLikeListKeepsTheHalves() {
        let phrases = KeyphraseExtractor(refinesPhrases: false).keyphrases(ofSentences: Self.story).map(\.phrase)
        #expect(phrases.prefix(2) == ["International Atomic Energy", "Atomic Energy Agency"])
    }

    @Test func phrasesNeitherStartNorEndWithAStopWord() {
        let stop = Set(EnglishStopWords.words)
        for keyphrase in KeyphraseExtractor(limit: 30).keyphrases(ofSentences: Self.story) {
            let words = keyphrase.phrase.lowercased().split(separator: " ").map(String.init)
            #expect(words.count <= KeyphraseExtractor.maxJoinedWords)
            #expect(!stop.contains(words.first!) && !stop.contains(words.last!), "\(keyphrase.phrase)")
        }
    }

    @Test func scoresRiseDownTheListAndPartsOnlySeenInsideABetterPhraseAreDropped() {
        let keyphrases = KeyphraseExtractor(limit: 30).keyphrases(ofSentences: Self.story)
        #expect(zip(keyphrases, keyphrases.dropFirst()).allSatisfy { $0.score <= $1.score })
        for (index, part) in keyphrases.enumerated() {
            let wholes = keyphrases[..<index].filter { " \($0.phrase.lowercased()) ".contains(" \(part.phrase.lowercased()) ") }
            #expect(wholes.allSatisfy { $0.count < part.count }, "\(part.phrase)")
        }
    }

    @Test func emptyTextHasNoKeyphrases() {
        #expect(KeyphraseExtractor().keyphrases(ofSentences: []).isEmpty)
        #expect(KeyphraseExtractor().keyphrases(ofSentences: ["The and of it."]).isEmpty)
    }
}
