/// The box an isolated analysis runs in: CPU time and data memory as resource limits the child sets on
/// itself (`RLIMIT_CPU`, `RLIMIT_DATA`), and a wall-clock limit the daemon enforces with SIGKILL.
///
/// They scale with the article's size, because the analysis is linear in time and memory (`make bounds`),
/// and they are far above what a good file needs: they exist to stop a runaway, not to police cost.
/// Checked with `scripts/isolation-limits.sh` (release child, the 12 pathological kinds of `make bounds`
/// at 10 MiB, the default maxFileBytes): every kind but one finishes inside its limits.
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
    /// The slowest kind, Latin-1, took 9.2 s of CPU at 10 MiB in release (0.9 s per MiB); the debug build
    /// is ~5× slower (the 1 MB single line: 4.7 s). 10 s per MiB is 11× the release cost.
    static let perMebibyteCPUSeconds = 10
    /// A child reaches ~50 MiB peak RSS on a small article; lexicons and the runtime take most of it.
    static let baseMemoryBytes = 384 << 20
    /// At 10 MiB (limit 864 MiB) the largest peak RSS was Latin-1's 683 MB; it fails at 768 MiB and
    /// passes at 1 GiB of `RLIMIT_DATA`. The one kind stopped is an endless sentence of "Dr. " (one 604 MB
    /// allocation, over 1.5 GiB in all): that file would also take the daemon past the unit's
    /// `MemoryMax=1G` if analysed in its own process, so ending it here with a `crashed` line is the point.
    /// Above ~1 GiB the unit's cgroup limit acts first anyway (the child is the OOM killer's first choice).
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
