import Foundation
import Glibc
import PostgresQueue
import PostgresTestSupport
import Testing

/// The chaos test of issue 16, as one test: 3 daemons (`ARTICLEWATCH_SHARED_HOSTS`, up to 4) on their own
/// spools against one PostgreSQL database, distinct articles with byte-identical and near-duplicate twins
/// delivered to other hosts, and two poison jobs (a claimer died holding one; three died holding the
/// other). Meanwhile: random daemons SIGKILLed and started again, random database connections ended with
/// `pg_terminate_backend`, and one daemon SIGSTOPped for twice its lease while it holds claims, then
/// SIGCONTed, so its late commits are fenced. The oracle: every delivery has exactly one line across all
/// hosts' logs and exactly one in `articlewatch export`, every twin at true Jaccard >= 0.8 is linked, both
/// poison files end `crashed`, no commit was fenced that should not be, and no host crash-loops.
/// `make torture` sets `ARTICLEWATCH_SHARED_FILES` (files per host) to run it longer.
@Suite(.serialized) struct SharedQueueChaosTests {
    static let environment = ProcessInfo.processInfo.environment
    static let filesPerHost = Int(environment["ARTICLEWATCH_SHARED_FILES"] ?? "") ?? 40
    static let hostCount = min(4, max(3, Int(environment["ARTICLEWATCH_SHARED_HOSTS"] ?? "") ?? 3))
    static let leaseSeconds = 3.0

    @Test func chaosAcrossHostsExactlyOneLineEach() async throws {
        let seed = UInt64(Self.environment["ARTICLEWATCH_SHARED_SEED"] ?? "") ?? UInt64(Date().timeIntervalSince1970 * 1000)
        var random = SeededGenerator(seed: seed)
        let rounds = max(8, Self.filesPerHost / 2)
        let corpus = SharedChaosCorpus(
            seeds: DaemonEndToEndTests.seeds.map { String(decoding: $0.1, as: UTF8.self) }, hosts: Self.hostCount, rounds: rounds,
            generator: &random)
        let url = try await TemporaryCluster.start().createDatabase("chaos")
        let hosts = try (0..<Self.hostCount).map { host in
            try DaemonHarness(label: "chaos-h\(host)", config: [
                "workers": 2, "rescanSeconds": 1, "settleMilliseconds": 50,
                "queue": ["engine": "postgres", "url": url, "host": "h\(host)", "leaseSeconds": Self.leaseSeconds],
            ])
        }
        let fault = ["ARTICLEWATCH_TEST_FAULT": "crash:poison"]
        // A restart starts a new stderr file: what a killed incarnation logged is counted before the kill.
        var fencedEarlier = Array(repeating: 0, count: hosts.count)
        func fencedCount(_ daemon: DaemonHarness) -> Int { daemon.stderr.components(separatedBy: "another attempt holds this input now").count - 1 }
        for daemon in hosts { try daemon.start(environment: fault) }
        for daemon in hosts { #expect(daemon.waitForReady(), "\(daemon.stderr.suffix(2000))") }
        let admin = try await PostgresConnection.connect(url)

        // Poison: a job whose claimer died holding it (whoever takes it isolates it, the fault crashes the
        // child), and one whose three claimers died (given up on whichever host takes it, unanalysed).
        try await admin.run { session in
            for (delivery, name, attempt) in [("dead-1", "poison-once.txt", 1), ("dead-3", "poison-thrice.txt", 3)] {
                try session.query("""
                    INSERT INTO aw_jobs (host, delivery, name, bytes, received_at, attempt, lease_until, state)
                    VALUES ('h0', $1, $2, $3, 1700000000, $4, now() - interval '1 second', 'leased')
                    """, [.text(delivery), .text(name), .bytes(Array("A poison article about nothing in particular.".utf8)), .int(attempt)])
            }
        }
        var delivered = 2

        // The events, spread over the rounds at random: kills, connection terminations, one SIGSTOP half-way.
        let kills = max(2, Self.filesPerHost / 50)
        let terminations = max(2, Self.filesPerHost / 100)
        var killRounds = Set<Int>(), terminateRounds = Set<Int>()
        while killRounds.count < min(kills, rounds - 2) { killRounds.insert(1 + Int(random.next() % UInt64(rounds - 2))) }
        while terminateRounds.count < min(terminations, rounds - 2) { terminateRounds.insert(1 + Int(random.next() % UInt64(rounds - 2))) }
        var killed = 0, terminated = 0
        var stopped: (host: Int, claims: [(host: String, delivery: String, attempt: Int)])?

        for (round, batch) in corpus.deliveries.enumerated() {
            for delivery in batch {
                try hosts[delivery.host].deliver(delivery.name, delivery.text)
                delivered += 1
            }
            if killRounds.contains(round) {
                let victim = Int(random.next() % UInt64(hosts.count))
                hosts[victim].stop(SIGKILL)
                fencedEarlier[victim] += fencedCount(hosts[victim])
                #expect(!hosts[victim].stderr.contains("the daemon stopped on an error"), "h\(victim): \(hosts[victim].stderr.suffix(1500))")
                try hosts[victim].start(environment: fault)
                #expect(hosts[victim].waitForReady(timeout: 60), "h\(victim): \(hosts[victim].stderr.suffix(1500))")
                killed += 1
            }
            if terminateRounds.contains(round) {
                terminated += try await terminateRandomConnections(admin, random: &random)
            }
            if round == rounds / 2 {
                stopped = try await stopWhileHoldingClaims(hosts, admin: admin, random: &random, delivered: &delivered)
            }
            try await Task.sleep(for: .milliseconds(40))
        }

        let deadline = Date().addingTimeInterval(120 + Double(delivered) / 10)
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

        // Exactly one line per delivery across every host's local logs, and in `articlewatch export`.
        let lines = hosts.flatMap { $0.lines() }
        let deliveries = lines.compactMap { $0["delivery"] as? String }
        #expect(lines.count == delivered)
        #expect(Set(deliveries).count == delivered)
        let exported = try exportedLines(config: hosts[0].configPath)
        let exportedDeliveries = exported.compactMap { $0["delivery"] as? String }
        #expect(exported.count == delivered && Set(exportedDeliveries).count == delivered)
        #expect(Set(exportedDeliveries) == Set(deliveries))

        // Every twin at true Jaccard >= 0.8: the one committed second links to an earlier article.
        let order = try await admin.run { try $0.query("SELECT name, id FROM aw_results") }
        let committedAt = Dictionary(uniqueKeysWithValues: (0..<order.count).compactMap { row in
            order.text(row, "name").flatMap { name in order.int(row, "id").map { (name, $0) } }
        })
        let byFile = Dictionary(lines.compactMap { line in (line["file"] as? String).map { ($0, line) } }) { first, _ in first }
        let linkedPairs = corpus.pairs.filter { $0.jaccard >= 0.8 }
        #expect(linkedPairs.count == corpus.pairs.count, "every twin is at Jaccard >= 0.8: \(corpus.pairs.map { $0.jaccard }.min() ?? 0)")
        let unlinked = linkedPairs.compactMap { pair -> String? in
            let later = (committedAt[pair.first] ?? 0) < (committedAt[pair.second] ?? 0) ? pair.second : pair.first
            return byFile[later]?["duplicateOf"] is [String: Any] ? nil : later
        }
        var unlinkedDetail: [String] = []
        for name in unlinked {
            let row = try await admin.run { session in
                try session.query("SELECT id, host, committed_by, attempt, outcome, (SELECT count(*) FROM aw_fingerprints f WHERE f.result_id = r.id) AS registered FROM aw_results r WHERE name = $1", [.text(name)])
            }
            let line = byFile[name] ?? [:]
            unlinkedDetail.append("\(name): id \(row.text(0, "id") ?? "-") host \(row.text(0, "host") ?? "-") by \(row.text(0, "committed_by") ?? "-") attempt \(row.text(0, "attempt") ?? "-") \(row.text(0, "outcome") ?? "-") registered \(row.text(0, "registered") ?? "-") reason \(line["reason"] ?? "-") fingerprint \(line["fingerprint"] != nil) duplicateOf \(line["duplicateOf"] ?? "-")")
        }
        #expect(unlinked.isEmpty, "seed \(seed): \(unlinkedDetail)")

        // Both poison files end `crashed`, on whichever host held them.
        for name in ["poison-once.txt", "poison-thrice.txt"] {
            let poison = lines.filter { ($0["file"] as? String) == name }
            #expect(poison.count == 1 && poison.first?["reason"] as? String == "crashed", "\(name): \(poison)")
        }

        // The stopped host's claims were taken over: its late commits fenced, the takers' lines kept.
        let fenced = hosts.indices.map { fencedEarlier[$0] + fencedCount(hosts[$0]) }
        if let stopped {
            #expect(fenced[stopped.host] >= 1, "the SIGSTOPped host's late commit was fenced: \(hosts[stopped.host].stderr.suffix(2000))")
            for claim in stopped.claims {
                let committed = try await admin.run { session in
                    try session.query("SELECT attempt FROM aw_results WHERE host = $1 AND delivery = $2", [.text(claim.host), .text(claim.delivery)])
                        .int(0, "attempt")
                }
                #expect((committed ?? 0) > claim.attempt, "\(claim.delivery), held under attempt \(claim.attempt), was taken over")
            }
        }
        // No host crash-loops: each is still the process the test started last, started once, never stopped
        // on an error (the harness restarts nothing by itself, so a crash would show as a dead process).
        for (index, daemon) in hosts.enumerated() {
            #expect(daemon.isRunning, "h\(index): \(daemon.stderr.suffix(1500))")
            #expect(!daemon.stderr.contains("the daemon stopped on an error"), "h\(index): \(daemon.stderr.suffix(1500))")
            #expect(daemon.stderr.components(separatedBy: "message.id=started").count - 1 == 1)
        }
        for daemon in hosts { #expect(daemon.stop() == 0) }
        let lost = delivered - Set(deliveries).count
        let duplicated = deliveries.count - Set(deliveries).count
        print("""
            shared queue chaos (seed \(seed)): \(hosts.count) hosts, \(delivered) files, \(corpus.pairs.count) twins, \(killed) SIGKILL, \
            \(terminated) connections terminated, 1 SIGSTOP of \(2 * Self.leaseSeconds) s, \(fenced.reduce(0, +)) fenced commits \
            (\(fenced.map(String.init).joined(separator: "/")) by host), \(lost) lost, \(duplicated) duplicated
            """)
    }

    /// Ends about half of the daemons' database connections, chosen at random; how many.
    private func terminateRandomConnections(_ admin: PostgresConnection, random: inout SeededGenerator) async throws -> Int {
        let pids = try await admin.run { session in
            let rows = try session.query("""
                SELECT pid FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
                """)
            return (0..<rows.count).compactMap { rows.int($0, "pid") }
        }
        let victims = pids.filter { _ in random.next() % 2 == 0 }
        for pid in victims {
            _ = try await admin.run { try $0.query("SELECT pg_terminate_backend($1)", [.int(pid)]) }
        }
        return victims.count
    }

    /// SIGSTOPs a random host at a moment it holds live claims (a burst of files makes sure there is work),
    /// keeps it stopped for twice its lease and until others took those claims over, and SIGCONTs it.
    /// Returns the host and the claims it held.
    private func stopWhileHoldingClaims(
        _ hosts: [DaemonHarness], admin: PostgresConnection, random: inout SeededGenerator, delivered: inout Int
    ) async throws -> (host: Int, claims: [(host: String, delivery: String, attempt: Int)])? {
        let target = Int(random.next() % UInt64(hosts.count))
        let pid = try #require(hosts[target].process?.processIdentifier)
        for attempt in 0..<200 {
            if attempt % 25 == 0 {
                for index in 0..<12 {
                    try hosts[index % hosts.count].deliver("burst-\(attempt)-\(index).txt", "Burst \(attempt) item \(index): the council met again on Monday to discuss the harbour, the budget and the schools.\n")
                    delivered += 1
                }
            }
            kill(pid, SIGSTOP)
            let held = try await admin.run { session in
                // Rows its commit transaction already locked would stay its own: only unlocked claims count.
                try session.query("BEGIN")
                defer { _ = try? session.query("ROLLBACK") }
                let rows = try session.query("""
                    SELECT host, delivery, attempt FROM aw_jobs WHERE claimed_by = $1 AND lease_until > clock_timestamp()
                    FOR UPDATE SKIP LOCKED
                    """, [.text("h\(target)")])
                return (0..<rows.count).compactMap { row -> (host: String, delivery: String, attempt: Int)? in
                    guard let host = rows.text(row, "host"), let delivery = rows.text(row, "delivery"), let attempt = rows.int(row, "attempt") else { return nil }
                    return (host, delivery, attempt)
                }
            }
            if !held.isEmpty {
                // Twice the lease at least, and until the other hosts have taken every held claim over (busy
                // with isolated analyses on a loaded machine, they may need longer than the lease to get to it).
                try await Task.sleep(for: .seconds(2 * Self.leaseSeconds))
                for _ in 0..<600 {
                    let stillHeld = try await admin.run { session in
                        try held.filter { claim in
                            try !session.query("SELECT 1 FROM aw_jobs WHERE host = $1 AND delivery = $2 AND attempt = $3",
                                               [.text(claim.host), .text(claim.delivery), .int(claim.attempt)]).isEmpty
                        }.count
                    }
                    if stillHeld == 0 { break }
                    try await Task.sleep(for: .milliseconds(100))
                }
                kill(pid, SIGCONT)
                return (target, held)
            }
            kill(pid, SIGCONT)
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("h\(target) never held a claim to be stopped with")
        return nil
    }

    /// `articlewatch export --config C`: every committed line of every host, oldest first.
    private func exportedLines(config: String) throws -> [[String: Any]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DaemonHarness.binary)
        process.arguments = ["export", "--config", config]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
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
