import ArgumentParser
import ArticleWatchDaemon
import PostgresQueue

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Bring the shared queue's database to this binary's schema (the daemon also does it at start).",
        discussion: "Safe to run again and beside running daemons; refuses a database at a newer schema version."
    )

    @Option(help: "The configuration file (queue.engine must be postgres).")
    var config: String = "config.json"

    func run() async throws {
        let settings = try SharedQueueConfiguration.load(config)
        do {
            let connection = try await PostgresConnection.connect(settings.url!)
            let report = try await SchemaMigrator.migrate(connection)
            if report.applied.isEmpty {
                print("schema at version \(report.toVersion): nothing to do")
            } else {
                print("schema migrated from version \(report.fromVersion) to \(report.toVersion)")
            }
        } catch {
            throw SharedQueueConfiguration.fail(error)
        }
    }
}
