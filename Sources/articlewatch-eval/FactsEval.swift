import ArticleAnalysis
import Foundation

/// `articlewatch-eval facts [--repeat N] [--show] FILE…`: what the quotes, amounts and dates stages find
/// in each article, and what each costs per article (median of N timed passes over all files).
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
    let preparation: [any AnalysisStage] = [DecodeStage(), MediaTypeStage(), BasicExtractStage(), SegmentStage()]
    let stages: [any AnalysisStage] = [QuotesStage(), AmountsStage(), DatesStage()]
    var documents: [AnalysisDocument] = []
    for path in paths {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        var document = AnalysisDocument(
            article: Article(name: (path as NSString).lastPathComponent, bytes: bytes, receivedAt: Date(timeIntervalSince1970: 0)),
            options: AnalysisOptions())
        for stage in preparation { try stage.apply(to: &document) }
        var analysed = document
        for stage in stages { try stage.apply(to: &analysed) }
        print("\(document.article.name)  \(bytes.count) bytes, \(document.sentences.count) sentences")
        for section in ["quotes", "amounts", "dates"] {
            guard case let .array(items)? = analysed.sections[section] else { continue }
            print("  \(section): \(items.count)")
            if show { for item in items { print("    \(item.serialized())") } }
        }
        documents.append(document)
    }
    guard !documents.isEmpty else { return print("usage: articlewatch-eval facts [--repeat N] [--show] FILE…") }
    let totalBytes = documents.reduce(0) { $0 + $1.article.bytes.count }
    print("\ntiming: \(documents.count) articles, \(totalBytes / documents.count) bytes on average, \(repeats) passes")
    let clock = ContinuousClock()
    var combined = 0.0
    for stage in stages {
        var passes: [Double] = []
        for _ in 0..<repeats {
            var copies = documents
            let elapsed = clock.measure {
                for index in copies.indices { try? stage.apply(to: &copies[index]) }
            }
            passes.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
        }
        let median = passes.sorted()[passes.count / 2] / Double(documents.count)
        let per7KB = median * 7168 / Double(totalBytes / documents.count)
        combined += per7KB
        print(String(format: "  %-8@ %8.1f µs/article   %8.1f µs per 7 KB", stage.name.rawValue as NSString, median, per7KB))
    }
    print(String(format: "  together %8.1f µs per 7 KB", combined))
}
