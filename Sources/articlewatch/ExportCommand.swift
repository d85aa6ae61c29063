import ArgumentParser
import ArticleWatchDaemon
import Foundation
import PostgresQueue

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print every committed line of the shared queue, from all hosts, one per delivery, oldest first.",
        discussion: "Results and failures lines alike, exactly as committed; `--failures` or `--results` picks one kind."
    )

    @Option(help: "The configuration file (queue.engine must be postgres).")
    var config: String = "config.json"

    @Flag(help: "Only results lines.") var results = false
    @Flag(help: "Only failures lines.") var failures = false

    func run() async throws {
        let settings = try SharedQueueConfiguration.load(config)
        do {
            let connection = try await PostgresConnection.connect(settings.url!)
            let queue = PostgresWorkQueue(connection: connection, host: settings.host, leaseSeconds: settings.leaseSeconds)
            var after = 0
            while true {
                let page = try await queue.committedLines(after: after, limit: 1000)
                guard let last = page.last else { break }
                var text = ""
                for (_, line) in page where wanted(line.outcome) { text += line.text + "\n" }
                FileHandle.standardOutput.write(Data(text.utf8))
                after = last.id
            }
        } catch {
            throw SharedQueueConfiguration.fail(error)
        }
    }

    private func wanted(_ outcome: CommittedLine.Outcome) -> Bool {
        switch outcome {
        case .result: !failures || results
        case .failure: !results || failures
        }
    }
}
