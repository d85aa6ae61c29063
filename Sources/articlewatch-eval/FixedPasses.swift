import ArticleAnalysis

/// `articlewatch-eval analysis-passes N DIR|FILE…`: runs the pipeline (and the JSON line) N times over the
/// corpus and nothing else, for instruction counting: under callgrind, (instructions with N=2) minus
/// (instructions with N=1) is one pass without the loading and start-up, whatever they cost.
func runAnalysisPasses(_ arguments: [String]) throws {
    guard let passes = arguments.first.flatMap({ Int($0) }), passes >= 0 else {
        throw BenchmarkInputError(message: "usage: analysis-passes N DIR|FILE…")
    }
    let articles = try loadArticles(Array(arguments.dropFirst()))
    let pipeline = try AnalysisPipeline.standard()
    let options = AnalysisOptions()
    var bytesOut = 0
    for _ in 0..<passes {
        for article in articles {
            switch pipeline.analyze(article, options: options) {
            // The line the daemon and `analyze` write (`line()`), not a `JSONValue` tree read back from it.
            case let .analyzed(record): bytesOut &+= record.line().count
            case let .failed(record): bytesOut &+= record.line().count
            }
        }
    }
    print("{\"articles\":\(articles.count),\"passes\":\(passes),\"bytesOut\":\(bytesOut)}")
}
