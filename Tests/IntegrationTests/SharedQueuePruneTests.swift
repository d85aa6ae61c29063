import Foundation
import PostgresQueue
import PostgresTestSupport
import Testing

/// `articlewatch prune` and `articlewatch export` as an operator runs them, on lines a real daemon
/// committed and exported: an exported old day is dropped, a day with a line its host has not written
/// is refused with that host named (exit 1), and export still prints every line that is left, oldest first.
@Suite struct SharedQueuePruneTests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    private func articlewatch(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DaemonHarness.binary)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func pruneDropsAnExportedDayRefusesAPendingOneAndExportShowsTheRest() async throws {
        let url = try await TemporaryCluster.start().createDatabase("prune")
        let daemon = try DaemonHarness(label: "prune", config: [
            "workers": 1, "settleMilliseconds": 50, "queue": ["engine": "postgres", "url": url, "host": "solo"],
        ])
        try daemon.start()
        #expect(daemon.waitForReady(), "\(daemon.stderr.suffix(2000))")
        try daemon.deliver("lyon.txt", "Officials in Lyon said on Friday that talks on the harbour would go on.")
        #expect(daemon.waitForLines(1))
        try daemon.deliver("oslo.txt", "Ministers met in Oslo on Tuesday to discuss the fishing quotas.")
        #expect(daemon.waitForLines(2))
        #expect(daemon.stop() == 0, "the exporter wrote both lines before it stopped")

        // Lyon's line is moved to a day ten days back (its export row is gone: the daemon wrote it), and a
        // line that host "offline" committed nine days back and never wrote is added.
        let admin = try await PostgresConnection.connect(url)
        let (exportedDay, pendingDay, today) = try await admin.run { session in
            let days = try session.query("""
                SELECT to_char(d - 10, 'YYYY-MM-DD') AS exported, to_char(d - 9, 'YYYY-MM-DD') AS pending, to_char(d, 'YYYY-MM-DD') AS today
                FROM (SELECT (now() AT TIME ZONE 'UTC')::date AS d) AS t
                """)
            let exported = days.text(0, "exported") ?? "", pending = days.text(0, "pending") ?? ""
            try session.query("SELECT aw_create_result_partition($1::date), aw_create_result_partition($2::date)", [.text(exported), .text(pending)])
            #expect(try session.query("SELECT count(*) FROM aw_exports").scalar == "0")
            try session.query("UPDATE aw_results SET committed_at = ($1::date + time '06:00') AT TIME ZONE 'UTC' WHERE name = 'lyon.txt'", [.text(exported)])
            try session.query("""
                WITH delivery AS (
                    INSERT INTO aw_deliveries (host, delivery, result_id, attempt) VALUES ('offline', 'o-1', nextval('aw_result_ids'), 1)
                    RETURNING result_id),
                result AS (
                    INSERT INTO aw_results (id, host, delivery, name, outcome, line, attempt, committed_by, committed_at)
                    SELECT result_id, 'offline', 'o-1', 'late.txt', 'result', '{"file":"late.txt"}', 1, 'offline', ($1::date + time '06:00') AT TIME ZONE 'UTC' FROM delivery
                    RETURNING id, committed_at)
                INSERT INTO aw_exports (host, result_id, committed_at) SELECT 'offline', id, committed_at FROM result
                """, [.text(pending)])
            return (exported, pending, days.text(0, "today") ?? "")
        }
        let compact = { (day: String) in "aw_results_" + day.filter { $0 != "-" } }

        let dryRun = try articlewatch(["prune", "--config", daemon.configPath, "--before", today, "--dry-run"])
        #expect(dryRun.stdout.contains("would drop \(compact(exportedDay)) (1 line)"), "\(dryRun.stdout)")
        let pruned = try articlewatch(["prune", "--config", daemon.configPath, "--before", today])
        #expect(pruned.status == 1, "a refusal is a failure a cron job notices")
        #expect(pruned.stdout.contains("dropped \(compact(exportedDay)) (1 line)"), "\(pruned.stdout)")
        #expect(pruned.stdout.contains("refused \(compact(pendingDay)) (1 line): 1 line not yet in the committing host's local logs (offline: 1)"),
                "\(pruned.stdout)")
        #expect(pruned.stderr.contains("1 of 2 refused"), "\(pruned.stderr)")

        let exported = try articlewatch(["export", "--config", daemon.configPath])
        #expect(exported.status == 0)
        let files = exported.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["file"] as? String
        }
        #expect(files == ["oslo.txt", "late.txt"], "every line still there, oldest (by commit order) first")
        #expect(daemon.results().compactMap { $0["file"] as? String }.sorted() == ["lyon.txt", "oslo.txt"], "the host's own log keeps the dropped line")

        let future = try articlewatch(["prune", "--config", daemon.configPath, "--before", "2999-01-01"])
        #expect(future.status == 1 && future.stderr.contains("only days that have ended can be pruned"), "\(future.stderr)")
        let malformed = try articlewatch(["prune", "--config", daemon.configPath, "--before", "last week"])
        #expect(malformed.status != 0 && malformed.stderr.contains("is not a date written YYYY-MM-DD"), "\(malformed.stderr)")
    }
}
