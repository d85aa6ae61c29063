import ArticleAnalysis
import Foundation
import WorkQueue

/// The child side of suspect isolation (`articlewatch analyze-isolated`, started by the daemon from its
/// own binary): the article's bytes on standard input, one record line (result or failure) on standard
/// output, exit 0. It touches no file: the daemon read and checked the claim. Everything that can go
/// wrong with a poison file (a crash, a runaway, memory without end) ends this process, not the daemon.
public enum IsolatedAnalysisChild {
    public static func run(arguments: [String]) -> Never {
        // For scripts/isolation-limits.sh: the limits the daemon sets for an article of this many bytes.
        if arguments.count == 2, arguments[0] == "--print-limits", let bytes = Int(arguments[1]) {
            let limits = IsolationLimits.forArticle(bytes: bytes)
            print(limits.cpuSeconds, limits.memoryBytes)
            ProcessCalls.exit(0)
        }
        let request: IsolatedAnalysisRequest
        do { request = try IsolatedAnalysisRequest(arguments: arguments) } catch {
            exitWithMessage(2, "analyze-isolated: \(error)")
        }
        // The daemon may have died while we were starting; then nobody is waiting for the answer.
        guard ProcessCalls.parentProcessID() == request.parent else {
            leaveOrphanMarker(request.orphanMarker)
            exitWithMessage(3, "analyze-isolated: the daemon is gone")
        }
        watchParent(request.parent, orphanMarker: request.orphanMarker)
        confine(request.limits)
        let bytes = readStandardInput()
        TestFault.trigger(for: request.name)
        let pipeline: AnalysisPipeline
        do { pipeline = try AnalysisPipeline.standard(options: request.options) } catch {
            exitWithMessage(2, "analyze-isolated: \(error)")
        }
        let content = ClaimedContent.bytes(bytes, status: FileStatus(size: bytes.count, changedAt: request.receivedAt))
        let line = ArticleLine.make(name: request.name, content: content, pipeline: pipeline, options: request.options, clock: SystemClock())
        if !ProcessCalls.writeAll(line.line() + [0x0A], to: ProcessCalls.standardOutput) {
            exitWithMessage(4, "analyze-isolated: cannot write the record: \(ProcessCalls.lastErrorDescription())")
        }
        ProcessCalls.exit(0)
    }

    /// A thread that ends the child when the daemon dies (the child is re-parented, so `getppid` changes):
    /// a daemon killed during an isolated analysis must not leave it running on. Before going it leaves
    /// `orphanMarker`: the daemon died while this analysis was alive, so not because of it. Polling is
    /// used rather than PR_SET_PDEATHSIG, which fires when the spawning *thread* ends, and the daemon
    /// spawns from a pool thread that may retire at any time.
    private static func watchParent(_ parent: Int32, orphanMarker: String?) {
        Thread.detachNewThread {
            while true {
                ProcessCalls.pause(microseconds: 100_000)
                guard ProcessCalls.parentProcessID() != parent else { continue }
                leaveOrphanMarker(orphanMarker)
                ProcessCalls.exitAtOnce(3)
            }
        }
    }

    private static func leaveOrphanMarker(_ path: String?) {
        guard let path else { return }
        ProcessCalls.createMarker(path)
    }

    /// The resource limits, set on ourselves before any input is read. `setrlimit` goes through the
    /// prlimit64 system call, which the unit's `SystemCallFilter` allows (only `setrlimit` proper is in
    /// `@resources`). The child is also the first the kernel's OOM killer takes, and dumps no core.
    private static func confine(_ limits: IsolationLimits) {
        let problems = [
            ProcessCalls.setLimit(.cpuSeconds, soft: limits.cpuSeconds, hard: limits.cpuSeconds + 1),
            ProcessCalls.setLimit(.dataBytes, soft: limits.memoryBytes, hard: limits.memoryBytes),
            ProcessCalls.setLimit(.coreBytes, soft: 0, hard: 0),
        ]
        for problem in problems.compactMap({ $0 }) {
            _ = ProcessCalls.writeAll(Array("analyze-isolated: cannot set resource limit \(problem)\n".utf8), to: ProcessCalls.standardError)
        }
        ProcessCalls.writeExisting("/proc/self/oom_score_adj", Array("1000".utf8))
    }

    private static func readStandardInput() -> [UInt8] { ProcessCalls.readAll(ProcessCalls.standardInput).bytes }

    private static func exitWithMessage(_ status: Int32, _ message: String) -> Never {
        _ = ProcessCalls.writeAll(Array((message + "\n").utf8), to: ProcessCalls.standardError)
        ProcessCalls.exit(status)
    }
}
