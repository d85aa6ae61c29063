import Foundation
import Glibc

/// Runs the built `articlewatch` binary on a temporary spool: writes its config, starts and kills it,
/// delivers files the two ways producers do, and reads the logs back.
final class DaemonHarness: @unchecked Sendable {
    let root: String
    var configPath: String { root + "/config.json" }
    var spool: String { root + "/spool" }
    var inbox: String { spool + "/inbox" }
    let resultsPath: String
    let failuresPath: String
    private(set) var process: Process?
    private var stderrFile: String { root + "/daemon.stderr" }

    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["ARTICLEWATCH_BINARY"] { return path }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repository.appendingPathComponent(".build/debug/articlewatch").path
    }

    init(label: String = "it", config: [String: Any] = [:], results: String = "logs/results.jsonl", failures: String = "logs/failures.jsonl") throws {
        root = NSTemporaryDirectory() + "articlewatch-\(label)-\(UUID().uuidString.prefix(8))"
        resultsPath = results.hasPrefix("/") ? results : root + "/" + results
        failuresPath = failures.hasPrefix("/") ? failures : root + "/" + failures
        try FileManager.default.createDirectory(atPath: root + "/spool/inbox", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/spool/tmp", withIntermediateDirectories: true)
        var settings: [String: Any] = [
            "spool": "spool", "results": results, "failures": failures, "settleMilliseconds": 200,
            "rescanSeconds": 2, "fsyncMilliseconds": 5, "workers": 2, "shutdownSeconds": 10,
        ]
        settings.merge(config) { $1 }
        try writeConfig(settings)
    }

    deinit {
        if let process, process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
        try? FileManager.default.removeItem(atPath: root)
    }

    func writeConfig(_ settings: [String: Any]) throws {
        try JSONSerialization.data(withJSONObject: settings, options: [.sortedKeys]).write(to: URL(fileURLWithPath: configPath))
    }

    func start(environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["run", "--config", configPath, "--log", "console", "--log-level", "notice"]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            .filter { $0.key != "NOTIFY_SOCKET" || environment["NOTIFY_SOCKET"] != nil }
        FileManager.default.createFile(atPath: stderrFile, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrFile))
        handle.seekToEndOfFile()
        process.standardError = handle
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        self.process = process
    }

    /// Sends `signal` and waits for the process to exit; returns its exit status.
    @discardableResult
    func stop(_ signal: Int32 = SIGTERM) -> Int32 {
        guard let process else { return -1 }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        self.process = nil
        return process.terminationStatus
    }

    var isRunning: Bool { process?.isRunning ?? false }

    /// SIGSTOPs the daemon and returns once every one of its threads is stopped (false after `timeout`).
    /// kill() only starts a group stop: the thread chosen to take the signal must be scheduled before the
    /// others are told, and until then they go on claiming and committing, which on a loaded machine lasts
    /// long enough to break a test that looks right after the signal.
    func suspend(timeout: Double = 120) -> Bool {
        guard let pid = process?.processIdentifier else { return false }
        kill(pid, SIGSTOP)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
            let stopped = tasks.allSatisfy { task in
                // The state is the field after the parenthesised command name: T (stopped) or t (traced).
                guard let stat = try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/stat", encoding: .utf8),
                    let close = stat.lastIndex(of: ")")
                else { return true }
                let state = stat[stat.index(after: close)...].dropFirst().first
                return state == "T" || state == "t"
            }
            if !tasks.isEmpty, stopped { return true }
            usleep(1_000)
        }
        return false
    }

    /// Waits for the daemon's "ready" log entry: recovery done, inotify watch armed. The default deadline
    /// is far beyond a debug daemon's start on a loaded 2-core machine: only a daemon that never gets
    /// there reaches it.
    func waitForReady(timeout: Double = 120) -> Bool {
        waitForLog("message.id=ready", timeout: timeout)
    }

    /// Waits until the log of the daemon's current run contains `text`; false on timeout.
    func waitForLog(_ text: String, timeout: Double = 120) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if stderr.contains(text) { return true }
            usleep(5_000)
        }
        return false
    }
    var stderr: String { (try? String(contentsOfFile: stderrFile, encoding: .utf8)) ?? "" }

    /// The maildir way: write into tmp/, then rename into inbox/.
    func deliver(_ name: String, _ bytes: [UInt8]) throws {
        let temporary = spool + "/tmp/" + name
        let descriptor = open(temporary, O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno)!) }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == bytes.count else { throw POSIXError(.EIO) }
        guard rename(temporary, inbox + "/" + name) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno)!) }
    }

    func deliver(_ name: String, _ text: String) throws { try deliver(name, Array(text.utf8)) }

    /// Every line of both logs (rotated files included), parsed.
    func lines() -> [[String: Any]] {
        let directory = URL(fileURLWithPath: resultsPath).deletingLastPathComponent().path
        return logFiles(in: directory).flatMap { parse(directory + "/" + $0) }
    }

    /// The results and failures logs and their rotated files (not `.torn` fragments, not the duplicate index).
    private func logFiles(in directory: String) -> [String] {
        let names = [resultsPath, failuresPath].map { URL(fileURLWithPath: $0).lastPathComponent }
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { file in
            !file.hasSuffix(".torn") && names.contains { file == $0 || (file.hasPrefix($0 + ".") && Int(file.dropFirst($0.count + 1)) != nil) }
        }
    }

    func results() -> [[String: Any]] { parse(resultsPath) }
    func failures() -> [[String: Any]] { parse(failuresPath) }

    private func parse(_ path: String) -> [[String: Any]] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]) ?? ["unparseable": String(line)]
        }
    }

    /// Waits until the logs hold at least `count` lines; false on timeout. Counts newlines only, so
    /// polling stays cheap next to a daemon working through thousands of files. The default deadline
    /// is generous for the same reason as `waitForReady`'s.
    func waitForLines(_ count: Int, timeout: Double = 120) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if lineCount() >= count { return true }
            usleep(50_000)
        }
        return false
    }

    func lineCount() -> Int {
        let directory = URL(fileURLWithPath: resultsPath).deletingLastPathComponent().path
        let files = logFiles(in: directory)
        return files.reduce(0) { total, file in
            total + (FileManager.default.contents(atPath: directory + "/" + file)?.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } ?? 0)
        }
    }

    func entries(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: spool + "/" + directory)) ?? []).sorted()
    }

    /// Claim directories still in processing/ (lock files are not claims).
    var claimsInProcessing: [String] { entries("processing").filter { !$0.hasSuffix(".lock") } }
}
