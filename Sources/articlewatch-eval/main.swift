import Foundation
// articlewatch-eval: the measuring tools behind `make eval` and `make bench`.
// Each subcommand reads its data from the paths given and prints JSON or a table on stdout.
import ArticleAnalysis

/// Subcommand name → (one-line help, entry point taking the remaining arguments).
let subcommands: [String: (help: String, run: @Sendable ([String]) throws -> Void)] = EvalCommands.all

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let command = subcommands[name] else {
    print("usage: articlewatch-eval SUBCOMMAND [ARGS…]\n")
    for (name, command) in subcommands.sorted(by: { $0.key < $1.key }) { print("  \(name)\t\(command.help)") }
    exit(arguments.isEmpty ? 0 : 64)
}
do {
    try command.run(Array(arguments.dropFirst()))
} catch {
    print("articlewatch-eval \(name): \(error)")
    exit(1)
}
