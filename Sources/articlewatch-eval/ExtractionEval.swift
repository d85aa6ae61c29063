import ArticleAnalysis
import Foundation
import Glibc

/// `articlewatch-eval extract-show FILE…`: the record the standard pipeline makes of each file, indented.
func extractShow(_ paths: [String]) throws {
    let pipeline = try AnalysisPipeline.standard()
    for path in paths {
        let article = Article(name: path, bytes: try readBytes(path), receivedAt: Date(timeIntervalSince1970: 0))
        switch pipeline.analyze(article, options: AnalysisOptions()) {
        case let .analyzed(record): print(record.json.prettySerialized())
        case let .failed(failure): print(failure.json.prettySerialized())
        }
    }
}

/// `articlewatch-eval extract-benchmark DIR`: runs the standard pipeline over every `*.html` file of DIR on
/// one thread and prints `{"<name without .html>": {"articleBody": …, "title": …}}` for the benchmark's scorer
/// on stdout, and pages, CPU seconds and pages/s of the timed pass on stderr (a warm-up pass runs first).
func extractBenchmark(_ arguments: [String]) throws {
    guard let directory = arguments.first else { throw EvalError.usage("extract-benchmark DIR") }
    let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".html") }.sorted()
    let articles = try names.map { name in
        Article(name: name, bytes: try readBytes(directory + "/" + name), receivedAt: Date(timeIntervalSince1970: 0))
    }
    let pipeline = try AnalysisPipeline.standard()
    let options = AnalysisOptions()
    var records: [AnalysisOutcome] = articles.map { pipeline.analyze($0, options: options) }
    let seconds = threadCPUSeconds { records = articles.map { pipeline.analyze($0, options: options) } }
    var fields: [(String, JSONValue)] = []
    for (name, outcome) in zip(names, records) {
        guard case let .analyzed(record) = outcome else { continue }
        fields.append((String(name.dropLast(5)), .object([
            ("articleBody", .string(record.text ?? "")), ("title", record.metadata.title.json),
            ("byline", record.metadata.byline.json), ("published", record.metadata.published.json),
            ("language", record.language.json),
        ])))
    }
    print(JSONValue.object(fields).serialized())
    let bytes = articles.reduce(0) { $0 + $1.bytes.count }
    FileHandle.standardError.write(Data(
        "{\"pages\": \(articles.count), \"bytes\": \(bytes), \"seconds\": \(seconds), \"pagesPerSecond\": \(Double(articles.count) / seconds)}\n".utf8))
}

/// `articlewatch-eval stage-timings [--repeat N] FILE…`: microseconds per article spent in each stage of the
/// standard pipeline (each stage timed on documents already carried through the stages before it).
func stageTimings(_ arguments: [String]) throws {
    var repeats = 200
    var paths = arguments
    if paths.first == "--repeat", paths.count >= 2, let count = Int(paths[1]) { repeats = count; paths.removeFirst(2) }
    let pipeline = try AnalysisPipeline.standard()
    let options = AnalysisOptions()
    let articles = try paths.map { Article(name: $0, bytes: try readBytes($0), receivedAt: Date(timeIntervalSince1970: 0)) }
    var documents = articles.map { AnalysisDocument(article: $0, options: options) }
    var rows: [(String, Double)] = []
    for stage in pipeline.stages {
        let before = documents
        var after = documents
        let seconds = threadCPUSeconds {
            for _ in 0..<repeats {
                after = before
                for index in after.indices { try? stage.apply(to: &after[index]) }
            }
        }
        rows.append((stage.name.rawValue, seconds * 1e6 / Double(repeats * max(1, articles.count))))
        documents = after
    }
    let total = rows.reduce(0) { $0 + $1.1 }
    let bytes = articles.reduce(0) { $0 + $1.bytes.count } / max(1, articles.count)
    print("stage timings (thread CPU time): \(articles.count) articles, mean \(bytes) bytes, \(repeats) repeats (µs per article)")
    for (name, micros) in rows { print(String(format: "  %-14@ %9.1f", name as NSString, micros)) }
    print(String(format: "  %-14@ %9.1f  (%.0f articles/s on one core)", "total" as NSString, total, 1e6 / total))
}

/// CPU seconds this thread spent in `work`: a one-core figure that other processes on a shared machine
/// do not inflate, unlike wall-clock time.
func threadCPUSeconds(_ work: () -> Void) -> Double {
    var start = timespec(), end = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
    work()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
    return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) * 1e-9
}

func readBytes(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
}

/// `articlewatch-eval extract-trace FILE`: every text block of an HTML page, kept or dropped, with its path.
func extractTrace(_ paths: [String]) throws {
    for path in paths {
        let html = String(decoding: try readBytes(path), as: UTF8.self)
        for line in HTMLExtractionTrace.trace(html) { print(line) }
    }
}
