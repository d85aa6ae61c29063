import ArticleAnalysis
import Foundation

/// `articlewatch-eval vader-sentences FILE`: our VADER scores for each line of FILE, one tab-separated line
/// out per line in (compound, positive, negative, neutral), for the faithfulness check against vaderSentiment.
func vaderSentences(_ arguments: [String]) throws {
    guard let path = arguments.first else { throw EvalUsageError("usage: articlewatch-eval vader-sentences FILE") }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let analyzer = VaderAnalyzer()
    var output = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0) {
        let scores = analyzer.scores(of: String(line))
        output += "\(scores.compound)\t\(scores.positive)\t\(scores.negative)\t\(scores.neutral)\n"
    }
    FileHandle.standardOutput.write(Data(output.utf8))
}
