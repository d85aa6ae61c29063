import ArticleAnalysis
import Foundation

/// `articlewatch-eval summary FILE…`: the summary the standard pipeline writes for each file, as text.
func summaryOfFiles(_ paths: [String]) throws {
    let pipeline = try AnalysisPipeline.standard()
    for path in paths {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        let article = Article(name: path, bytes: bytes, receivedAt: Date(timeIntervalSince1970: 0))
        guard case let .analyzed(record) = pipeline.analyze(article, options: AnalysisOptions()) else { continue }
        print(path)
        for sentence in record.sections.summary { print("  [\(sentence.index)] \(sentence.text)") }
    }
}
