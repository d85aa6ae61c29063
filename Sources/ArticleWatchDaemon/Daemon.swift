import ArticleAnalysis
import DuplicateRegistry
import Foundation
import PostgresQueue
public import Logging
import ServiceLifecycle
import Spool
import Systemd
import UnixSignals
import WorkQueue

/// The daemon, wired: spool and logs opened, recovery finished, then the services run in one group
/// until SIGTERM or SIGINT. Order matters: the group stops them in reverse, so the watcher stops
/// claiming first, the workers drain, and the writer is flushed last.
public enum Daemon {
    public static func run(
        configurationPath: String, configuration: Configuration, notifier: any ServiceManagerNotifier, logger: Logger
    ) async throws {
        // Signals are trapped before anything else: a SIGTERM during start-up (lexicon preload, recovery)
        // must still mean "stop cleanly", not the default kill. The trap is in place once the sequence
        // exists (its init ignores the signals and arms Dispatch sources); only the listening runs in a task.
        let stop = StopSignals(logger: logger)
        // The C libraries' global state, built on this thread before any worker or warm-up task can race to it.
        AnalysisLibraries.initialiseOnce()
        let trapped = await UnixSignalsSequence(trapping: .sigterm, .sigint)
        let signals = Task { await stop.listen(to: trapped) }
        defer { signals.cancel() }
        // The analysis tables need neither the spool nor the logs, and the near-duplicate index load needs
        // no tables: with two free cores they are built side by side (exec → READY with 100k history lines
        // went from their sum to about the longer of the two, 298 → 172 ms; docs/BENCHMARKS.md). Recovery
        // waits for them below.
        async let analysisWarmedUp: Void = AnalysisWarmUp.run(configuration.analysis)
        let clock = SystemClock()
        let statistics = DaemonStatistics()
        let spool = try Spool(root: RawPath(configuration.spool), clock: clock)
        let gate = ClaimGate()
        let logs = try ResultLogs(
            results: RawPath(configuration.results), failures: RawPath(configuration.failures), policy: configuration.durability,
            rotation: configuration.rotation, logger: logger, clock: clock
        ) { trouble in
            // Called in order from the appender's actor: the gate pauses and resumes synchronously.
            if let trouble { gate.pause(.logUnwritable) } else { gate.resume(.logUnwritable) }
            statistics.update { $0.pausedBecause = trouble.map(PauseReason.init) }
            if let trouble {
                logger.error("paused: not claiming new files", metadata: ["pause.reason": "\(trouble)", "message.id": "paused"])
            } else {
                logger.notice("resumed", metadata: ["message.id": "resumed"])
            }
        }
        for appender in [logs.results, logs.failures] {
            if let repair = appender.repairedTail {
                logger.warning("cut a torn last line from the log", metadata: [
                    "log.path": "\(appender.path)", "repair.bytes": "\(repair.removedBytes)", "repair.keptIn": "\(repair.keptIn)",
                ])
            }
        }
        logger.notice("started", metadata: [
            "spool.root": "\(configuration.spool)", "spool.instance": "\(spool.instance.id)",
            "config.workers": "\(configuration.workers)", "message.id": "started",
        ])
        let duplicates = DuplicateRegistry(
            indexPath: DuplicateIndexKeeper.indexPath(forResults: configuration.results),
            threshold: configuration.analysis.nearDuplicateThreshold, window: configuration.analysis.nearDuplicateWindow, logger: logger)
        // A first start on a long history rebuilds the index from the logs (25 s for 1M lines): keep the
        // service manager's start timeout from killing that, as for recovery below.
        notifier.status("loading the near-duplicate index")
        notifier.extendTimeout(by: .seconds(120))
        await DuplicateIndexKeeper.load(duplicates, configuration: configuration, logger: logger)
        // Before the first claim (recovery analyses): no article pays for the tables, and a kill while they
        // are built cannot count as an interrupted analysis of a file.
        await analysisWarmedUp
        // The warm-up built the stages' tables: this only assembles the pipeline (or says why it cannot).
        let settings = try SettingsStore(configuration)
        let queue = FolderQueue(
            spool: spool, logs: logs, gate: gate, clock: clock, logger: logger,
            keepProcessed: { settings.current.configuration.keepProcessed })
        let processor = ArticleProcessor(
            queue: queue, settings: settings, statistics: statistics, duplicates: duplicates, clock: clock, logger: logger)
        var shared: SharedQueueWiring?
        if configuration.queue.engine == .postgres {
            notifier.status("connecting to the shared queue")
            guard let database = try await SharedQueueWiring.connect(
                configuration.queue, workers: configuration.workers, notifier: notifier, clock: clock, logger: logger,
                stopRequested: { await stop.isRequested })
            else {
                spool.instance.release()
                logger.notice("stopped before the shared queue was reachable", metadata: ["message.id": "stopped"])
                return
            }
            let sharedQueue = SharedWorkQueue(
                database: database, gate: gate, nearDuplicateThreshold: configuration.analysis.nearDuplicateThreshold,
                commitsBatchesTogether: true, clock: clock
            ) { problem in
                let reason = problem.map { PauseReason.sharedQueueUnreachable(target: database.connection.target, detail: $0) }
                statistics.update { $0.pausedBecause = reason }
                if let reason {
                    logger.error("paused: not claiming shared work", metadata: [
                        "pause.reason": "\(reason)", "pause.kind": "\(reason.kind)", "message.id": "paused",
                    ])
                } else {
                    logger.notice("resumed: the shared queue is reachable", metadata: ["message.id": "resumed"])
                }
            }
            shared = SharedQueueWiring(
                database: database, shared: sharedQueue, local: queue, localProcessor: processor,
                sharedProcessor: ArticleProcessor(
                    queue: sharedQueue, settings: settings, statistics: statistics, duplicates: duplicates, clock: clock, logger: logger),
                settings: settings, logs: logs, logger: logger)
        }
        notifier.status("recovering \(configuration.spool)/processing")
        notifier.extendTimeout(by: .seconds(120))
        if let shared {
            try await shared.recover(notifier: notifier)
        } else {
            let recovered = try await Recovery(
                queue: queue, processor: processor, logger: logger,
                extendStartTimeout: { notifier.extendTimeout(by: $0) }
            ).run()
            if recovered.total > 0 {
                logger.notice("recovery finished", metadata: [
                    "recovery.movedOn": "\(recovered.movedOn)", "recovery.analysedAgain": "\(recovered.analysedAgain)",
                    "recovery.givenUp": "\(recovered.givenUp)",
                ])
            }
        }

        let freeSpace = FreeSpaceGuard(
            directories: [configuration.results, configuration.failures].map { RawPath(Self.directory(of: $0)) },
            settings: settings, gate: gate, statistics: statistics, clock: clock, logger: logger)
        gate.setAdmission { freeSpace.admit() }
        let watcher = InboxWatcher(
            queue: queue, clock: clock, settings: settings, statistics: statistics, notifier: notifier, logger: logger)
        let services: [any Service] = [
            StatusReporter(notifier: notifier, statistics: statistics, inbox: "\(spool.layout.inbox)", clock: clock, logger: logger) {
                await logs.heartbeat()
            },
            ConfigReloader(
                configurationPath: configurationPath, settings: settings, logs: logs, duplicates: duplicates, notifier: notifier,
                logger: logger),
            DuplicateIndexKeeper(registry: duplicates, clock: clock, logger: logger),
            freeSpace,
        ] + (shared?.services(workers: configuration.workers, url: configuration.queue.url ?? "") ?? [
            AnalysisWorkers(count: configuration.workers, queue: queue, processor: processor, logger: logger),
        ]) + [watcher]
        var groupConfiguration = ServiceGroupConfiguration(services: services, logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = .milliseconds(Int(configuration.shutdownSeconds * 1000))
        let group = ServiceGroup(configuration: groupConfiguration)

        do {
            if await stop.attach(group) {
                logger.notice("stop requested during start-up; not starting the services")
            } else {
                try await group.run()
            }
        } catch is CancellationError {
            logger.warning("shutdown took longer than shutdownSeconds; in-flight articles are left to recovery")
        }
        // Bounded like the drain: a log that stays unwritable must not keep the process from exiting
        // (the unsynced lines' inputs stay in processing/, and recovery moves them on at the next start).
        await withTaskGroup(of: Void.self) { flush in
            flush.addTask { await queue.flush() }
            flush.addTask { try? await clock.sleep(for: .milliseconds(Int(configuration.shutdownSeconds * 1000))) }
            await flush.next()
            flush.cancelAll()
        }
        spool.instance.release()
        logger.notice("stopped", metadata: ["stats.analysed": "\(statistics.snapshot.analysed)", "stats.failed": "\(statistics.snapshot.failed)"])
    }
}

extension Daemon {
    /// The directory part of a file path ("." for a bare name).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

/// SIGTERM and SIGINT, from the first moment of `Daemon.run`: the first one stops gracefully (at once if
/// the services have not started yet), a second SIGINT exits at once (recovery handles whatever was in
/// flight at the next start).
actor StopSignals {
    private let logger: Logger
    private var group: ServiceGroup?
    private var requested = false
    private var interrupts = 0

    init(logger: Logger) { self.logger = logger }

    func listen(to signals: UnixSignalsSequence) async {
        for await signal in signals {
            if signal == .sigint {
                interrupts += 1
                if interrupts > 1 {
                    logger.warning("interrupted twice: exiting now")
                    ProcessCalls.exit(130)
                }
                logger.notice("interrupted: finishing in-flight articles (interrupt again to quit at once)")
            }
            requested = true
            await group?.triggerGracefulShutdown()
        }
    }

    /// Whether SIGTERM or SIGINT came (start-up waits that may last check it).
    var isRequested: Bool { requested }

    /// Hands over the group; true when a stop was already requested (then the group is not run).
    func attach(_ group: ServiceGroup) -> Bool {
        self.group = group
        return requested
    }
}
