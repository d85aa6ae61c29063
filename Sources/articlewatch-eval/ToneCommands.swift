import ArticleAnalysis
import Foundation

/// `articlewatch-eval tone-snippets [--pipeline] GROUNDTRUTH`: the tone of every snippet of a VADER
/// ground-truth file (id, human mean, text per line) and Pearson r of `tone.compound` and of `tone.vader`
/// against the human means, on the odd-numbered lines (the tuning half), the even-numbered lines (held
/// out) and all. Each snippet is one sentence (the data's own NLTK segmentation) scored by `ToneAnalyzer`;
/// with `--pipeline` each snippet goes through the whole standard pipeline as an article instead
/// (extraction and segmentation included).
func toneSnippets(_ arguments: [String]) throws {
    let throughPipeline = arguments.first == "--pipeline"
    guard let path = arguments.last, arguments.count == (throughPipeline ? 2 : 1) else {
        throw EvalUsageError("usage: articlewatch-eval tone-snippets [--pipeline] GROUNDTRUTH")
    }
    let pipeline = try AnalysisPipeline.standard()
    let analyzer = ToneAnalyzer()
    var rows: [(line: Int, human: Double, compound: Double, vader: Double)] = []
    let text = try String(contentsOfFile: path, encoding: .utf8)
    for (offset, line) in text.split(whereSeparator: \.isNewline).enumerated() {
        let fields = line.split(separator: "\t", maxSplits: 2)
        guard fields.count == 3, let human = Double(fields[1]) else { continue }
        let snippet = fields[2].trimmingCharacters(in: .whitespacesAndNewlines)
        if !throughPipeline {
            let tone = analyzer.tone(ofSentences: [snippet])
            rows.append((offset + 1, human, tone.compound, tone.vader))
            continue
        }
        let article = Article(name: "snippet-\(offset + 1)", bytes: Array(snippet.utf8), receivedAt: Date(timeIntervalSince1970: 0))
        guard case let .analyzed(record) = pipeline.analyze(article, options: AnalysisOptions()),
            case let .double(compound)? = record.sections["tone"]?["compound"],
            case let .double(vader)? = record.sections["tone"]?["vader"]
        else { continue }
        rows.append((offset + 1, human, compound, vader))
    }
    let mode = throughPipeline ? "through the standard pipeline" : "each snippet scored as one sentence"
    print("Pearson r against human means, \(URL(fileURLWithPath: path).lastPathComponent) (\(rows.count) snippets, \(mode))")
    print("half                     n   tone.compound   tone.vader (VADER 3.3.2)")
    for (label, keep) in [("odd lines (tuning)", { (line: Int) in line % 2 == 1 }), ("even lines (held out)", { $0 % 2 == 0 }), ("all", { _ in true })] {
        let selected = rows.filter { keep($0.line) }
        let humans = selected.map(\.human)
        let ours = pearson(selected.map(\.compound), humans)
        let vader = pearson(selected.map(\.vader), humans)
        print(label.padding(toLength: 22, withPad: " ", startingAt: 0), String(format: "%5d   %13.4f   %10.4f", selected.count, ours, vader))
    }
}

/// `articlewatch-eval tone-documents FILE…`: the `tone` section the standard pipeline writes for each file.
func toneDocuments(_ paths: [String]) throws {
    let pipeline = try AnalysisPipeline.standard()
    for path in paths {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        let article = Article(name: path, bytes: bytes, receivedAt: Date(timeIntervalSince1970: 0))
        guard case let .analyzed(record) = pipeline.analyze(article, options: AnalysisOptions()) else { continue }
        print("\(path)\t\((record.sections["tone"] ?? .null).serialized())")
    }
}

func pearson(_ xs: [Double], _ ys: [Double]) -> Double {
    let count = Double(xs.count)
    let meanX = xs.reduce(0, +) / count
    let meanY = ys.reduce(0, +) / count
    var covariance = 0.0
    var varianceX = 0.0
    var varianceY = 0.0
    for (x, y) in zip(xs, ys) {
        covariance += (x - meanX) * (y - meanY)
        varianceX += (x - meanX) * (x - meanX)
        varianceY += (y - meanY) * (y - meanY)
    }
    return covariance / (varianceX * varianceY).squareRoot()
}
