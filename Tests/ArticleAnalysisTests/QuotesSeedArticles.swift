import ArticleAnalysis
import Foundation

/// Articles for the quotes, amounts and dates suites, run through the real stages up to segmentation:
/// the seed articles in `seeds/` (real news) and short texts written for one case each.
enum QuotesSeedArticles {
    static let seedDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    /// The seed whose file name starts with `prefix` ("000" … "004"), segmented.
    static func seed(_ prefix: String) throws -> AnalysisDocument {
        let names = try FileManager.default.contentsOfDirectory(atPath: seedDirectory.path)
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: seedDirectory.appendingPathComponent(prefix).path])
        }
        let bytes = try Data(contentsOf: seedDirectory.appendingPathComponent(name))
        return try segmented(Array(bytes))
    }

    /// A plain text (paragraphs separated by newlines), segmented.
    static func text(_ text: String, published: String? = nil) throws -> AnalysisDocument {
        var document = try segmented(Array(text.utf8))
        document.metadata.published = published
        return document
    }

    private static func segmented(_ bytes: [UInt8]) throws -> AnalysisDocument {
        var document = AnalysisDocument(
            article: Article(name: "test.txt", bytes: bytes, receivedAt: Date(timeIntervalSince1970: 0)),
            options: AnalysisOptions())
        let stages: [any AnalysisStage] = [DecodeStage(), MediaTypeStage(), ExtractStage(), SegmentStage()]
        for stage in stages { try stage.apply(to: &document) }
        return document
    }
}
