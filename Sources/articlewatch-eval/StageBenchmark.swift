import ArticleAnalysis
import Foundation

/// `articlewatch-eval bench-analysis [--seconds S] [--label NAME] DIR|FILE…`: analysis speed on ONE thread.
///
/// Loads every file first (no I/O is timed), warms up with one pass, then alternates two kinds of round
/// until `S` seconds of thread CPU time are spent: a whole-pipeline round (`AnalysisPipeline.analyze` plus
/// the JSON line, timed once per pass) and a per-stage round (each stage timed on its own, with the same
/// skip rules as the pipeline). Prints one JSON object: articles/s per stage and for the whole pipeline,
/// from the median and the best (least disturbed) round. Run it under `taskset -c 0` for one core.
func benchmarkAnalysis(_ arguments: [String]) throws {
    var seconds = 10.0
    var label = "corpus"
    var paths: [String] = []
    var rest = arguments[...]
    while let argument = rest.popFirst() {
        switch argument {
        case "--seconds": seconds = Double(rest.popFirst() ?? "") ?? seconds
        case "--label": label = rest.popFirst() ?? label
        default: paths.append(argument)
        }
    }
    let articles = try loadArticles(paths)
    guard !articles.isEmpty else { throw BenchmarkInputError(message: "no files in \(paths)") }
    let pipeline = try AnalysisPipeline.standard()
    let report = StageTimer(pipeline: pipeline, articles: articles).measure(seconds: seconds)
    print(report.json(label: label).serialized())
}

struct BenchmarkInputError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// Every regular file under the paths (directories are listed, not recursed), sorted by name.
func loadArticles(_ paths: [String]) throws -> [Article] {
    var files: [String] = []
    for path in paths {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw BenchmarkInputError(message: "no such file or directory: \(path)")
        }
        if isDirectory.boolValue {
            files += try FileManager.default.contentsOfDirectory(atPath: path).sorted().map { "\(path)/\($0)" }
        } else {
            files.append(path)
        }
    }
    let epoch = Date(timeIntervalSince1970: 1_750_000_000)
    return try files.map { file in
        Article(name: URL(fileURLWithPath: file).lastPathComponent, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: file))), receivedAt: epoch)
    }
}
