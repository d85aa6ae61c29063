import Foundation

/// The registry of eval subcommands. Each feature adds one line here and its code in its own file.
enum EvalCommands {
    static let all: [String: (help: String, run: @Sendable ([String]) throws -> Void)] = [
        "sha256": ("print the SHA-256 of each file (a self-check of the harness)", sha256Files),
        "facts": ("quotes, amounts and dates found per file, and their cost per 7 KB article", factsReport),
        "dedup": ("stream a corpus through the near-duplicate index, write its links (scripts/dedup-eval.py)", dedupEval),
        "dedup-bench": ("synthesise 100k/1M-article registries: memory, check rate, persist and load times", dedupBench),
        "systemd-probe": ("journal [--burst N] | notify [--wedge-file PATH]: exercise the Systemd module", systemdProbe),
        "bench-analysis": ("articles/s per stage and for the whole pipeline on one thread (make bench)", benchmarkAnalysis),
        "analysis-passes": ("run the pipeline N times over files, for callgrind instruction counts (make bench)", runAnalysisPasses),
    ]
}
