import ArgumentParser
import ArticleWatchDaemon

/// The daemon's child mode for suspect files (not for people, so not listed in `--help`): the daemon
/// re-executes its own binary with this subcommand and the arguments of an `IsolatedAnalysisRequest`.
struct AnalyzeIsolatedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze-isolated",
        abstract: "Internal: analyse one article from standard input under resource limits, for the daemon's recovery.",
        shouldDisplay: false
    )

    @Argument(parsing: .allUnrecognized)
    var arguments: [String] = []

    func run() throws {
        IsolatedAnalysisChild.run(arguments: arguments)
    }
}
