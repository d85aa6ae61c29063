import ArgumentParser
import ArticleWatchDaemon
import Foundation
import PostgresQueue

struct PruneCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Drop the shared results' day partitions that ended before a date, once all their lines are exported.",
        discussion: """
            A partition goes whole (detached, then dropped) only when every line in it is in its committing \
            host's local logs; one that is not, or whose table stays locked by other sessions for 5 s, is \
            refused with the reason and left as it is (exit status 1). Lines that fell into the default \
            partition are deleted by the same rule. Days are UTC; `articlewatch export` or psql can archive \
            a partition first (README, "Several hosts, one queue").
            """
    )

    @Option(help: "The configuration file (queue.engine must be postgres).")
    var config: String = "config.json"

    @Option(help: "Prune the days before this one (YYYY-MM-DD, UTC); at most today.")
    var before: String

    @Flag(help: "Say what would be dropped or refused, change nothing.")
    var dryRun = false

    func validate() throws {
        let parts = before.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.map(\.count) == [4, 2, 2], parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            throw ValidationError("--before \(before) is not a date written YYYY-MM-DD")
        }
    }

    func run() async throws {
        let settings = try SharedQueueConfiguration.load(config)
        let outcomes: [PruneOutcome]
        do {
            let connection = try await PostgresConnection.connect(settings.url!)
            outcomes = try await PartitionPruner(connection: connection).prune(before: before, dryRun: dryRun)
        } catch {
            throw SharedQueueConfiguration.fail(error)
        }
        if outcomes.isEmpty { print("nothing to prune: no results partition ended before \(before) (UTC)") }
        for outcome in outcomes { print(outcome.description(dryRun: dryRun)) }
        let refused = outcomes.filter(\.isRefusal).count
        if refused > 0 {
            FileHandle.standardError.write(Data("prune: \(refused) of \(outcomes.count) refused; see above\n".utf8))
            throw ExitCode(1)
        }
    }
}
