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
        let tone = try #require(document.sections.tone).json
        guard case let .double(compound)? = tone["compound"] else { Issue.record("no compound"); return }
        #expect(compound < 0)
    }

    @Test func skipsNonEnglishWithAWarning() throws {
        let pipeline = try AnalysisPipeline(stages: [
            PresetSentencesStage(["Die Regierung hat das Abkommen unterzeichnet."], language: "de"), ToneStage(),
        ])
        let article = Article(name: "t.txt", bytes: [], receivedAt: Date(timeIntervalSince1970: 0))
        guard case let .analyzed(record) = pipeline.analyze(article, options: AnalysisOptions()) else {
            Issue.record("expected a record")
            return
        }
        #expect(record.json["tone"] == .null)
        #expect(record.warnings == ["tone skipped: the lexicon is English and the article is 'de'"])
    }

    /// The record's compound of a one-sentence text is the sentence's own score: extraction keeps a short
    /// snippet whole and repair leaves its words apart ("beauty -and" is a dash). Real data: the first 40
    /// NYT editorial snippets of the VADER ICWSM-2014 set and three whose dashes were once glued.
    @Test func aOneSentenceArticleScoresAsItsSentence() throws {
        let lines = try SharedData.text("data/vader-icwsm2014/nytEditorialSnippets_GroundTruth.txt")
            .split(whereSeparator: \.isNewline)
        let chosen = Array(0..<40) + [1573, 2281, 3684]
        let pipeline = try AnalysisPipeline.standard()
        let analyzer = ToneAnalyzer()
        var oneSentence = 0
        for index in chosen {
            let snippet = String(lines[index].split(separator: "\t", maxSplits: 2)[2]).trimmingCharacters(in: .whitespaces)
            let article = Article(name: "snippet.txt", bytes: Array(snippet.utf8), receivedAt: Date(timeIntervalSince1970: 0))
            guard case let .analyzed(record) = pipeline.analyze(article, options: AnalysisOptions()),
                let tone = record.sections.tone, let sentences = record.sections.sentences
            else { Issue.record("line \(index + 1): no tone"); continue }
            let compound = (tone.compound * 10_000).rounded() / 10_000
            guard sentences.count == 1 else { continue }
            oneSentence += 1
            let expected = (analyzer.tone(ofSentences: [snippet]).compound * 10_000).rounded() / 10_000
            #expect(compound == expected, "line \(index + 1): \(snippet)")
        }
        #expect(oneSentence >= chosen.count - 2)
    }
}
