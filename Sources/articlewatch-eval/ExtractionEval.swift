import ArticleAnalysis
import Foundation

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

/// `articlewatch-eval extract-benchmark [--passes N] DIR`: runs the standard pipeline over every `*.html` file
/// of DIR on one thread and prints `{"<name without .html>": {"articleBody": …, "title": …}}` for the benchmark's
/// scorer on stdout. On stderr, one JSON line of timings measured the way the scorer measures trafilatura: one
/// warm-up pass, then N timed passes (default 3), the median pass's thread CPU time. Two figures: the extraction
/// stages alone (decode → media type → extract: what `trafilatura.extract` does) and the whole pipeline.
func extractBenchmark(_ arguments: [String]) throws {
    var arguments = arguments
    var passes = 3
    if arguments.first == "--passes", arguments.count >= 2, let count = Int(arguments[1]), count > 0 {
        passes = count
        arguments.removeFirst(2)
    }
    guard let directory = arguments.first else { throw EvalError.usage("extract-benchmark [--passes N] DIR") }
    let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".html") }.sorted()
    let articles = try names.map { name in
        Article(name: name, bytes: try readBytes(directory + "/" + name), receivedAt: Date(timeIntervalSince1970: 0))
    }
    let pipeline = try AnalysisPipeline.standard()
    let extraction = try extractionPipeline()
    let options = AnalysisOptions()
    var records: [AnalysisOutcome] = []
    func medianPass(_ pipeline: AnalysisPipeline) -> Double {
        records = articles.map { pipeline.analyze($0, options: options) }
        let seconds = (0..<passes).map { _ in
            threadCPUSeconds { records = articles.map { pipeline.analyze($0, options: options) } }
        }
        return seconds.sorted()[passes / 2]
    }
    let extractionSeconds = medianPass(extraction)
    let seconds = medianPass(pipeline)
    var fields: [(String, JSONValue)] = []
    for (name, outcome) in zip(names, records) {
        guard case let .analyzed(record) = outcome else { continue }
        fields.append((String(name.dropLast(5)), .object([
            ("articleBody", .string(record.text ?? "")), ("title", record.metadata.title.json),
            ("byline", record.metadata.byline.json), ("published", record.metadata.published.json),
            ("language", record.language.json), ("path", record.json["boilerplate"]?["path"] ?? .null),
        ])))
    }
    print(JSONValue.object(fields).serialized())
    let bytes = articles.reduce(0) { $0 + $1.bytes.count }
    let timing: JSONValue = .object([
        ("pages", .int(articles.count)), ("bytes", .int(bytes)), ("passes", .int(passes)),
        ("seconds", .double(extractionSeconds)), ("pagesPerSecond", .double(Double(articles.count) / extractionSeconds)),
        ("pipelineSeconds", .double(seconds)), ("pipelinePagesPerSecond", .double(Double(articles.count) / seconds)),
    ])
    FileHandle.standardError.write(Data((timing.serialized() + "\n").utf8))
}

/// The standard pipeline's stages up to and including `extract`: the page in, the clean article out.
func extractionPipeline() throws -> AnalysisPipeline {
    let stages = try AnalysisPipeline.standard().stages
    guard let last = stages.firstIndex(where: { $0.name.rawValue == "extract" }) else {
        throw EvalError.usage("the standard pipeline has no extract stage")
    }
    return try AnalysisPipeline(stages: Array(stages[...last]))
}

/// `articlewatch-eval extract-passes N DIR|FILE…`: the extraction stages (decode → extract) N times over the
/// files and nothing else. Under callgrind, instructions with N=2 minus N=1 are one pass without start-up.
func extractPasses(_ arguments: [String]) throws {
    guard let passes = arguments.first.flatMap({ Int($0) }), passes >= 0 else {
        throw EvalError.usage("extract-passes N DIR|FILE…")
    }
    let articles = try loadArticles(Array(arguments.dropFirst()))
    let pipeline = try extractionPipeline()
    var bytesOut = 0
    for _ in 0..<passes {
        for article in articles {
            if case let .analyzed(record) = pipeline.analyze(article, options: AnalysisOptions()) {
                bytesOut &+= record.text?.utf8.count ?? 0
            }
        }
    }
    print("{\"articles\":\(articles.count),\"passes\":\(passes),\"bytesOut\":\(bytesOut)}")
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
    let start = CPUTime.thread()
    work()
    return CPUTime.thread() - start
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

/// `articlewatch-eval extract-condense-check DIR`: for every `*.html` page of DIR, whether the extraction trace
/// (metadata, every block with its element path, scores and verdict) is the same when libxml2 gets the page
/// as it is and when it gets it condensed (`MarkupCondenser`). Prints the pages that differ.
func extractCondenseCheck(_ arguments: [String]) throws {
    guard let directory = arguments.first else { throw EvalError.usage("extract-condense-check DIR") }
    let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".html") }.sorted()
    var differing = 0
    for name in names {
        let html = String(decoding: try readBytes(directory + "/" + name), as: UTF8.self)
        let condensed = HTMLExtractionTrace.trace(html), whole = HTMLExtractionTrace.trace(html, condensed: false)
        guard condensed != whole else { continue }
        differing += 1
        let line = zip(condensed, whole).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(condensed.count, whole.count)
        print("\(name): first difference at trace line \(line)")
        if line < condensed.count { print("  condensed: \(condensed[line].prefix(160))") }
        if line < whole.count { print("  as is:     \(whole[line].prefix(160))") }
    }
    print("\(names.count) pages, \(differing) with a different extraction when condensed")
}
