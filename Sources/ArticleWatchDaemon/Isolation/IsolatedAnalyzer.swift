import ArticleAnalysis
import Dispatch
import Foundation
import Synchronization
import WorkQueue

/// The daemon side of suspect isolation: runs one analysis in a child process (by default the daemon's
/// own binary, re-executed through `/proc/self/exe` in its hidden `analyze-isolated` mode), feeds it the
/// bytes, and tells apart a record, a crash, a runaway and a broken child. The child's death never
/// reaches the daemon: a signal ends only the child, and a child stuck past the wall-clock limit is killed.
///
/// Foundation's `Process` starts the child, not swift-subprocess 1.0.2 (issue 15): its clean build is cheap
/// (62 s wall, 16 s CPU here, 343 s on a loaded machine), but its Linux spawn path is not yet checked against
/// the unit's `SystemCallFilter` (`make test-systemd`), and `Process` already does one child with three pipes.
struct IsolatedAnalyzer: Sendable {
    /// The program and its leading arguments; the request's arguments follow them.
    let command: [String]
    /// Set in the child's environment on top of the daemon's (tests use it for `TestFault`).
    var extraEnvironment: [String: String] = [:]

    /// `/proc/self/exe` rather than argv[0]: the same binary even after a package upgrade replaced the
    /// file on disk, and no dependence on PATH or the working directory.
    static let reexecutingSelf = IsolatedAnalyzer(command: ["/proc/self/exe", "analyze-isolated"])

    /// Runs the analysis off the cooperative pool (it blocks on the child) and returns how it ended.
    /// The wall-clock limit is a timer on `clock`, the daemon's injected clock.
    func analyse(
        _ bytes: [UInt8], request: IsolatedAnalysisRequest, wallSeconds: Double? = nil, clock: any DaemonClock = SystemClock()
    ) async -> IsolatedOutcome {
        let wall = wallSeconds ?? request.limits.wallSeconds
        return await ArticleProcessor.offThePool { [self] in run(bytes, request: request, wallSeconds: wall, clock: clock) }
    }

    /// The most the child may write: a record line carries the clean text (escaped) and the analysis.
    static func outputLimit(inputBytes: Int) -> Int { (64 << 20) + 16 * inputBytes }

    /// systemd already starts services with SIGPIPE ignored (`IgnoreSIGPIPE=yes`); do the same when run
    /// by hand, so a child that dies before reading all its input gives EPIPE here, not the daemon's death.
    private static let brokenPipesIgnored: Bool = {
        ProcessCalls.ignoreBrokenPipes()
        return true
    }()

    private func run(_ bytes: [UInt8], request: IsolatedAnalysisRequest, wallSeconds: Double, clock: any DaemonClock) -> IsolatedOutcome {
        _ = Self.brokenPipesIgnored
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst()) + request.arguments
        var environment = ProcessInfo.processInfo.environment
        // A crash report is one line on standard error, not a backtrace that takes seconds to symbolicate.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment.removeValue(forKey: "NOTIFY_SOCKET")
        environment.merge(extraEnvironment) { $1 }
        process.environment = environment
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        let exited = DispatchSemaphore(value: 0)
        let hasExited = Atomic(false)
        process.terminationHandler = { _ in
            hasExited.store(true, ordering: .sequentiallyConsistent)
            exited.signal()
        }
        do { try process.run() } catch {
            return .broken("cannot start \(command[0]): \(error)")
        }
        let pid = process.processIdentifier
        let helpers = DispatchGroup()
        let writer = input.fileHandleForWriting
        DispatchQueue.global().async(group: helpers) {
            _ = ProcessCalls.writeAll(bytes, to: writer.fileDescriptor)
            try? writer.close()
        }
        let errorText = Mutex<[UInt8]>([])
        let errorReader = errors.fileHandleForReading
        DispatchQueue.global().async(group: helpers) {
            let (text, _) = ProcessCalls.readAll(errorReader.fileDescriptor, limit: 4096, stopWhenFull: false)
            errorText.withLock { $0 = text }
        }
        let timedOut = Atomic(false)
        // A scheduled timer, not a sleeping task: it must fire even when the cooperative pool is busy.
        let timer = clock.schedule(after: .milliseconds(Int64(wallSeconds * 1000))) {
            guard !hasExited.load(ordering: .sequentiallyConsistent) else { return }
            timedOut.store(true, ordering: .sequentiallyConsistent)
            ProcessCalls.killAtOnce(pid)
        }
        let (record, overflowed) = ProcessCalls.readAll(
            output.fileHandleForReading.fileDescriptor, limit: Self.outputLimit(inputBytes: bytes.count), stopWhenFull: true)
        if overflowed { ProcessCalls.killAtOnce(pid) }
        exited.wait()
        timer.cancel()
        helpers.wait()
        let ending = Ending(
            signal: process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil, status: process.terminationStatus,
            output: record, overflowed: overflowed, timedOut: timedOut.load(ordering: .sequentiallyConsistent),
            detail: Self.summary(errorText.withLock { $0 }))
        return ending.outcome(limits: request.limits, wallSeconds: wallSeconds, outputLimit: Self.outputLimit(inputBytes: bytes.count))
    }

    /// Standard error on one line, shortened: what goes into the failure message.
    private static func summary(_ bytes: [UInt8]) -> String {
        let lines = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        let text = lines.filter { !$0.isEmpty }.joined(separator: " | ")
        return text.count > 300 ? String(text.prefix(300)) + "…" : text
    }
}
