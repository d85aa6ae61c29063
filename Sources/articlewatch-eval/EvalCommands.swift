import Foundation

/// The registry of eval subcommands. Each feature adds one line here and its code in its own file.
enum EvalCommands {
    static let all: [String: (help: String, run: @Sendable ([String]) throws -> Void)] = [
        "sha256": ("print the SHA-256 of each file (a self-check of the harness)", sha256Files),
        "bench-analysis": ("articles/s per stage and for the whole pipeline on one thread (make bench)", benchmarkAnalysis),
        "analysis-passes": ("run the pipeline N times over files, for callgrind instruction counts (make bench)", runAnalysisPasses),
    ]
}
