import Logging
import ServiceLifecycle
import Spool
import Synchronization
import Systemd
import WorkQueue

/// Free space before claiming: right before each claim the gate asks `admit`, which reads the free
/// space of the logs' file systems (one statvfs each, a few microseconds). Below `minFreeBytes` claiming
/// pauses with a typed reason in STATUS and the journal, inputs stay in the inbox, and `run` looks again
/// every `recheck` until there is room, then resumes by itself. No disk-space event exists to wait on,
/// so while (and only while) paused this is a timer.
final class FreeSpaceGuard: Service, Sendable {
    typealias Probe = @Sendable (RawPath) throws(SystemError) -> FileSystemSpace

    private let directories: [RawPath]
    private let settings: SettingsStore
    private let gate: ClaimGate
    private let statistics: DaemonStatistics
    private let clock: any DaemonClock
    private let logger: Logger
    private let probe: Probe
    private let recheck: Duration
    private let pausedHere = Mutex(false)
    private let pauses: AsyncStream<Void>
    private let pauseSignal: AsyncStream<Void>.Continuation

    init(
        directories: [RawPath], settings: SettingsStore, gate: ClaimGate, statistics: DaemonStatistics, clock: any DaemonClock,
        logger: Logger, recheck: Duration = .seconds(1), probe: @escaping Probe = { path throws(SystemError) in try FileSystemSpace.of(path) }
    ) {
        self.directories = Array(Set(directories)).sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
        self.settings = settings
        self.gate = gate
        self.statistics = statistics
        self.clock = clock
        self.logger = logger
        self.probe = probe
        self.recheck = recheck
        (pauses, pauseSignal) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// The directory with the least room below its floor, or nil when every one has room (or cannot be
    /// read: the log's own writes report that trouble).
    func shortage() -> PauseReason? {
        let configuration = settings.current.configuration
        guard configuration.minFreeBytes != 0 else { return nil }
        for directory in directories {
            guard let space = try? probe(directory) else { continue }
            let minimum = configuration.minimumFreeBytes(onFileSystemOf: space.totalBytes)
            if space.availableBytes < minimum {
                return .lowDiskSpace(path: "\(directory)", availableBytes: space.availableBytes, minimumBytes: minimum)
            }
        }
        return nil
    }

    /// Before a claim: true when there is room. Otherwise pauses claiming and returns false.
    func admit() -> Bool {
        guard let reason = shortage() else { return true }
        let first = pausedHere.withLock { paused in
            defer { paused = true }
            return !paused
        }
        if first {
            gate.pause(.lowDiskSpace)
            statistics.update { $0.pausedBecause = reason }
            logger.error("paused: free space below minFreeBytes; not claiming new files", metadata: [
                "pause.reason": "\(reason)", "message.id": "paused",
            ])
            pauseSignal.yield()
        }
        return false
    }

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            for await _ in self.pauses {
                while self.pausedHere.withLock({ $0 }) {
                    try await self.clock.sleep(for: self.recheck)
                    if self.shortage() == nil { self.resume() }
                }
            }
        }
    }

    private func resume() {
        pausedHere.withLock { $0 = false }
        statistics.update { snapshot in
            if case .lowDiskSpace = snapshot.pausedBecause { snapshot.pausedBecause = nil }
        }
        gate.resume(.lowDiskSpace)
        logger.notice("resumed: free space above minFreeBytes", metadata: ["message.id": "resumed"])
    }
}
