import ArticleAnalysis
import Foundation
import Glibc
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
            exit(0)
        }
        let request: IsolatedAnalysisRequest
        do { request = try IsolatedAnalysisRequest(arguments: arguments) } catch {
            exitWithMessage(2, "analyze-isolated: \(error)")
        }
        // The daemon may have died while we were starting; then nobody is waiting for the answer.
        guard getppid() == request.parent else {
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
        if !writeAll(line.line() + [0x0A], to: STDOUT_FILENO) {
            exitWithMessage(4, "analyze-isolated: cannot write the record: \(String(cString: strerror(errno)))")
        }
        exit(0)
    }

    /// A thread that ends the child when the daemon dies (the child is re-parented, so `getppid` changes):
    /// a daemon killed during an isolated analysis must not leave it running on. Before going it leaves
    /// `orphanMarker`: the daemon died while this analysis was alive, so not because of it. Polling is
    /// used rather than PR_SET_PDEATHSIG, which fires when the spawning *thread* ends, and the daemon
    /// spawns from a pool thread that may retire at any time.
    private static func watchParent(_ parent: Int32, orphanMarker: String?) {
        Thread.detachNewThread {
            while true {
                usleep(100_000)
                guard getppid() != parent else { continue }
                leaveOrphanMarker(orphanMarker)
                _exit(3)
            }
        }
    }

    private static func leaveOrphanMarker(_ path: String?) {
        guard let path else { return }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        if descriptor >= 0 { close(descriptor) }
    }

    /// The resource limits, set on ourselves before any input is read. `setrlimit` goes through the
    /// prlimit64 system call, which the unit's `SystemCallFilter` allows (only `setrlimit` proper is in
    /// `@resources`). The child is also the first the kernel's OOM killer takes, and dumps no core.
    private static func confine(_ limits: IsolationLimits) {
        setLimit(RLIMIT_CPU, soft: limits.cpuSeconds, hard: limits.cpuSeconds + 1)
        setLimit(RLIMIT_DATA, soft: limits.memoryBytes, hard: limits.memoryBytes)
        setLimit(RLIMIT_CORE, soft: 0, hard: 0)
        let descriptor = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC)
        if descriptor >= 0 {
            _ = writeAll(Array("1000".utf8), to: descriptor)
            close(descriptor)
        }
    }

    private static func setLimit(_ resource: __rlimit_resource, soft: Int, hard: Int) {
        var limit = rlimit(rlim_cur: rlim_t(soft), rlim_max: rlim_t(hard))
        if setrlimit(__rlimit_resource_t(resource.rawValue), &limit) != 0 {
            FileHandle.standardError.write(Data("analyze-isolated: cannot set resource limit \(resource.rawValue): \(String(cString: strerror(errno)))\n".utf8))
        }
    }

    private static func readStandardInput() -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += chunk[..<count]
            } else if count == 0 || errno != EINTR {
                return bytes
            }
        }
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }

    private static func exitWithMessage(_ status: Int32, _ message: String) -> Never {
        _ = writeAll(Array((message + "\n").utf8), to: STDERR_FILENO)
        exit(status)
    }
}
