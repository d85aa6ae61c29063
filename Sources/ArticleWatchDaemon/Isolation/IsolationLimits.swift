/// The box an isolated analysis runs in: CPU time and data memory as resource limits the child sets on
/// itself (`RLIMIT_CPU`, `RLIMIT_DATA`), and a wall-clock limit the daemon enforces with SIGKILL.
///
/// They scale with the article's size, because the analysis is linear in time and memory (`make bounds`),
/// and they are far above what a good file needs: they exist to stop a runaway, not to police cost.
/// Calibrated on `make bounds` (release, 12 pathological kinds at 1–8 MB) and on the debug binary the
/// tests run: see `perMebibyteCPUSeconds` and `perByteMemory`.
public struct IsolationLimits: Sendable, Equatable {
    /// Soft `RLIMIT_CPU`: SIGXCPU at this many seconds of CPU (SIGKILL one second later).
    public var cpuSeconds: Int
    /// `RLIMIT_DATA`: heap and other private writable memory; an allocation over it fails and the child aborts.
    public var memoryBytes: Int

    public init(cpuSeconds: Int, memoryBytes: Int) {
        self.cpuSeconds = cpuSeconds
        self.memoryBytes = memoryBytes
    }

    /// Start-up of the child: the debug binary builds its lexicons in ~0.9 s of CPU (release ~0.15 s).
    static let baseCPUSeconds = 10
    /// The slowest pathological kind costs ~0.5 s per MiB in release and ~5 s per MiB in the debug build
    /// (the 1 MB single line took 4.7 s); 10 s per MiB leaves a margin of 2× on debug, 20× on release.
    static let perMebibyteCPUSeconds = 10
    /// A debug child reaches ~50 MiB peak RSS on a small article; lexicons and the runtime take most of it.
    static let baseMemoryBytes = 384 << 20
    /// `make bounds`: extra peak memory stays under ~27× the input on every kind; 48× leaves room.
    static let perByteMemory = 48

    /// The limits for an article of `bytes` bytes.
    public static func forArticle(bytes: Int) -> IsolationLimits {
        let mebibytes = (bytes + (1 << 20) - 1) >> 20
        return IsolationLimits(
            cpuSeconds: baseCPUSeconds + perMebibyteCPUSeconds * mebibytes, memoryBytes: baseMemoryBytes + perByteMemory * bytes)
    }

    /// The wall-clock limit: the CPU limit can only be reached this late on a machine shared 4 ways,
    /// plus the time to start; a child past it is stuck without using CPU, and is killed.
    public var wallSeconds: Double { Double(cpuSeconds) * 4 + 30 }
}
