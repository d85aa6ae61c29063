import ArticleAnalysis
import Foundation

/// CPU time of this thread in nanoseconds: the machine is shared, so wall time would count other work.
private func threadCPUNanoseconds() -> Int64 {
    Int64((CPUTime.thread() * 1e9).rounded())
}

/// `articlewatch-eval stage-cpu-times [--repeat N] [--disable STAGE,…] FILE…`: runs the standard stages
/// (less the disabled ones) over the files N times
/// (default 200) on one thread and prints the mean CPU time per article of each stage, in microseconds,
/// and the articles per second of the whole pipeline. For `make bench`; no assertion, just figures.
func stageCPUTimes(_ arguments: [String]) throws {
    var repeats = 200
    var disabled: Set<String> = []
    var paths = arguments
    while paths.count > 1, paths[0].hasPrefix("--") {
        if paths[0] == "--repeat", let count = Int(paths[1]) { repeats = count }
        if paths[0] == "--disable" { disabled = Set(paths[1].split(separator: ",").map(String.init)) }
        paths.removeFirst(2)
    }
    guard !paths.isEmpty else { throw EvalUsageError("usage: articlewatch-eval stage-cpu-times [--repeat N] [--disable STAGE,…] FILE…") }
    let articles = try paths.map { path in
        Article(name: path, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))), receivedAt: Date(timeIntervalSince1970: 0))
    }
    let stages = try AnalysisPipeline.standard(options: AnalysisOptions(disabledStages: disabled)).stages
    var totals = [Int64](repeating: 0, count: stages.count)
    for _ in 0..<repeats {
        for article in articles {
            var document = AnalysisDocument(article: article, options: AnalysisOptions())
            for (index, stage) in stages.enumerated() {
                if stage.requirements.unmet(languageCode: document.language?.code) != nil { continue }
                let start = threadCPUNanoseconds()
                try? stage.apply(to: &document)
                totals[index] += threadCPUNanoseconds() - start
            }
        }
    }
    let runs = Double(repeats * articles.count)
    let meanBytes = Double(articles.reduce(0) { $0 + $1.bytes.count }) / Double(articles.count)
    print(String(format: "%d articles × %d runs, mean size %.0f bytes", articles.count, repeats, meanBytes))
    var sum = 0.0
    for (index, stage) in stages.enumerated() {
        let perArticle = Double(totals[index]) / 1000 / runs
        sum += perArticle
        print("  \(stage.name.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0))" + String(format: "%9.1f µs/article", perArticle))
    }
    print(String(format: "  %@%9.1f µs/article  = %.0f articles/s on one core", "total".padding(toLength: 12, withPad: " ", startingAt: 0), sum, 1e6 / sum))
}
