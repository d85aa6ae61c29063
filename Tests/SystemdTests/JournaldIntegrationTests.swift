import Foundation
import Testing

/// `JournalLogHandler` against a real systemd-journald, started for the test in a private mount namespace
/// with a tmpfs /run (scripts/journald-probe.sh): the probe (`articlewatch-eval systemd-probe journal`) logs,
/// and the entries are read back with `journalctl -o json`.
@Suite(.serialized, .enabled(if: TestEnvironment.canRunPrivateJournald, TestEnvironment.privateJournaldRequirements))
struct JournaldIntegrationTests {
    /// Runs the probe with `arguments` under a private journald; returns its stdout and the probe's entries.
    private func runProbe(_ command: [String]) throws -> (stdout: String, entries: [[String: Any]]) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("journald-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let script = TestEnvironment.repositoryRoot.appendingPathComponent("scripts/journald-probe.sh").path
        let result = try TestEnvironment.run(script, [output.path] + command)
        #expect(result.status == 0, "journald-probe.sh failed: \(result.output)")
        let stdout = try String(contentsOf: output.appendingPathComponent("stdout"), encoding: .utf8)
        let lines = try String(contentsOf: output.appendingPathComponent("entries.json"), encoding: .utf8).split(separator: "\n")
        let entries = try lines.compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .filter { $0["SYSLOG_IDENTIFIER"] as? String == "articlewatch" }
        return (stdout, entries)
    }

    private func entry(_ entries: [[String: Any]], message: String) throws -> [String: Any] {
        try #require(entries.first { $0["MESSAGE"] as? String == message }, "no entry \"\(message)\" in \(entries.count) entries")
    }

    @Test func structuredFieldsArriveInTheJournal() throws {
        let (stdout, entries) = try runProbe([try #require(TestEnvironment.evalBinary), "systemd-probe", "journal"])
        #expect(stdout.contains("\"dropped\":0"))
        #expect(entries.count == 7)

        let analysed = try entry(entries, message: "article analysed")
        #expect(analysed["MESSAGE_ID"] as? String == "15993fc2830242409d4181d9e94bb0f2")
        #expect(analysed["PRIORITY"] as? String == "6")
        #expect(analysed["ARTICLE_ID"] as? String == "8f64f1e923156d79")
        #expect(analysed["ARTICLE_FILE"] as? String == "x.txt")
        #expect(analysed["ARTICLE_BYTES"] as? String == "1204")
        #expect(analysed["DURATION_MS"] as? String == "3.5")
        #expect(analysed["OUTCOME"] as? String == "analysed")
        #expect(analysed["CODE_FILE"] as? String == "articlewatch_eval/JournalProbe.swift")
        #expect(analysed["CODE_FUNC"] as? String == "logFixedEntries(_:)")
        #expect(Int(analysed["CODE_LINE"] as? String ?? "") != nil)
        #expect(analysed["LOGGER_LABEL"] as? String == "articlewatch.probe")

        let started = try entry(entries, message: "articlewatch started")
        #expect(started["MESSAGE_ID"] as? String == "c4e312385462494288a983394ce59ac7")
        #expect(started["PRIORITY"] as? String == "5")

        let failed = try entry(entries, message: "article failed")
        #expect(failed["PRIORITY"] as? String == "3")
        #expect(failed["FAILURE_REASON"] as? String == "unreadable")
        #expect(failed["ERROR_MESSAGE"] as? String == "unreadable")
    }

    @Test func awkwardKeysAreRenamedNotLost() throws {
        let (_, entries) = try runProbe([try #require(TestEnvironment.evalBinary), "systemd-probe", "journal"])
        let awkward = try entry(entries, message: "awkward keys\nsecond line")
        #expect(awkward["TRUSTED"] as? String == "a")
        #expect(awkward["F_9LIVES"] as? String == "b")
        #expect(awkward["SPOOL_FILE_NAME"] as? String == "c")
        #expect(awkward["META_MESSAGE"] as? String == "d")
        #expect(awkward[String(repeating: "K", count: 64)] as? String == "e")
        #expect(awkward["LIMITS_MAX_BYTES"] as? String == "4096")
        #expect(awkward["META_MESSAGE_ID"] as? String == "not-an-id")
        #expect(awkward["MESSAGE_ID"] == nil)
        #expect(awkward["PRIORITY"] as? String == "4")
        #expect(Set(entries.compactMap { $0["PRIORITY"] as? String }) == ["2", "3", "4", "5", "6", "7"])
    }

    /// With journald frozen (SIGSTOP) its socket queue fills and `sd_journal_sendv` would block;
    /// 20,000 log calls must still return, with the overflow dropped and counted.
    @Test func aStalledJournaldNeverBlocksTheCaller() throws {
        let probe = try #require(TestEnvironment.evalBinary)
        let (stdout, _) = try runProbe([
            "/bin/sh", "-c", "kill -STOP \"$JOURNALD_PID\" && exec \"$0\" systemd-probe journal --burst 20000 --no-wait", probe,
        ])
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        let dropped = try #require(summary["dropped"] as? Int)
        let outstanding = try #require(summary["outstanding"] as? Int)
        #expect(dropped > 10_000)
        #expect(outstanding == 4_096)
        #expect(summary["flushed"] as? Bool == false)
    }
}
