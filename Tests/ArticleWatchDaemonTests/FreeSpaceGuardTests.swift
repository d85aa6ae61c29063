@testable import ArticleWatchDaemon
import Logging
import Spool
import Synchronization
import Systemd
import Testing
import WorkQueue

/// The free-space check with a probe the test controls and the test clock: no disk is filled.
@Suite struct FreeSpaceGuardTests {
    private let clock = TestClock()
    private let gate = ClaimGate()
    private let statistics = DaemonStatistics()
    private let free = FreeBytes()

    private func makeGuard(minFreeBytes: Int) throws -> FreeSpaceGuard {
        var configuration = Configuration.defaults(processorCount: 1)
        configuration.minFreeBytes = minFreeBytes
        let settings = try SettingsStore(configuration)
        return FreeSpaceGuard(
            directories: [RawPath("/logs")], settings: settings, gate: gate, statistics: statistics, clock: clock,
            logger: Logger(label: "test"), recheck: .seconds(1)
        ) { [free] _ throws(SystemError) in FileSystemSpace(availableBytes: free.value, totalBytes: 1 << 30) }
    }

    @Test func belowTheFloorClaimingPausesWithATypedReasonAndResumesWhenSpaceReturns() async throws {
        let guardian = try makeGuard(minFreeBytes: 50 << 20)
        gate.setAdmission { guardian.admit() }
        #expect(gate.admits())
        free.set(10 << 20)
        #expect(!gate.admits())
        #expect(gate.pauses == [.lowDiskSpace])
        #expect(statistics.snapshot.pausedBecause == .lowDiskSpace(path: "/logs", availableBytes: 10 << 20, minimumBytes: 50 << 20))
        let running = Task { try await guardian.run() }
        await clock.waitForSleepers(1)
        clock.advance(by: .seconds(1))
        await clock.waitForSleepers(1)
        #expect(gate.pauses == [.lowDiskSpace], "still short: still paused")
        free.set(60 << 20)
        clock.advance(by: .seconds(1))
        let claimer = Task { await gate.waitUntilOpen() }
        #expect(await claimer.value)
        #expect(gate.pauses.isEmpty)
        #expect(statistics.snapshot.pausedBecause == nil)
        running.cancel()
    }

    @Test func theAutomaticFloorIsOnePercentOfTheFileSystemAtMostOneGiB() {
        let configuration = Configuration.defaults(processorCount: 1)
        #expect(configuration.minFreeBytes == Configuration.automaticMinFreeBytes)
        #expect(configuration.minimumFreeBytes(onFileSystemOf: 10 << 30) == (10 << 30) / 100)
        #expect(configuration.minimumFreeBytes(onFileSystemOf: 1 << 40) == 1 << 30)
    }

    @Test func zeroTurnsTheCheckOff() throws {
        let guardian = try makeGuard(minFreeBytes: 0)
        free.set(0)
        #expect(guardian.admit())
    }

    /// The real statvfs on a real directory agrees with itself: some bytes free, no more than the size.
    @Test func theRealProbeReadsTheFileSystem() throws {
        let space = try FileSystemSpace.of(RawPath("/tmp"))
        #expect(space.totalBytes > 0)
        #expect(space.availableBytes >= 0 && space.availableBytes <= space.totalBytes)
    }
}

/// The free bytes the probe reports, set by the test.
final class FreeBytes: Sendable {
    private let bytes = Mutex(100 << 20)
    var value: Int { bytes.withLock { $0 } }
    func set(_ value: Int) { bytes.withLock { $0 = value } }
}
