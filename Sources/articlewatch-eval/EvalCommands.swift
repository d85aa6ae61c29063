import Foundation

/// The registry of eval subcommands. Each feature adds one line here and its code in its own file.
enum EvalCommands {
    static let all: [String: (help: String, run: @Sendable ([String]) throws -> Void)] = [
        "sha256": ("print the SHA-256 of each file (a self-check of the harness)", sha256Files),
        "facts": ("quotes, amounts and dates found per file, and their cost per 7 KB article", factsReport),
        "systemd-probe": ("journal [--burst N] | notify [--wedge-file PATH]: exercise the Systemd module", systemdProbe),
    ]
}
