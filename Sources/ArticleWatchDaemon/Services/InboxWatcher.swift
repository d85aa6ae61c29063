import Logging
import ServiceLifecycle
import Spool
import WorkQueue

/// Notices arrivals in the inbox and hands their names to the workers. inotify is the hint that makes
/// it immediate; a full scan at start, after an overflow or a vanished inbox, and every `rescanSeconds`
/// is the truth. Files written in place are handed over only once they have settled.
final class InboxWatcher: Service {
    private var spool: Spool { queue.spool }
    private let queue: FolderQueue
    private let clock: any DaemonClock
    private let settings: SettingsStore
    private let statistics: DaemonStatistics
    private let notifier: any ServiceManagerNotifier
    private let logger: Logger
    private let arrivals: ArrivalTracker

    init(
        queue: FolderQueue, clock: any DaemonClock, settings: SettingsStore, statistics: DaemonStatistics,
        notifier: any ServiceManagerNotifier, logger: Logger
    ) {
        self.notifier = notifier
        self.queue = queue
        self.clock = clock
        self.settings = settings
        self.statistics = statistics
        self.logger = logger
        arrivals = ArrivalTracker(queue: queue, clock: clock)
    }

    func run() async throws {
        let monitor = try InboxMonitor(inbox: spool.layout.inbox)
        try await rescan()
        statistics.markReady()
        logger.info("watching the inbox", metadata: ["spool.inbox": "\(spool.layout.inbox)"])
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await self.consume(monitor) }
                group.addTask { await self.tick() }
                await group.next()
                group.cancelAll()
            }
        } onGracefulShutdown: {
            self.statistics.update { $0.stopping = true }
            self.notifier.stopping()
            // The drain may take up to shutdownSeconds; ask systemd not to kill us before that.
            let drain = self.settings.current.configuration.shutdownSeconds
            self.notifier.extendTimeout(by: .milliseconds(Int(drain * 1000) + 5000))
            self.logger.notice("stopping: no new claims; finishing in-flight articles", metadata: ["message.id": "stopping"])
            monitor.stop()
        }
        await queue.close()
    }

    private func consume(_ monitor: InboxMonitor) async {
        for await event in monitor.events {
            switch event {
            case let .movedIn(name): await queue.offer(name)
            case let .closedAfterWrite(name): await arrivals.closedAfterWrite(name, settle: settleSeconds)
            case .overflow:
                logger.warning("inotify queue overflowed; rescanning the inbox")
                try? await rescan()
            case .inboxGone:
                logger.error("the inbox was removed or moved; recreating it", metadata: ["spool.inbox": "\(spool.layout.inbox)"])
                await rewatch(monitor)
            }
        }
    }

    /// Settles direct writes and rescans on a timer, until shutdown.
    private func tick() async {
        var lastScan = clock.uptime()
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            let configuration = settings.current.configuration
            let interval = max(0.02, min(0.25, Double(configuration.settleMilliseconds) / 2000))
            try? await clock.sleep(for: .seconds(interval))
            await arrivals.settle(after: settleSeconds)
            if clock.uptime() - lastScan >= .seconds(configuration.rescanSeconds) {
                lastScan = clock.uptime()
                do { try await rescan() } catch {
                    logger.error("cannot scan the inbox", metadata: ["error": "\(error)"])
                }
            }
        }
    }

    private var settleSeconds: Double { Double(settings.current.configuration.settleMilliseconds) / 1000 }

    private func rescan() async throws {
        let entries = try spool.scanInbox()
        await arrivals.scanned(entries, settle: settleSeconds)
        let depth = await queue.waitingCount
        statistics.update { $0.queued = depth }
    }

    /// The inbox was deleted or moved away: recreate the directories, watch again, and rescan.
    private func rewatch(_ monitor: InboxMonitor) async {
        var delay = Duration.milliseconds(50)
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                try spool.layout.create()
                try monitor.watch()
                try await rescan()
                return
            } catch {
                logger.error("cannot recreate or watch the inbox; retrying", metadata: ["error": "\(error)"])
                try? await clock.sleep(for: delay)
                delay = min(delay * 2, .seconds(5))
            }
        }
    }
}
