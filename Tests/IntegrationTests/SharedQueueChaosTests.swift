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
        let admin = try await PostgresConnection.connect(url)
        try await SchemaMigrator.migrate(admin)
        let ledger = try await ChaosClaimLedger.install(admin)
        let hosts = try (0..<Self.hostCount).map { host in
            try DaemonHarness(label: "chaos-h\(host)", config: [
                "workers": 2, "rescanSeconds": 1, "settleMilliseconds": 50,
                "queue": ["engine": "postgres", "url": url, "host": "h\(host)", "leaseSeconds": Self.leaseSeconds],
            ])
        }
        let fault = ["ARTICLEWATCH_TEST_FAULT": "crash:poison"]
        // A restart starts a new stderr file: what a killed incarnation logged is counted before the kill.
        var fencedEarlier = Array(repeating: 0, count: hosts.count)
        func fencedCount(_ daemon: DaemonHarness) -> Int { Self.fencedLines(in: daemon.stderr).count }
        for daemon in hosts { try daemon.start(environment: fault) }
        for daemon in hosts { #expect(daemon.waitForReady(timeout: 120), "\(daemon.stderr.suffix(2000))") }

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
        var stopped: Stop?

        for (round, batch) in corpus.deliveries.enumerated() {
            for delivery in batch {
                try hosts[delivery.host].deliver(delivery.name, delivery.text)
                delivered += 1
            }
            if killRounds.contains(round) {
                let victim = Int(random.next() % UInt64(hosts.count))
                let event = try await ledger.begin(.kill, host: "h\(victim)")
                hosts[victim].stop(SIGKILL)
                try await ledger.end(event)
                fencedEarlier[victim] += fencedCount(hosts[victim])
                #expect(!hosts[victim].stderr.contains("the daemon stopped on an error"), "h\(victim): \(hosts[victim].stderr.suffix(1500))")
                try hosts[victim].start(environment: fault)
                #expect(hosts[victim].waitForReady(timeout: 120), "h\(victim): \(hosts[victim].stderr.suffix(1500))")
                killed += 1
            }
            if terminateRounds.contains(round) {
                terminated += try await terminateRandomConnections(admin, random: &random)
            }
            if round == rounds / 2 {
                stopped = try await stopWhileHoldingClaims(hosts, admin: admin, ledger: ledger, random: &random, delivered: &delivered)
            }
            try await Task.sleep(for: .milliseconds(40))
        }

        // The backlog drains at the debug build's pace on shared cores, isolated suspects one child each.
        let deadline = Date().addingTimeInterval(300 + Double(delivered))
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

        // No live host lost a claim: every claim taken again had its claimer SIGKILLed, or SIGSTOPped
        // past its lease, by this test while it held it.
        let unexplained = try await ledger.unexplainedLapses()
        #expect(unexplained.isEmpty, "seed \(seed): claims lapsed with no kill or stop of their claimer: \(unexplained.prefix(10))")
        #expect(try await ledger.claimCount() >= delivered, "the ledger saw the daemons' claims")

        // Every good file has its result, except one that three of those kills and stops each caught
        // while it was held: it stopped three claimers as far as anyone can tell, and ends `crashed` at
        // its fourth claim (the daemon's shared-queue give-up limit)
        // (its lapses are in the audit above, so none of them can be a live host's).
        let poisonNames: Set = ["poison-once.txt", "poison-thrice.txt"]
        let byFile = Dictionary(lines.compactMap { line in (line["file"] as? String).map { ($0, line) } }) { first, _ in first }
        var caughtThrice: Set<String> = []
        for line in lines where !poisonNames.contains(line["file"] as? String ?? "") && line["schema"] as? String != "articlewatch.result/1" {
            let name = line["file"] as? String ?? "?"
            let attempt = try await admin.run { try $0.query("SELECT attempt FROM aw_results WHERE name = $1", [.text(name)]).int(0, "attempt") }
            if line["reason"] as? String == "crashed", attempt == 4 {
                caughtThrice.insert(name)
            } else {
                Issue.record("seed \(seed): a good file failed: \(name) attempt \(attempt ?? -1): \(line)")
            }
        }

        // Every host analysed work delivered to others.
        let committers = try await admin.run { try $0.query("SELECT count(DISTINCT committed_by) FROM aw_results WHERE committed_by <> host").scalar }
        #expect(Int(committers ?? "0") ?? 0 >= 2)
        // Every twin at true Jaccard >= 0.8 is linked, whether a host's own registry or the band rows of the
        // other copy's commit found it. Which copy carries the link is the order the registries saw them in:
        // two workers of one host commit at once on their own connections, so a copy its registry linked
        // (no band lookup) may commit before the copy it links to. A pair with a copy caught thrice has no
        // fingerprint on that side to link with.
        let linkedPairs = corpus.pairs.filter { $0.jaccard >= 0.8 }
        #expect(linkedPairs.count == corpus.pairs.count, "every twin is at Jaccard >= 0.8: \(corpus.pairs.map { $0.jaccard }.min() ?? 0)")
        let unlinked = linkedPairs.filter { !caughtThrice.contains($0.first) && !caughtThrice.contains($0.second) }.compactMap { pair -> String? in
            [pair.first, pair.second].contains { byFile[$0]?["duplicateOf"] is [String: Any] } ? nil : pair.second
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
        for name in poisonNames.sorted() {
            let poison = lines.filter { ($0["file"] as? String) == name }
            #expect(poison.count == 1 && poison.first?["reason"] as? String == "crashed", "\(name): \(poison)")
        }

        // The stopped host's claims were taken over: each late commit fenced, the takers' lines kept.
        let fenced = hosts.indices.map { fencedEarlier[$0] + fencedCount(hosts[$0]) }
        if let stopped {
            #expect(stopped.unfenced.isEmpty, "the SIGSTOPped host's late commits were fenced, not \(stopped.unfenced): \(hosts[stopped.host].stderr.suffix(2000))")
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
        let lapses = try await ledger.lapseCount()
        print("""
            shared queue chaos (seed \(seed)): \(hosts.count) hosts, \(delivered) files, \(corpus.pairs.count) twins, \(killed) SIGKILL, \
            \(terminated) connections terminated, 1 SIGSTOP of \(stopped.map { String(format: "%.1f", $0.seconds) } ?? "-") s, \(lapses) lapsed claims \
            (\(unexplained.count) unexplained), \(caughtThrice.count) good files caught thrice, \(fenced.reduce(0, +)) fenced commits \
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

    /// What the SIGSTOP did: the host, the claims it held while stopped, those whose late commit it never
    /// logged as fenced, and how long it stayed stopped.
    struct Stop {
        let host: Int
        let claims: [(host: String, delivery: String, attempt: Int)]
        let unfenced: [String]
        let seconds: Double
    }

    /// SIGSTOPs a random host at a moment it holds live claims (a burst of files makes sure there is work),
    /// keeps it stopped for twice its lease and until others took those claims over, SIGCONTs it and waits
    /// until it has tried to commit each of them (fenced). Every stop, the short probing ones too, goes
    /// into the ledger. The waits are for conditions, with deadlines far beyond a loaded machine's pace.
    private func stopWhileHoldingClaims(
        _ hosts: [DaemonHarness], admin: PostgresConnection, ledger: ChaosClaimLedger, random: inout SeededGenerator, delivered: inout Int
    ) async throws -> Stop? {
        let target = Int(random.next() % UInt64(hosts.count))
        let pid = try #require(hosts[target].process?.processIdentifier)
        for attempt in 0..<200 {
            // Fresh work every few tries: on a loaded machine the other hosts may take a whole burst
            // before the target claims any of it.
            if attempt % 10 == 0 {
                for index in 0..<12 {
                    try hosts[index % hosts.count].deliver("burst-\(attempt)-\(index).txt", "Burst \(attempt) item \(index): the council met again on Monday to discuss the harbour, the budget and the schools.\n")
                    delivered += 1
                }
            }
            let event = try await ledger.begin(.stop, host: "h\(target)")
            let stoppedAt = Date()
            #expect(hosts[target].suspend(), "h\(target) stopped")
            let held = try await admin.run { session in
                // Rows its commit transaction already locked would stay its own: only unlocked claims count.
                // Only this incarnation's claims: those of one the test killed just before (same host name,
                // leases still running) were never in this process, which cannot log them as fenced.
                try session.query("BEGIN")
                defer { _ = try? session.query("ROLLBACK") }
                let rows = try session.query("""
                    SELECT job.host, job.delivery, job.attempt FROM aw_jobs AS job
                    JOIN chaos_claims AS claim USING (host, delivery, attempt)
                    WHERE job.claimed_by = $1 AND job.lease_until > clock_timestamp()
                      AND claim.claimed_at > coalesce(
                          (SELECT max(ended_at) FROM chaos_events WHERE kind = 'kill' AND host = $1), '-infinity')
                    FOR UPDATE OF job SKIP LOCKED
                    """, [.text("h\(target)")])
                return (0..<rows.count).compactMap { row -> (host: String, delivery: String, attempt: Int)? in
                    guard let host = rows.text(row, "host"), let delivery = rows.text(row, "delivery"), let attempt = rows.int(row, "attempt") else { return nil }
                    return (host, delivery, attempt)
                }
            }
            if !held.isEmpty {
                // Twice the lease at least, and until the other hosts have taken every held claim over (busy
                // with isolated analyses on a loaded machine, they may need far longer than the lease).
                try await Task.sleep(for: .seconds(2 * Self.leaseSeconds))
                let takeOverDeadline = Date().addingTimeInterval(600)
                var stillHeld = held.count
                while stillHeld > 0, Date() < takeOverDeadline {
                    stillHeld = try await admin.run { session in
                        try held.filter { claim in
                            try !session.query("SELECT 1 FROM aw_jobs WHERE host = $1 AND delivery = $2 AND attempt = $3",
                                               [.text(claim.host), .text(claim.delivery), .int(claim.attempt)]).isEmpty
                        }.count
                    }
                    if stillHeld > 0 { try await Task.sleep(for: .milliseconds(100)) }
                }
                #expect(stillHeld == 0, "h\(target)'s \(held.count) claims were taken over while it was stopped")
                kill(pid, SIGCONT)
                let seconds = Date().timeIntervalSince(stoppedAt)
                try await ledger.end(event)
                // Thawed, it finishes what it held and commits each: every commit must be fenced. Waited for
                // here, so a later kill cannot take the host before it gets there.
                var unfenced = held.map(\.delivery)
                let fenceDeadline = Date().addingTimeInterval(600)
                while !unfenced.isEmpty, Date() < fenceDeadline, hosts[target].isRunning {
                    let log = hosts[target].stderr
                    // The console handler writes metadata as sorted `key=value` pairs, a space after each.
                    unfenced.removeAll { delivery in Self.fencedLines(in: log).contains { $0.contains("spool.claim=\(delivery) ") } }
                    if !unfenced.isEmpty { try await Task.sleep(for: .milliseconds(200)) }
                }
                return Stop(host: target, claims: held, unfenced: unfenced, seconds: seconds)
            }
            kill(pid, SIGCONT)
            try await ledger.end(event)
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("h\(target) never held a claim to be stopped with")
        return nil
    }

    /// The daemon's log lines that report a fenced commit.
    static func fencedLines(in log: String) -> [Substring] {
        log.split(separator: "\n").filter { $0.contains("another attempt holds this input now") }
    }

    /// `articlewatch export --config C`: every committed line of every host, oldest first.
    private func exportedLines(config: String) throws -> [[String: Any]] {
        try articlewatchRecords(["export", "--config", config])
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
