import Glibc
import SystemPackage

/// The process calls of suspect isolation (the daemon's side and the child's), each wrapped once with its
/// C name in the doc comment. Reads and writes go through swift-system, which retries EINTR.
enum ProcessCalls {
    /// The standard descriptors (STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO).
    static let standardInput: Int32 = STDIN_FILENO
    static let standardOutput: Int32 = STDOUT_FILENO
    static let standardError: Int32 = STDERR_FILENO

    /// getpid(2).
    static func processID() -> Int32 { getpid() }

    /// getppid(2): changes when the parent dies and the child is re-parented.
    static func parentProcessID() -> Int32 { getppid() }

    /// kill(2) with SIGKILL: a runaway child, or one that wrote more than its limit.
    static func killAtOnce(_ process: Int32) { _ = kill(process, SIGKILL) }

    /// signal(2) with SIG_IGN for SIGPIPE, as systemd's `IgnoreSIGPIPE=yes` does: a write to a child that
    /// died gives EPIPE instead of ending the daemon.
    static func ignoreBrokenPipes() { _ = signal(SIGPIPE, SIG_IGN) }

    /// raise(3) of SIGSEGV: a real crash from a real signal (`TestFault`).
    static func raiseSegmentationFault() { _ = raise(SIGSEGV) }

    /// time(2): a cheap outside call that keeps a spinning loop from being optimised away (`TestFault`).
    static func touchTheKernel() { _ = time(nil) }

    /// exit(3).
    static func exit(_ status: Int32) -> Never { Glibc.exit(status) }

    /// _exit(2): at once, from any thread, running no exit handlers.
    static func exitAtOnce(_ status: Int32) -> Never { _exit(status) }

    /// usleep(3) in the child's parent watch (see `IsolatedAnalysisChild.watchParent`), the one sleep of
    /// the child process; the daemon's own timers run on its injected clock.
    static func pause(microseconds: UInt32) { _ = usleep(microseconds) }

    /// strerror(3) of the current errno.
    static func lastErrorDescription() -> String { String(cString: strerror(errno)) }

    /// The limits the isolated child puts on itself.
    enum Resource {
        case cpuSeconds, dataBytes, coreBytes

        fileprivate var rawValue: __rlimit_resource_t {
            switch self {
            case .cpuSeconds: __rlimit_resource_t(RLIMIT_CPU.rawValue)
            case .dataBytes: __rlimit_resource_t(RLIMIT_DATA.rawValue)
            case .coreBytes: __rlimit_resource_t(RLIMIT_CORE.rawValue)
            }
        }
    }

    /// setrlimit(2), which glibc sends as prlimit64 (the unit's `SystemCallFilter` allows that one).
    /// Returns the error's words, nil when the limit is set.
    static func setLimit(_ resource: Resource, soft: Int, hard: Int) -> String? {
        var limit = rlimit(rlim_cur: rlim_t(soft), rlim_max: rlim_t(hard))
        return setrlimit(resource.rawValue, &limit) == 0 ? nil : "\(resource): \(lastErrorDescription())"
    }

    /// open(2) with O_WRONLY|O_CREAT|O_CLOEXEC (mode 0644) and close(2): an empty marker file.
    static func createMarker(_ path: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        if descriptor >= 0 { close(descriptor) }
    }

    /// open(2) O_WRONLY|O_CLOEXEC of an existing file, write(2) of `bytes`, close(2): a /proc setting.
    static func writeExisting(_ path: String, _ bytes: [UInt8]) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = writeAll(bytes, to: descriptor)
        close(descriptor)
    }

    /// read(2) to end of file keeping at most `limit` bytes (nil: all); true when there was more. Without
    /// `stopWhenFull` the rest is read and dropped, so the writer never blocks on a full pipe.
    static func readAll(_ descriptor: Int32, limit: Int? = nil, stopWhenFull: Bool = false) -> (bytes: [UInt8], overflowed: Bool) {
        let file = FileDescriptor(rawValue: descriptor)
        var bytes: [UInt8] = []
        var overflowed = false
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            guard let count = try? chunk.withUnsafeMutableBytes({ try file.read(into: $0, retryOnInterrupt: true) }), count > 0 else {
                return (bytes, overflowed)
            }
            let kept = min(count, (limit ?? .max) - bytes.count)
            bytes += chunk[..<kept]
            if kept < count {
                overflowed = true
                if stopWhenFull { return (bytes, true) }
            }
        }
    }

    /// write(2) until every byte is written; false when a write fails (EPIPE from a child that died).
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        do {
            _ = try bytes.withUnsafeBytes { try FileDescriptor(rawValue: descriptor).writeAll($0) }
            return true
        } catch {
            return false
        }
    }

    /// SIGXCPU: the signal the kernel sends at the soft RLIMIT_CPU.
    static let cpuLimitSignal: Int32 = SIGXCPU

    /// `SIGSEGV` rather than 11: the name is what people search for.
    static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            SIGHUP: "SIGHUP", SIGINT: "SIGINT", SIGQUIT: "SIGQUIT", SIGILL: "SIGILL", SIGTRAP: "SIGTRAP", SIGABRT: "SIGABRT",
            SIGBUS: "SIGBUS", SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGPIPE: "SIGPIPE", SIGTERM: "SIGTERM",
            SIGXCPU: "SIGXCPU", SIGXFSZ: "SIGXFSZ", SIGSYS: "SIGSYS",
        ]
        return names[signal] ?? "signal \(signal)"
    }
}
