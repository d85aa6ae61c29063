import ArticleAnalysis
import Foundation

/// `articlewatch-eval facts [--repeat N] [--show] FILE…`: what the quotes, amounts and dates stages find
/// in each article, and what each costs per article (each article's fastest of N runs, averaged). A `.json`
/// file is read as the extraction benchmark's ground truth (`{id: {"articleBody": …}}`): one article per body.
func factsReport(_ arguments: [String]) throws {
    var repeats = 200
    var show = false
    var paths: [String] = []
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
        switch argument {
        case "--repeat": repeats = Int(iterator.next() ?? "") ?? repeats
        case "--show": show = true
        default: paths.append(argument)
        }
    }
    let preparation: [any AnalysisStage] = [DecodeStage(), MediaTypeStage(), ExtractStage(), SegmentStage()]
    let stages: [any AnalysisStage] = [QuotesStage(), AmountsStage(), DatesStage()]
    var documents: [AnalysisDocument] = []
    var totals: [String: Int] = [:]
    let articles = try paths.flatMap(readArticles)
    let perFile = show || articles.count <= 20
    for (name, bytes) in articles {
        var document = AnalysisDocument(
            article: Article(name: name, bytes: bytes, receivedAt: Date(timeIntervalSince1970: 0)), options: AnalysisOptions())
        for stage in preparation { try stage.apply(to: &document) }
        var analysed = document
        for stage in stages { try stage.apply(to: &analysed) }
        if perFile { print("\(name)  \(bytes.count) bytes, \(document.sentences.count) sentences") }
        let sections: [(String, JSONValue)] = [
            ("quotes", analysed.sections.quotes.json), ("amounts", analysed.sections.amounts.json), ("dates", analysed.sections.dates.json),
        ]
        for (section, found) in sections {
            guard case let .array(items) = found else { continue }
            totals[section, default: 0] += items.count
            if perFile { print("  \(section): \(items.count)") }
            if show {
                for item in items {
                    print("    \(item.serialized())")
                    if case let .int(index)? = item["sentence"] { print("      ↳ \(analysed.sentences[index].text.prefix(200))") }
                }
            }
        }
        documents.append(document)
    }
    print("\ntotal over \(articles.count) articles: " + ["quotes", "amounts", "dates"].map { "\($0) \(totals[$0, default: 0])" }.joined(separator: ", "))
    guard !documents.isEmpty else { return print("usage: articlewatch-eval facts [--repeat N] [--show] FILE…") }
    let totalBytes = documents.reduce(0) { $0 + $1.article.bytes.count }
    print("\ntiming: \(documents.count) articles, \(totalBytes / documents.count) bytes on average, \(repeats) passes")
    let clock = ContinuousClock()
    var combined = 0.0
    for stage in stages {
        // Each article's fastest of N runs, summed: the cores are shared with other processes, and a pass over
        // many articles is rarely left alone long enough for its fastest run to be a clean one.
        var fastest = [Double](repeating: .infinity, count: documents.count)
        var total = [Double](repeating: 0, count: documents.count)
        for _ in 0..<repeats {
            for index in documents.indices {
                var copy = documents[index]
                let elapsed = clock.measure { try? stage.apply(to: &copy) }
                let microseconds = elapsed.inSeconds * 1e6
                fastest[index] = min(fastest[index], microseconds)
                total[index] += microseconds
            }
        }
        let best = fastest.reduce(0, +) / Double(documents.count)
        let mean = total.reduce(0, +) / Double(documents.count * repeats)
        let per7KB = best * 7168 / Double(totalBytes / documents.count)
        combined += per7KB
        print(String(
            format: "  %-8@ %8.1f µs/article (mean %.1f)   %8.1f µs per 7 KB", stage.name.rawValue as NSString, best, mean,
            per7KB))
    }
    print(String(format: "  together %8.1f µs per 7 KB (each article's fastest run)", combined))
}

/// (name, bytes) of each article in a file: the file itself, or each `articleBody` of a ground-truth JSON.
private func readArticles(_ path: String) throws -> [(String, [UInt8])] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let name = (path as NSString).lastPathComponent
    guard path.hasSuffix(".json") else { return [(name, Array(data))] }
    guard let entries = try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] else {
        throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path])
    }
    return entries.keys.sorted().compactMap { key in
        (entries[key]?["articleBody"] as? String).map { ("\(name):\(key.prefix(12))", Array($0.utf8)) }
    }
}
