import ArticleAnalysis
import Foundation

/// `articlewatch-eval language-id FILE`: CLD2 (the daemon's `LanguageIdentifier`) over every line of FILE
/// (one text per line). Prints one code per line (`-` when CLD2 gives none) on stdout and, on stderr, the
/// texts and the thread CPU seconds of the median of three passes, for `eval/language_id.py`.
func languageIdentification(_ arguments: [String]) throws {
    guard let path = arguments.first else { throw EvalError.usage("language-id FILE") }
    let texts = String(decoding: try readBytes(path), as: UTF8.self).split(separator: "\n").map(String.init)
    var codes: [String] = texts.map { LanguageIdentifier.identify($0)?.code ?? "-" }
    let seconds = (0..<3).map { _ in
        threadCPUSeconds { codes = texts.map { LanguageIdentifier.identify($0)?.code ?? "-" } }
    }.sorted()[1]
    print(codes.joined(separator: "\n"))
    FileHandle.standardError.write(Data("{\"texts\": \(texts.count), \"seconds\": \(seconds)}\n".utf8))
}
