import ArticleAnalysis
import Foundation

/// `articlewatch-eval keyphrases [--yake-dedup] FILE…`: the key phrases the standard pipeline finds in each
/// file, one JSON line per file: {"file": …, "keyphrases": [{phrase, score, count}…]}. With `--yake-dedup`
/// the list keeps parts of better phrases, as yake does, for a like-for-like overlap.
func keyphrasesOfFiles(_ arguments: [String]) throws {
    let yakeDedup = arguments.first == "--yake-dedup"
    let paths = yakeDedup ? Array(arguments.dropFirst()) : arguments
    let standard = try AnalysisPipeline.standard()
    let stage = KeyphraseStage(extractor: KeyphraseExtractor(refinesPhrases: !yakeDedup))
    let pipeline = try AnalysisPipeline(stages: standard.stages.map { $0.name == stage.name ? stage : $0 })
    for path in paths {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        let article = Article(name: path, bytes: bytes, receivedAt: Date(timeIntervalSince1970: 0))
        guard case let .analyzed(record) = pipeline.analyze(article, options: AnalysisOptions()) else { continue }
        let keyphrases = record.json["keyphrases"] ?? .array([])
        print(JSONValue.object([("file", .string(path)), ("keyphrases", keyphrases)]).serialized())
    }
}
