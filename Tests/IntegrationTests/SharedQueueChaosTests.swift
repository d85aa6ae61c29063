import Foundation
import Glibc
import PostgresQueue
import PostgresTestSupport
import Testing

/// Several daemons on their own spools against one PostgreSQL database (issue 16): every delivered file
/// gets exactly one line across all hosts' logs and in the database, through SIGKILLed daemons and
/// terminated connections, and a file whose claimer died is analysed in the isolated child, where the
/// test fault crashes it: it ends as `crashed` on whichever host took it. `make torture` runs more files.
@Suite(.serialized) struct SharedQueueChaosTests {
    static let filesPerHost = Int(ProcessInfo.processInfo.environment["ARTICLEWATCH_SHARED_FILES"] ?? "") ?? 40
    static let leaseSeconds = 3.0

    @Test func threeHostsOneQueueExactlyOneLineEach() async throws {
        let url = try await TemporaryCluster.start().createDatabase("chaos")
        let hosts = try ["h1", "h2", "h3"].map { host in
            try DaemonHarness(label: "shared-\(host)", config: [
                "workers": 2, "rescanSeconds": 1, "settleMilliseconds": 50,
                "queue": ["engine": "postgres", "url": url, "host": host, "leaseSeconds": Self.leaseSeconds],
            ])
        }
        let fault = ["ARTICLEWATCH_TEST_FAULT": "crash:poison"]
        for daemon in hosts { try daemon.start(environment: fault) }
        for daemon in hosts { #expect(daemon.waitForReady(), "\(daemon.stderr.suffix(2000))") }
        let admin = try await PostgresConnection.connect(url)

        // A job whose claimer died holding it: whoever takes it isolates it, and the fault crashes the child.
        try await admin.run { session in
            try session.query("""
                INSERT INTO aw_jobs (host, delivery, name, bytes, received_at, attempt, lease_until, state)
                VALUES ('h0', 'dead-1', 'poison.txt', $1, 1700000000, 1, now() - interval '1 second', 'leased')
                """, [.bytes(Array("A poison article about nothing in particular.".utf8))])
        }

        let seeds = DaemonEndToEndTests.seeds.map { String(decoding: $0.1, as: UTF8.self) }
        try #require(!seeds.isEmpty)
        var delivered = 1
        var kills = 0
        var terminated = 0
        for round in 0..<Self.filesPerHost {
            for (index, daemon) in hosts.enumerated() {
                // Byte-identical pairs across hosts: h1 and h2 get the same bytes every round.
                let variant = index == 1 ? 0 : index
                let text = seeds[(round + variant) % seeds.count] + "\n\nUpdate \(round)-\(variant): officials said more later.\n"
                try daemon.deliver("r\(round)-\(index).txt", text)
                delivered += 1
            }
            if round == Self.filesPerHost / 3 {
                // SIGKILL one host mid-run and start it again on the same spool.
                hosts[1].stop(SIGKILL)
                kills += 1
                try hosts[1].start(environment: fault)
            }
            if round == Self.filesPerHost / 2 {
                let rows = try await admin.run { session in
                    try session.query("""
                        SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                        WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
                        """)
                }
                terminated += rows.count
            }
        }

        let deadline = Date().addingTimeInterval(120)
        var state: (jobs: Int, exports: Int, results: Int) = (-1, -1, -1)
        while Date() < deadline {
            state = try await admin.run { session in
                let row = try session.query("SELECT (SELECT count(*) FROM aw_jobs) AS jobs, (SELECT count(*) FROM aw_exports) AS exports, (SELECT count(*) FROM aw_results) AS results")
                return (row.int(0, "jobs") ?? -1, row.int(0, "exports") ?? -1, row.int(0, "results") ?? -1)
            }
            if state.jobs == 0, state.exports == 0, state.results >= delivered { break }
            try await Task.sleep(for: .milliseconds(250))
        }
        #expect(state.jobs == 0 && state.exports == 0, "\(state)")
        #expect(state.results == delivered)

        // Exactly one line per delivery across every host's local logs, and one per delivery in the database.
        let lines = hosts.flatMap { $0.lines() }
        let deliveries = lines.compactMap { $0["delivery"] as? String }
        #expect(lines.count == delivered)
        #expect(Set(deliveries).count == delivered)
        let database = try await admin.run { try $0.query("SELECT count(DISTINCT (host, delivery)) FROM aw_results").scalar }
        #expect(database == String(delivered))
        // Every host analysed work delivered to others.
        let committers = try await admin.run { try $0.query("SELECT count(DISTINCT committed_by) FROM aw_results WHERE committed_by <> host").scalar }
        #expect(Int(committers ?? "0") ?? 0 >= 2)
        // Byte-identical pairs across hosts: every pair is linked, whether a host's own registry or the band
        // rows of the other host's commit found it. Which copy carries the link is the order the registries
        // saw them in: two workers of one host commit at once on their own connections, so a copy its
        // registry linked (no band lookup) may commit before the copy it links to.
        let byFile = Dictionary(lines.compactMap { line in (line["file"] as? String).map { ($0, line) } }) { first, _ in first }
        var unlinkedPairs: [String] = []
        for round in 0..<Self.filesPerHost {
            let pair = ["r\(round)-0.txt", "r\(round)-1.txt"]
            if pair.allSatisfy({ byFile[$0]?["duplicateOf"] is NSNull }) { unlinkedPairs.append(pair[0]) }
        }
        #expect(unlinkedPairs.isEmpty)
        let poison = lines.filter { ($0["file"] as? String) == "poison.txt" }
        #expect(poison.count == 1)
        #expect(poison.first?["reason"] as? String == "crashed")
        for daemon in hosts { #expect(daemon.isRunning, "no host crash-loops: \(daemon.stderr.suffix(1500))") }
        for daemon in hosts { #expect(daemon.stop() == 0) }
        let lost = delivered - Set(deliveries).count
        let duplicated = deliveries.count - Set(deliveries).count
        print("shared queue chaos: \(delivered) files, \(kills) SIGKILL, \(terminated) connections terminated, \(lost) lost, \(duplicated) duplicated")
    }

    /// A host stopped (SIGSTOP) for twice its lease while it analyses a job: another host takes the job
    /// over and commits; when the stopped host resumes and finishes, its commit is fenced and nothing of
    /// it is written. The job is one whose first claimer died, so it is analysed in the isolated child,
    /// which the test fault keeps busy until the test kills it.
    @Test func hostStoppedPastItsLeaseIsFenced() async throws {
        let url = try await TemporaryCluster.start().createDatabase("fence")
        let lease = 2.0
        func host(_ name: String) throws -> DaemonHarness {
            try DaemonHarness(label: "fence-\(name)", config: [
                "workers": 1, "queue": ["engine": "postgres", "url": url, "host": name, "leaseSeconds": lease],
            ])
        }
        let stalled = try host("stalled")
        try stalled.start(environment: ["ARTICLEWATCH_TEST_FAULT": "spin:slow"])
        #expect(stalled.waitForReady(), "\(stalled.stderr.suffix(2000))")
        let admin = try await PostgresConnection.connect(url)
        try await admin.run { session in
            try session.query("""
                INSERT INTO aw_jobs (host, delivery, name, bytes, received_at, attempt, lease_until, state)
                VALUES ('gone', 'slow-1', 'slow.txt', $1, 1700000000, 1, now() - interval '1 second', 'leased')
                """, [.bytes(Array("Officials in Paris said the talks would continue on Monday.".utf8))])
        }
        var claimedBy: String?
        for _ in 0..<100 where claimedBy != "stalled" {
            try await Task.sleep(for: .milliseconds(100))
            claimedBy = try await admin.run { try $0.query("SELECT claimed_by FROM aw_jobs WHERE delivery = 'slow-1' AND attempt = 2").scalar }
        }
        #expect(claimedBy == "stalled")
        let pid = try #require(stalled.process?.processIdentifier)
        kill(pid, SIGSTOP)
        try await Task.sleep(for: .seconds(2 * lease + 0.5))
        let taker = try host("taker")
        try taker.start()
        #expect(taker.waitForReady())
        #expect(taker.waitForLines(1, timeout: 60))
        // End the stalled host's spinning child (rather than wait for its CPU limit): on SIGCONT the host
        // sees it die and commits a `crashed` line, which finds attempt 3 in place of its 2.
        for child in Self.children(of: pid) { kill(child, SIGKILL) }
        kill(pid, SIGCONT)
        let deadline = Date().addingTimeInterval(90)
        while Date() < deadline, !stalled.stderr.contains("another attempt holds this input now") {
            try await Task.sleep(for: .milliseconds(200))
        }
        #expect(stalled.stderr.contains("another attempt holds this input now"), "\(stalled.stderr.suffix(2000))")
        let rows = try await admin.run { try $0.query("SELECT committed_by, outcome, attempt FROM aw_results") }
        #expect(rows.count == 1)
        #expect(rows.text(0, "committed_by") == "taker" && rows.text(0, "outcome") == "result" && rows.int(0, "attempt") == 3)
        try await Task.sleep(for: .milliseconds(500))
        #expect(stalled.lines().isEmpty, "the fenced host wrote nothing")
        #expect(taker.lines().count == 1)
        #expect(stalled.stop() == 0)
        #expect(taker.stop() == 0)
    }

    /// The database refusing connections while a daemon runs: it says so (journal/stderr `paused`), keeps
    /// taking files into its local inbox, and resumes by itself when the database is back.
    @Test func unreachableDatabasePausesSharedWorkAndResumes() async throws {
        let url = try await TemporaryCluster.start().createDatabase("outage")
        let daemon = try DaemonHarness(label: "outage", config: [
            "workers": 1, "settleMilliseconds": 50, "queue": ["engine": "postgres", "url": url, "host": "solo"],
        ])
        try daemon.start()
        #expect(daemon.waitForReady(), "\(daemon.stderr.suffix(2000))")
        try daemon.deliver("before.txt", "Ministers met in Berlin on Tuesday to discuss the budget.")
        #expect(daemon.waitForLines(1))
        let name = String(url.split(separator: "/").last!)
        let admin = try await PostgresConnection.connect(url.replacingOccurrences(of: "/" + name, with: "/postgres"))
        try await admin.run { session in
            try session.query("ALTER DATABASE \(name) ALLOW_CONNECTIONS false")
            try session.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [.text(name)])
        }
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, !daemon.stderr.contains("paused: not claiming shared work") {
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(daemon.stderr.contains("paused: not claiming shared work"), "\(daemon.stderr.suffix(2000))")
        try daemon.deliver("during.txt", "Ministers met in Paris on Wednesday to discuss the harvest.")
        try await Task.sleep(for: .seconds(1))
        #expect(daemon.isRunning)
        try await admin.run { try $0.query("ALTER DATABASE \(name) ALLOW_CONNECTIONS true") }
        #expect(daemon.waitForLines(2, timeout: 60), "\(daemon.stderr.suffix(2000))")
        #expect(daemon.stderr.contains("resumed: the shared queue is reachable"))
        #expect(Set(daemon.lines().compactMap { $0["file"] as? String }) == ["before.txt", "during.txt"])
        #expect(daemon.stop() == 0)
    }

    /// The processes `pid`'s threads started (from /proc/PID/task/TID/children).
    static func children(of pid: pid_t) -> [pid_t] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.flatMap { task in
            ((try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? "")
                .split(separator: " ").compactMap { pid_t($0) }
        }
    }
}
