import Foundation

/// The registry of eval subcommands. Each feature adds one line here and its code in its own file.
enum EvalCommands {
    static let all: [String: (help: String, run: @Sendable ([String]) throws -> Void)] = [
        "sha256": ("print the SHA-256 of each file (a self-check of the harness)", sha256Files),
        "extract-show": ("print the record the standard pipeline makes of each FILE", extractShow),
        "extract-benchmark": ("extract every DIR/*.html, print {name: {articleBody}} JSON; pages/s on stderr", extractBenchmark),
        "extract-trace": ("every text block of an HTML FILE, kept or dropped, with its element path", extractTrace),
        "stage-timings": ("µs per article in each stage: [--repeat N] FILE…", stageTimings),
    ]
}
