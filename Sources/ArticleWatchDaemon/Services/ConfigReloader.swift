import ArticleAnalysis
import DuplicateRegistry
import Logging
import ServiceLifecycle
import Spool
import UnixSignals

/// SIGHUP: reopen the logs (for external logrotate) and reload the configuration. A bad new
/// configuration is logged and the old one kept; keys that need a restart are named and left as they were.
struct ConfigReloader: Service {
    let configurationPath: String
    let settings: SettingsStore
    let logs: ResultLogs
    let duplicates: DuplicateRegistry
    let notifier: any ServiceManagerNotifier
    let logger: Logger

    func run() async throws {
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        for await _ in hangups.cancelOnGracefulShutdown() {
            notifier.reloading()
            await logs.reopen()
            await reload()
            notifier.ready()
        }
    }

    func reload() async {
        let old = settings.current.configuration
        do {
            var new = try ConfigurationLoader.load(path: configurationPath)
            let restartKeys = new.keysNeedingRestart(comparedTo: old)
            new.spool = old.spool
            new.results = old.results
            new.failures = old.failures
            new.workers = old.workers
            try settings.publish(new)
            await logs.update(policy: new.durability, rotation: new.rotation)
            await duplicates.reconfigure(threshold: new.analysis.nearDuplicateThreshold, window: new.analysis.nearDuplicateWindow)
            logger.notice("configuration reloaded", metadata: [
                "config.path": "\(configurationPath)", "message.id": "configuration-reloaded",
                "config.restartNeededFor": "\(restartKeys.joined(separator: ","))",
            ])
        } catch {
            logger.error("configuration rejected; keeping the running one", metadata: [
                "config.path": "\(configurationPath)", "error": "\(error)", "message.id": "configuration-rejected",
            ])
        }
    }
}
