import ArgumentParser

@main
struct ArticleWatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articlewatch",
        abstract: "Watch a folder for news articles and write one JSON line of analysis per article.",
        discussion: """
            Drop plain-text or HTML articles into the spool's inbox; each gets one line in the results log
            (or the failures log). `articlewatch run` is the daemon; `articlewatch analyze` does the same
            analysis on files you name and prints the records.
            """,
        subcommands: [
            RunCommand.self, AnalyzeCommand.self, CheckConfigCommand.self, AnalyzeIsolatedCommand.self, MigrateCommand.self,
            ExportCommand.self, PruneCommand.self,
        ],
        defaultSubcommand: RunCommand.self
    )

    /// ArgumentParser's own `main`, except that `analyze`'s long file lists skip its parser
    /// (`AnalyzeOperands`).
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let (parsed, appended) = AnalyzeOperands.split(arguments)
        do {
            var command = try await asyncParseAsRoot(parsed)
            if !appended.isEmpty {
                if var analyze = command as? AnalyzeCommand {
                    analyze.files += appended
                    command = analyze
                } else {
                    command = try await asyncParseAsRoot(arguments)
                }
            }
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
