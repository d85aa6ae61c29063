import ArticleAnalysis
import Foundation

/// `articlewatch-eval tone-snippets [--differences N] GROUNDTRUTH`: Pearson r of `tone.compound` (ours) and
/// `tone.vader` (VADER as released) against the human means of a VADER ground-truth file (id, human mean,
/// text per line), on the odd-numbered lines (the tuning half), the even-numbered lines (held out) and all,
/// measured two ways in the same run: each snippet scored as one sentence by `ToneAnalyzer` (the data's own
/// NLTK segmentation), and each snippet run through the whole standard pipeline as its own article (what
/// the record carries: extraction and segmentation included). `--differences N` lists the N snippets whose
/// two compounds differ most, with the sentences the pipeline made of them.
func toneSnippets(_ arguments: [String]) throws {
    var arguments = arguments
    var differences = 0
    if arguments.first == "--differences", arguments.count > 1, let count = Int(arguments[1]) {
        differences = count
        arguments.removeFirst(2)
    }
    guard let path = arguments.first, arguments.count == 1 else {
        throw EvalUsageError("usage: articlewatch-eval tone-snippets [--differences N] GROUNDTRUTH")
    }
    let rows = try scoreSnippets(path)
    print("Pearson r against human means, \(URL(fileURLWithPath: path).lastPathComponent) (\(rows.count) snippets)")
    print("  sentence: each snippet scored as one sentence; pipeline: `articlewatch analyze` record's tone section")
    print("half                      n   ours sentence   ours pipeline   VADER sentence   VADER pipeline")
    for (label, keep) in [("even lines (held out)", { (line: Int) in line % 2 == 0 }), ("odd lines (tuning)", { $0 % 2 == 1 }), ("all", { _ in true })] {
        let selected = rows.filter { keep($0.line) }
        let humans = selected.map(\.human)
        func r(_ score: KeyPath<SnippetScores, Double>) -> Double { pearson(selected.map { $0[keyPath: score] }, humans) }
        print(label.padding(toLength: 22, withPad: " ", startingAt: 0), String(
            format: "%5d   %13.4f   %13.4f   %14.4f   %14.4f",
            selected.count, r(\.sentenceCompound), r(\.pipelineCompound), r(\.sentenceVader), r(\.pipelineVader)))
    }
    let unscored = rows.filter { $0.sentences.isEmpty }.count
    if unscored > 0 { print("\(unscored) snippets got no tone section from the pipeline (scored 0 there)") }
    for row in rows.sorted(by: { abs($0.pipelineCompound - $0.sentenceCompound) > abs($1.pipelineCompound - $1.sentenceCompound) }).prefix(differences) {
        print(String(format: "line %d human %+.2f sentence %+.4f pipeline %+.4f", row.line, row.human, row.sentenceCompound, row.pipelineCompound))
        for sentence in row.sentences { print("  | \(sentence)") }
    }
}

/// One snippet's human mean and its scores both ways.
struct SnippetScores {
    var line: Int
    var human: Double
    var sentenceCompound: Double
    var sentenceVader: Double
    var pipelineCompound = 0.0
    var pipelineVader = 0.0
    /// The sentences the pipeline made of the snippet.
    var sentences: [String] = []
}

private func scoreSnippets(_ path: String) throws -> [SnippetScores] {
    let pipeline = try AnalysisPipeline.standard()
    let analyzer = ToneAnalyzer()
    var rows: [SnippetScores] = []
    let text = try String(contentsOfFile: path, encoding: .utf8)
    for (offset, line) in text.split(whereSeparator: \.isNewline).enumerated() {
        let fields = line.split(separator: "\t", maxSplits: 2)
        guard fields.count == 3, let human = Double(fields[1]) else { continue }
        let snippet = fields[2].trimmingCharacters(in: .whitespacesAndNewlines)
        let tone = analyzer.tone(ofSentences: [snippet])
        var row = SnippetScores(line: offset + 1, human: human, sentenceCompound: tone.compound, sentenceVader: tone.vader)
        let article = Article(name: "snippet-\(offset + 1)", bytes: Array(snippet.utf8), receivedAt: Date(timeIntervalSince1970: 0))
        if case let .analyzed(record) = pipeline.analyze(article, options: AnalysisOptions()),
            let tone = record.sections.tone, let clean = record.text
        {
            // As the record writes them (rounded to four places).
            row.pipelineCompound = (tone.compound * 10_000).rounded() / 10_000
            row.pipelineVader = (tone.vader * 10_000).rounded() / 10_000
            row.sentences = sentenceTexts(record.sections.sentences ?? [], of: clean)
        }
        rows.append(row)
    }
    return rows
}

/// The text of each sentence of the record's `sentences` section (UTF-8 offsets into the clean text).
private func sentenceTexts(_ sentences: [SentenceSpan], of clean: String) -> [String] {
    let bytes = Array(clean.utf8)
    return sentences.map { String(decoding: bytes[$0.range], as: UTF8.self) }
}

/// `articlewatch-eval tone-documents FILE…`: the `tone` section the standard pipeline writes for each file.
func toneDocuments(_ paths: [String]) throws {
    let pipeline = try AnalysisPipeline.standard()
    for path in paths {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        let article = Article(name: path, bytes: bytes, receivedAt: Date(timeIntervalSince1970: 0))
        guard case let .analyzed(record) = pipeline.analyze(article, options: AnalysisOptions()) else { continue }
        print("\(path)\t\(record.sections.tone.json.serialized())")
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
