import ArticleAnalysis
import Foundation
import Glibc
import Testing

/// Suspects: claims a dead daemon left in processing/ without a line. Recovery analyses each in a child
/// process, so a poison file kills only the child and a good file gets its real result however often
/// its daemon was killed. The poison is `ARTICLEWATCH_TEST_FAULT` (see `TestFault`): only the child
/// mode honours it, because no real input is known to crash the analyser.
@Suite(.serialized) struct SuspectFaultTests {
    static var article: [UInt8] { DaemonEndToEndTests.seeds.first?.1 ?? Array("Tehran and Moscow signed an agreement on gas.".utf8) }

    @Test func aPoisonFileGetsOneCrashedLineAndTheDaemonStaysUp() throws {
        let daemon = try DaemonHarness(label: "poison")
        let token = try daemon.abandonClaim("poison.txt", Self.article)
        try daemon.start(environment: ["ARTICLEWATCH_TEST_FAULT": "crash:poison"])
        #expect(daemon.waitForReady())
        // The daemon's own analysis never reads the trigger: a poison name delivered now is analysed as usual.
        try daemon.deliver("poison-delivered-later.txt", Self.article)
        #expect(daemon.waitForLines(2))
        #expect(daemon.isRunning)
        #expect(daemon.stop() == 0)
        let failures = daemon.failures()
        #expect(failures.count == 1)
        let failure = try #require(failures.first)
        #expect(failure["file"] as? String == "poison.txt")
        #expect(failure["reason"] as? String == "crashed")
        #expect((failure["message"] as? String ?? "").contains("SIGSEGV"))
        #expect(failure["delivery"] as? String == token)
        #expect(failure["id"] as? String == SHA256.hexDigest(of: Self.article))
        #expect(daemon.results().map { $0["file"] as? String } == ["poison-delivered-later.txt"])
        #expect(daemon.entries("failed") == ["poison.txt"])
        #expect(daemon.claimsInProcessing.isEmpty)
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let validation = try RecordSchemaTests.validate(
            repository.appendingPathComponent("schema/failure.schema.json").path, daemon.failuresPath, repository: repository)
        #expect(validation.status == 0 && validation.text.contains("1 valid, 0 invalid"), "\(validation.text)")
    }

    /// Interrupted twice already (the old limit, where recovery gave a good file up as `internal`):
    /// the isolated analysis gives the line the daemon's own analysis would have, with the old token.
    @Test func aGoodFileInterruptedAgainAndAgainGetsItsRealResult() throws {
        let daemon = try DaemonHarness(label: "suspect-good")
        let token = try daemon.abandonClaim("good.txt", Self.article, interruptedAttempts: 2)
        try daemon.start()
        #expect(daemon.waitForReady())
        #expect(daemon.waitForLines(1))
        #expect(daemon.stop() == 0)
        #expect(daemon.failures().isEmpty)
        let line = try #require(try String(contentsOfFile: daemon.resultsPath, encoding: .utf8).split(separator: "\n").first.map(String.init))
        #expect(line.contains("\"delivery\":\"\(token)\""))
        #expect(Self.timeless(line) == Self.timeless(try Self.analyzedByTheCommand("good.txt", Self.article, root: daemon.root)))
        #expect(daemon.entries("done") == ["good.txt"])
        #expect(daemon.claimsInProcessing.isEmpty)
    }

    /// The bound: after 3 interrupted isolated attempts with no sign of an outside kill, or 10 of any
    /// kind, the claim is failed as `internal`, with its id, and no child is started for it. Attempts
    /// whose child outlived the daemon (`.orphaned-N`) were kills from outside and do not count toward 3.
    @Test(arguments: [(3, 0, false), (3, 1, true), (9, 9, true), (10, 10, false), (4, 2, true), (5, 2, false)])
    func recoveryGivesUpOnlyAtTheBound(interrupted: Int, orphaned: Int, triedAgain: Bool) throws {
        let daemon = try DaemonHarness(label: "suspect-bound")
        let token = try daemon.abandonClaim("stuck.txt", Self.article, interruptedAttempts: interrupted, orphaned: orphaned)
        try daemon.start()
        #expect(daemon.waitForReady())
        #expect(daemon.waitForLines(1))
        #expect(daemon.stop() == 0)
        #expect(daemon.stderr.contains("analysing a suspect in a separate process") == triedAgain)
        if triedAgain {
            #expect(daemon.failures().isEmpty)
            #expect(daemon.results().first?["delivery"] as? String == token)
        } else {
            let failure = try #require(daemon.failures().first)
            #expect(failure["reason"] as? String == "internal" && failure["delivery"] as? String == token)
            #expect(failure["id"] as? String == SHA256.hexDigest(of: Self.article))
            #expect(daemon.entries("failed") == ["stuck.txt"])
        }
    }

    /// The daemon SIGKILLed while the child runs: the child goes too (no orphan keeps analysing), the
    /// attempt is counted, and the next start analyses the file again and writes its result.
    @Test func aDaemonKilledDuringAnIsolatedAnalysisTakesItsChildAlongAndTriesAgain() throws {
        let daemon = try DaemonHarness(label: "suspect-kill")
        let token = try daemon.abandonClaim("slow.txt", Self.article)
        try daemon.start(environment: ["ARTICLEWATCH_TEST_FAULT": "spin:slow"])
        let daemonPID = try #require(daemon.process?.processIdentifier)
        let child = try #require(Self.waitForChild(of: daemonPID, timeout: 120), "the isolated child started")
        daemon.stop(SIGKILL)
        #expect(Self.waitUntilGone(child, timeout: 60), "the child ended with its daemon")
        #expect(FileManager.default.fileExists(atPath: daemon.spool + "/processing/\(token)/.recovery-1"))
        #expect(FileManager.default.fileExists(atPath: daemon.spool + "/processing/\(token)/.orphaned-1"), "the child left word that it outlived the daemon")
        try daemon.start()
        #expect(daemon.waitForReady())
        #expect(daemon.waitForLines(1))
        #expect(daemon.stop() == 0)
        let result = try #require(daemon.results().first)
        #expect(result["file"] as? String == "slow.txt" && result["delivery"] as? String == token)
        #expect(daemon.failures().isEmpty)
        #expect(daemon.claimsInProcessing.isEmpty)
    }

    /// The fields that differ between two analyses of the same bytes at different times, blanked.
    static func timeless(_ line: String) -> String {
        line.replacingOccurrences(of: #""(receivedAt|analyzedAt|delivery)":("[^"]*"|null)"#, with: "\"$1\":_", options: .regularExpression)
            .replacingOccurrences(of: #""durationMs":[0-9.e+-]+"#, with: "\"durationMs\":_", options: .regularExpression)
    }

    /// `articlewatch analyze` on the same bytes under the same name: the daemon's own pipeline.
    static func analyzedByTheCommand(_ name: String, _ bytes: [UInt8], root: String) throws -> String {
        let directory = root + "/command"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: directory + "/" + name, contents: Data(bytes))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DaemonHarness.binary)
        process.arguments = ["analyze", directory + "/" + name]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output.trimmingCharacters(in: .newlines)
    }

    /// The pid of a process whose parent is `parent` and whose command line says `analyze-isolated`.
    static func waitForChild(of parent: Int32, timeout: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
                guard let pid = Int32(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                    let close = stat.lastIndex(of: ")")
                else { continue }
                let fields = stat[stat.index(after: close)...].split(separator: " ")
                guard fields.count > 2, Int32(fields[1]) == parent,
                    let command = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline"),
                    String(decoding: command, as: UTF8.self).contains("analyze-isolated")
                else { continue }
                return pid
            }
            usleep(20_000)
        }
        return nil
    }

    static func waitUntilGone(_ pid: Int32, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            // Gone, or a zombie whose parent (the test's `init` stand-in) has not reaped it yet.
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
            if let close = stat.lastIndex(of: ")"), stat[stat.index(after: close)...].split(separator: " ").first == "Z" { return true }
            usleep(20_000)
        }
        return false
    }
}

extension DaemonHarness {
    /// A claim as a SIGKILLed daemon leaves it: `processing/<dead instance>.1/NAME`, plus one
    /// `.recovery-N` marker per isolated attempt that was itself interrupted, the first `orphaned` of
    /// them with the `.orphaned-N` a child leaves when it outlives the daemon. Returns the claim's token.
    func abandonClaim(_ name: String, _ bytes: [UInt8], interruptedAttempts: Int = 0, orphaned: Int = 0) throws -> String {
        let token = "dead-\(UUID().uuidString.prefix(8).lowercased())-1.1"
        let directory = spool + "/processing/" + token
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: directory + "/" + name, contents: Data(bytes))
        for attempt in stride(from: 1, through: interruptedAttempts, by: 1) {
            FileManager.default.createFile(atPath: directory + "/.recovery-\(attempt)", contents: nil)
        }
        for attempt in stride(from: 1, through: orphaned, by: 1) {
            FileManager.default.createFile(atPath: directory + "/.orphaned-\(attempt)", contents: nil)
        }
        return token
    }
}
