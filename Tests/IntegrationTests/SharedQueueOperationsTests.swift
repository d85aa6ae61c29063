import Foundation
import Glibc
import PostgresQueue
import PostgresTestSupport
import Testing

/// Postgres mode's operations against a real cluster: a misconfigured database stops the start with an
/// error that says which; the server stopped with pg_ctl under a running daemon pauses shared work (STATUS
/// and a typed journal entry) while the local inbox keeps taking files, and the daemon resumes by itself
/// when the server is back; a live host renews its leases through a long isolated analysis.
@Suite(.serialized) struct SharedQueueOperationsTests {
    private func exitStatus(of daemon: DaemonHarness, within seconds: Double) async throws -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, daemon.isRunning { try await Task.sleep(for: .milliseconds(100)) }
        return daemon.isRunning ? nil : daemon.process?.terminationStatus
    }

    @Test func eachMisconfiguredDatabaseStopsTheStartWithItsOwnError() async throws {
        let cluster = try TemporaryCluster.start()
        let good = try await cluster.createDatabase("misconf")
        let database = String(good.split(separator: "/").last!)
        let cases: [(label: String, url: String, says: String)] = [
            ("wrong-password", cluster.url(database: database, user: TemporaryCluster.passwordRole, password: "not-the-secret"), "authentication failed"),
            ("missing-database", cluster.url(database: "no_such_database"), "database does not exist"),
        ]
        for item in cases {
            let daemon = try DaemonHarness(label: item.label, config: ["queue": ["engine": "postgres", "url": item.url, "host": "h"]])
            try daemon.start()
            let status = try await exitStatus(of: daemon, within: 120)
            #expect(status == 1, "\(item.label): \(daemon.stderr.suffix(1500))")
            #expect(daemon.stderr.contains(item.says), "\(item.label): \(daemon.stderr.suffix(1500))")
            #expect(!daemon.stderr.contains("not-the-secret"), "the password is never logged")
        }
        // A URL libpq cannot parse is a configuration error: the daemon does not start at all.
        let unparsable = try DaemonHarness(label: "bad-url", config: ["queue": ["engine": "postgres", "url": "postgresql://h:notaport:/x", "host": "h"]])
        try unparsable.start()
        #expect(try await exitStatus(of: unparsable, within: 120) != 0)
        #expect(unparsable.stderr.contains("is not a connection string libpq accepts"), "\(unparsable.stderr.suffix(1500))")
    }

    /// pg_ctl stop under a running daemon, a file delivered during the outage, a SIGTERM and a start while
    /// the server is still down, pg_ctl start: the daemon says why it paused (STATUS, `PAUSE_KIND`), stops
    /// cleanly, waits for the database at start, and both files get exactly one line.
    @Test func serverStoppedAndStartedUnderARunningDaemon() async throws {
        let cluster = try TemporaryCluster.startPrivate()
        defer { cluster.remove() }
        let url = try await cluster.createDatabase("restart")
        let notify = NotifySocket()
        let daemon = try DaemonHarness(label: "pg-restart", config: [
            "workers": 1, "settleMilliseconds": 50, "queue": ["engine": "postgres", "url": url, "host": "solo", "leaseSeconds": 5],
        ])
        try daemon.start(environment: ["NOTIFY_SOCKET": notify.path])
        #expect(daemon.waitForReady(), "\(daemon.stderr.suffix(2000))")
        try daemon.deliver("before.txt", "Ministers met in Berlin on Tuesday to discuss the budget.")
        #expect(daemon.waitForLines(1))

        try cluster.stopServer()
        #expect(notify.waitFor("STATUS=paused: shared queue unreachable") != nil, "\(notify.messages.suffix(5))")
        // STATUS comes from the statistics, which change just before the entry is logged: wait for both.
        #expect(daemon.waitForLog("pause.kind=shared-queue-unreachable"), "\(daemon.stderr.suffix(2000))")
        try daemon.deliver("during.txt", "Ministers met in Paris on Wednesday to discuss the harvest.")
        try await Task.sleep(for: .seconds(2))
        #expect(daemon.isRunning)
        #expect(daemon.lineCount() == 1)

        // SIGTERM while the database is away drains as always (the file waits in the spool), and a start
        // while it is still away waits for it, saying so, instead of failing.
        // The database stays down until after the next start, so a stop that waited for it would never end.
        kill(try #require(daemon.process?.processIdentifier), SIGTERM)
        #expect(try await exitStatus(of: daemon, within: 120) == 0, "the stop did not wait for the database: \(daemon.stderr.suffix(2000))")
        let statusMark = notify.messages.count
        try daemon.start(environment: ["NOTIFY_SOCKET": notify.path])
        #expect(notify.waitFor("STATUS=waiting for the shared queue's database", after: statusMark - 1) != nil, "\(notify.messages.suffix(5))")
        #expect(daemon.isRunning)

        try cluster.startServer()
        // The daemon's back-off between attempts grows to 30 s: the line may come that much later.
        #expect(daemon.waitForLines(2, timeout: 300), "\(daemon.stderr.suffix(2000))")
        #expect(daemon.stderr.components(separatedBy: "message.id=queue-connected").count - 1 == 1, "connected at the second start (a start begins a new stderr file)")
        let files = daemon.lines().compactMap { $0["file"] as? String }
        #expect(files.sorted() == ["before.txt", "during.txt"])
        let exported = try await PostgresConnection.connect(url).run { try $0.query("SELECT count(*) FROM aw_results").scalar }
        #expect(exported == "2")
        // SIGTERM drains as always.
        #expect(daemon.stop() == 0)
    }

    /// Start-up recovery claims every lapsed job at once and isolates them one after another, which takes
    /// longer than a short lease. Its leases are renewed meanwhile, so another host does not take the later
    /// ones over: each is committed under the attempt recovery took it with, none is fenced, and none is
    /// pushed towards the three-lapse limit (which once gave good files up as `internal`).
    @Test func startUpRecoveryRenewsTheLeasesOfTheJobsItIsolates() async throws {
        let url = try await TemporaryCluster.start().createDatabase("recovery")
        let admin = try await PostgresConnection.connect(url)
        try await SchemaMigrator.migrate(admin)
        let jobs = 6
        try await admin.run { session in
            for number in 0..<jobs {
                try session.query("""
                    INSERT INTO aw_jobs (host, delivery, name, bytes, received_at, attempt, lease_until, state)
                    VALUES ('gone', $1, $2, $3, 1700000000, 1, now() - interval '1 second', 'leased')
                    """, [.text("left-\(number)"), .text("left-\(number).txt"),
                          .bytes(Array("Officials in Lyon said on Friday that talks on the harbour, number \(number), would go on.".utf8))])
            }
        }
        func host(_ name: String) throws -> DaemonHarness {
            try DaemonHarness(label: "recover-\(name)", config: [
                // Renewed every third of the lease: a host must be starved for two thirds of it (over 3 s) to
                // lose a claim, which a loaded machine does not do to a live process; 2 s was within reach.
                "workers": 1, "queue": ["engine": "postgres", "url": url, "host": name, "leaseSeconds": 5],
            ])
        }
        let recovering = try host("recovering")
        try recovering.start()
        var claimed = 0
        let claimDeadline = Date().addingTimeInterval(120)
        while claimed < jobs, Date() < claimDeadline {
            try await Task.sleep(for: .milliseconds(50))
            claimed = Int(try await admin.run { try $0.query("SELECT count(*) FROM aw_jobs WHERE claimed_by = 'recovering'").scalar } ?? "") ?? 0
        }
        let other = try host("other")
        try other.start()
        #expect(claimed == jobs, "recovery claimed every lapsed job")
        #expect(recovering.waitForReady(timeout: 300), "\(recovering.stderr.suffix(2000))")
        #expect(other.waitForReady())
        let deadline = Date().addingTimeInterval(600)
        while Date() < deadline, recovering.lineCount() + other.lineCount() < jobs { try await Task.sleep(for: .milliseconds(200)) }
        let rows = try await admin.run { try $0.query("SELECT committed_by, attempt, outcome FROM aw_results") }
        #expect(rows.count == jobs)
        for row in 0..<rows.count {
            #expect(rows.text(row, "committed_by") == "recovering" && rows.int(row, "attempt") == 2 && rows.text(row, "outcome") == "result")
        }
        #expect(!recovering.stderr.contains("another attempt holds this input now"), "\(recovering.stderr.suffix(2000))")
        #expect(recovering.stop() == 0)
        #expect(other.stop() == 0)
    }

    /// A suspect's isolated analysis on a live host may run up to its wall-clock limit (the child is killed
    /// there), however slow a loaded machine makes it: the watchdog keeps being pinged through it. It used
    /// to count as a wedged article once in flight past WatchdogSec, so systemd killed a healthy daemon in
    /// the middle of it, its claim lapsed as a death, and a slow file walked from host to host towards
    /// `crashed`.
    @Test func theWatchdogIsPingedThroughALongIsolatedAnalysis() async throws {
        let scene = try await SlowJobScene.make(label: "watchdog", lease: 5)
        let notify = NotifySocket()
        // A 1 s watchdog: pings every 500 ms while alive, none once an article is stuck for 1 s.
        let holder = try await scene.startHolder("holder", environment: ["NOTIFY_SOCKET": notify.path, "WATCHDOG_USEC": "1000000"])
        let pid = try #require(holder.process?.processIdentifier)
        let child = try #require(SuspectFaultTests.waitForChild(of: pid, timeout: 120), "the isolated child started")
        func pings() -> Int { notify.messages.count { $0.contains("WATCHDOG=1") } }
        // Ten pings while the child spins: at least five seconds of it, five times the stall limit.
        let before = pings()
        let deadline = Date().addingTimeInterval(120)
        while pings() < before + 10, Self.isRunning(child), Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(pings() >= before + 10, "pinged \(pings() - before) times during the isolated analysis")
        #expect(Self.isRunning(child), "the pings came while the child was still analysing")
        kill(child, SIGKILL)
        #expect(holder.waitForLines(1), "\(holder.stderr.suffix(2000))")
        #expect(holder.stop() == 0)
    }

    /// Running and not a zombie.
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].split(separator: " ").first != "Z"
    }

    /// An isolated analysis that runs three times its lease (the test fault spins) on a live host: its
    /// lease is renewed, so a second host does not take the job over; the holder commits it in the end.
    @Test func liveHostKeepsItsLeaseThroughALongIsolatedAnalysis() async throws {
        // Long enough that only a host starved for two thirds of it (renewal comes every third) loses it:
        // at 1 s a loaded machine's scheduling alone could make a live host miss it.
        let lease = 5.0
        let scene = try await SlowJobScene.make(label: "renew", lease: lease)
        let admin = scene.admin
        let holder = try await scene.startHolder("holder")
        let other = try scene.host("other")
        try other.start()
        #expect(other.waitForReady())
        try await Task.sleep(for: .seconds(3 * lease + 1))
        let state = try await admin.run { session in
            let row = try session.query("SELECT attempt, claimed_by FROM aw_jobs WHERE delivery = 'slow-1'")
            return (row.int(0, "attempt"), row.text(0, "claimed_by"))
        }
        #expect(state.0 == 2 && state.1 == "holder", "renewed, not taken over: \(state)")
        // End the spinning child: the holder commits its line (the child died from SIGKILL: `crashed`).
        let pid = try #require(holder.process?.processIdentifier)
        for child in SharedQueueChaosTests.children(of: pid) { kill(child, SIGKILL) }
        #expect(holder.waitForLines(1), "\(holder.stderr.suffix(2000))")
        #expect(holder.lines().first?["reason"] as? String == "crashed")
        #expect(other.lines().isEmpty)
        #expect(!holder.stderr.contains("another attempt holds this input now"))
        #expect(holder.stop() == 0)
        #expect(other.stop() == 0)
    }
}
