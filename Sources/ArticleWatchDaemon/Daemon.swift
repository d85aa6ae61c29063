import ArticleAnalysis
import DuplicateRegistry
import Foundation
public import Logging
import ServiceLifecycle
import Spool
import UnixSignals

/// The daemon, wired: spool and logs opened, recovery finished, then the services run in one group
/// until SIGTERM or SIGINT. Order matters: the group stops them in reverse, so the watcher stops
/// claiming first, the workers drain, and the writer is flushed last.
public enum Daemon {
    public static func run(
        configurationPath: String, configuration: Configuration, notifier: any ServiceManagerNotifier, logger: Logger
    ) async throws {
        let settings = try SettingsStore(configuration)
        let statistics = DaemonStatistics()
        let spool = try Spool(root: RawPath(configuration.spool))
        let writer = try ResultWriter(configuration: configuration, logger: logger) { reason in
            statistics.update { $0.pausedBecause = reason }
            if let reason {
                logger.error("paused: not claiming new files", metadata: ["pause.reason": "\(reason)", "message.id": "paused"])
            } else {
                logger.notice("resumed", metadata: ["message.id": "resumed"])
            }
        }
        for appender in [writer.results, writer.failures] {
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
        await DuplicateIndexKeeper.load(duplicates, configuration: configuration, logger: logger)
        let processor = ArticleProcessor(
            spool: spool, writer: writer, settings: settings, statistics: statistics, duplicates: duplicates, logger: logger)

        AnalysisResources.preload()
        notifier.status("recovering \(configuration.spool)/processing")
        notifier.extendTimeout(by: .seconds(120))
        let recovered = try await Recovery(spool: spool, processor: processor, configuration: configuration, logger: logger).run()
        if recovered.total > 0 {
            logger.notice("recovery finished", metadata: [
                "recovery.movedOn": "\(recovered.movedOn)", "recovery.analysedAgain": "\(recovered.analysedAgain)",
                "recovery.givenUp": "\(recovered.givenUp)",
            ])
        }

        let queue = InboxQueue()
        let watcher = InboxWatcher(spool: spool, queue: queue, settings: settings, statistics: statistics, notifier: notifier, logger: logger)
        let services: [any Service] = [
            StatusReporter(notifier: notifier, statistics: statistics, inbox: "\(spool.layout.inbox)", logger: logger) {
                await writer.results.heartbeat()
                await writer.failures.heartbeat()
            },
            ConfigReloader(
                configurationPath: configurationPath, settings: settings, writer: writer, duplicates: duplicates, notifier: notifier,
                logger: logger),
            DuplicateIndexKeeper(registry: duplicates, logger: logger),
            AnalysisWorkers(count: configuration.workers, queue: queue, spool: spool, processor: processor, statistics: statistics, logger: logger),
            watcher,
        ]
        var groupConfiguration = ServiceGroupConfiguration(services: services, gracefulShutdownSignals: [.sigterm], logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = .milliseconds(Int(configuration.shutdownSeconds * 1000))
        let group = ServiceGroup(configuration: groupConfiguration)

        let interrupts = Task { await InterruptHandler.run(group: group, logger: logger) }
        defer { interrupts.cancel() }
        do {
            try await group.run()
        } catch is CancellationError {
            logger.warning("shutdown took longer than shutdownSeconds; in-flight articles are left to recovery")
        }
        // Bounded like the drain: a log that stays unwritable must not keep the process from exiting
        // (the unsynced lines' inputs stay in processing/, and recovery moves them on at the next start).
        await withTaskGroup(of: Void.self) { flush in
            flush.addTask { await writer.flush() }
            flush.addTask { try? await Task.sleep(for: .milliseconds(Int(configuration.shutdownSeconds * 1000))) }
            await flush.next()
            flush.cancelAll()
        }
        spool.instance.release()
        logger.notice("stopped", metadata: ["stats.analysed": "\(statistics.snapshot.analysed)", "stats.failed": "\(statistics.snapshot.failed)"])
    }
}

/// Ctrl-C: the first SIGINT stops gracefully like SIGTERM; a second one exits at once (recovery handles
/// whatever was in flight at the next start).
enum InterruptHandler {
    static func run(group: ServiceGroup, logger: Logger) async {
        var count = 0
        for await _ in await UnixSignalsSequence(trapping: .sigint) {
            count += 1
            if count == 1 {
                logger.notice("interrupted: finishing in-flight articles (interrupt again to quit at once)")
                await group.triggerGracefulShutdown()
            } else {
                logger.warning("interrupted twice: exiting now")
                exit(130)
            }
        }
    }
}
