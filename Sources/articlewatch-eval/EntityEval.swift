import ArticleAnalysis
import Foundation

/// `articlewatch-eval entities FILE…`: the entities, themes and dyads of each article, one JSON line each
/// ({"file", "entities", "themes", "dyads"}), through the standard pipeline.
func entityReport(_ arguments: [String]) throws {
    let pipeline = try AnalysisPipeline.standard()
    let showEvents = arguments.contains("--events")
    for path in arguments where path != "--events" {
        if showEvents { try printEvents(path) }
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let article = Article(name: path, bytes: bytes, receivedAt: Date(timeIntervalSince1970: 0))
        guard case let .analyzed(record) = pipeline.analyze(article, options: AnalysisOptions()) else {
            print(JSONValue.object([("file", .string(path)), ("failed", .bool(true))]).serialized())
            continue
        }
        let json = record.json
        print(
            JSONValue.object([
                ("file", .string(path)), ("entities", json["entities"] ?? .null), ("themes", json["themes"] ?? .null),
                ("dyads", json["dyads"] ?? .null),
            ]).serialized())
    }
}

/// `articlewatch-eval entities-bench [--repeat N] FILE…`: time of the entities, themes and dyads stages per
/// article, normalised to 7 KB of text (the yardstick), on this one core.
func entityBench(_ arguments: [String]) throws {
    var repeats = 200
    var paths = arguments
    if let flag = paths.firstIndex(of: "--repeat"), flag + 1 < paths.count {
        repeats = Int(paths[flag + 1]) ?? repeats
        paths.removeSubrange(flag...(flag + 1))
    }
    let segmented = try AnalysisPipeline(stages: [DecodeStage(), MediaTypeStage(), ExtractStage(), SegmentStage()])
    var documents: [AnalysisDocument] = []
    for path in paths {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        var document = AnalysisDocument(
            article: Article(name: path, bytes: bytes, receivedAt: Date(timeIntervalSince1970: 0)),
            options: AnalysisOptions())
        for stage in segmented.stages { try stage.apply(to: &document) }
        documents.append(document)
    }
    let textBytes = documents.map { $0.sentences.reduce(0) { $0 + $1.text.utf8.count } }.reduce(0, +)
    _ = EntityLexicon.standard.phrases.count  // parse the bundled tables before timing
    _ = CameoVerbDictionary.standard.blocks.count
    let stages: [(String, any AnalysisStage)] = [("entities", EntityStage()), ("themes", ThemeStage()), ("dyads", DyadStage())]
    // The machine is shared: count this thread's CPU time (not wall time), over `rounds` rounds, and keep
    // each stage's fastest round, the least disturbed one.
    let rounds = 5
    var seconds = [Double](repeating: .infinity, count: stages.count)
    for _ in 0..<rounds {
        var round = [Double](repeating: 0, count: stages.count)
        for _ in 0..<max(repeats / rounds, 1) {
            for var document in documents {
                for (index, stage) in stages.enumerated() {
                    let start = threadCPUSeconds()
                    try stage.1.apply(to: &document)
                    round[index] += threadCPUSeconds() - start
                }
            }
        }
        for index in seconds.indices { seconds[index] = min(seconds[index], round[index]) }
    }
    let articles = Double(max(repeats / rounds, 1) * documents.count)
    let per7KB = 7 * 1024 / (Double(textBytes) / Double(documents.count))
    print("articles: \(documents.count), mean text: \(textBytes / max(documents.count, 1)) bytes, repeats: \(repeats), thread CPU time")
    for (index, (name, _)) in stages.enumerated() {
        let perArticle = seconds[index] / articles * 1000
        let label = name.padding(toLength: 9, withPad: " ", startingAt: 0)
        print(label + String(format: " %.4f ms/article  %.4f ms per 7 KB", perArticle, perArticle * per7KB))
    }
    let total = seconds.reduce(0, +) / articles * 1000
    print(String(format: "total     %.4f ms/article  %.4f ms per 7 KB  (%.0f articles/s at 7 KB)", total, total * per7KB, 1000 / (total * per7KB)))
}

/// `--events`: every coded event with its sentence, for reading what the dyads rest on.
private func printEvents(_ path: String) throws {
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    var document = AnalysisDocument(
        article: Article(name: path, bytes: bytes, receivedAt: Date(timeIntervalSince1970: 0)), options: AnalysisOptions())
    for stage in try AnalysisPipeline.standard().stages { try stage.apply(to: &document) }
    let coder = EventCoder()
    for (index, sentence) in document.sentenceEntities.enumerated() {
        for event in coder.events(in: sentence, index: index) {
            print("[\(index)] \(event.source) \(event.code) \(event.target) (\(event.verb)): \(document.sentences[index].text)")
        }
    }
}

/// CPU time this thread has used, in seconds (CLOCK_THREAD_CPUTIME_ID): other processes do not count.
private func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
