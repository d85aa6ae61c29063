@testable import ArticleAnalysis
import Foundation

/// Runs the standard pipeline on text or bytes, and finds the repository's files for golden tests.
enum AnalysisFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func document(_ text: String, options: AnalysisOptions = AnalysisOptions()) throws -> AnalysisDocument {
        try document(bytes: Array(text.utf8), options: options)
    }

    static func document(bytes: [UInt8], options: AnalysisOptions = AnalysisOptions()) throws -> AnalysisDocument {
        var document = AnalysisDocument(
            article: Article(name: "fixture", bytes: bytes, receivedAt: Date(timeIntervalSince1970: 0)), options: options)
        for stage in try AnalysisPipeline.standard(options: options).stages { try stage.apply(to: &document) }
        return document
    }

    static func outcome(bytes: [UInt8]) throws -> AnalysisOutcome {
        try AnalysisPipeline.standard().analyze(
            Article(name: "fuzz", bytes: bytes, receivedAt: Date(timeIntervalSince1970: 0)), options: AnalysisOptions())
    }

    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent("Tests/ArticleAnalysisTests/Extraction/Fixtures/\(name)"), encoding: .utf8)
    }
}
