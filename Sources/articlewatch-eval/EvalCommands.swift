import Foundation

/// The registry of eval subcommands. Each feature adds one line here and its code in its own file.
enum EvalCommands {
    static let all: [String: (help: String, run: @Sendable ([String]) throws -> Void)] = [
        "sha256": ("print the SHA-256 of each file (a self-check of the harness)", sha256Files),
        "bounds": ("time and peak memory of the analysis on pathological inputs of 1–8 MB (issue 8)", resourceBounds),
    ]
}
