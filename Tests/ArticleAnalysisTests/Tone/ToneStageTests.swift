import Foundation
import Testing

@testable import ArticleAnalysis

@Suite struct ToneStageTests {
    private func document(_ text: String) -> AnalysisDocument {
        let article = Article(name: "t.txt", bytes: Array(text.utf8), receivedAt: Date(timeIntervalSince1970: 0))
        var document = AnalysisDocument(article: article, options: AnalysisOptions())
        document.sentences = [Sentence(text: text, paragraph: 0)]
        return document
    }

    @Test func writesTheToneSection() throws {
        var document = document("The ceasefire collapsed and the fighting resumed.")
        try ToneStage().apply(to: &document)
        let tone = try #require(document.sections["tone"])
        guard case let .double(compound)? = tone["compound"] else { Issue.record("no compound"); return }
        #expect(compound < 0)
    }

    @Test func skipsNonEnglishWithAWarning() throws {
        var document = document("Die Regierung hat das Abkommen unterzeichnet.")
        document.language = LanguageGuess(code: "de", confidence: 0.99)
        try ToneStage().apply(to: &document)
        #expect(document.sections["tone"] == nil)
        #expect(document.warnings.contains { $0.contains("tone skipped") })
    }
}
