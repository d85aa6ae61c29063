import ArticleAnalysis
import Logging
import PostgresQueue
import ServiceLifecycle
import WorkQueue

/// Runs the shared tables' housekeeping (`SharedMaintenance`) at start and then every `period`: the host
/// whose session holds the maintenance lock trims the shared near-duplicate window and makes the results'
/// day partitions ahead, the others skip. At
/// shutdown the lock is released so another host takes over at its next round.
struct SharedMaintenanceService: Service {
    let url: String
    let settings: SettingsStore
    let clock: any DaemonClock
    let logger: Logger
    var period: Duration = .seconds(300)

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            var maintenance: SharedMaintenance?
            while !Task.isCancelled {
                do {
                    if maintenance == nil {
                        maintenance = SharedMaintenance(connection: try await PostgresConnection.connect(url, applicationName: "articlewatch-maintenance"))
                    }
                    let window = settings.current.configuration.analysis.nearDuplicateWindow
                    if case let .done(articles, partitions)? = try await maintenance?.runOnce(window: window) {
                        report(trimmed: articles, window: window, partitions: partitions)
                    }
                } catch let error as SharedMaintenance.PartitionsNotMade {
                    logger.warning("could not make the shared results' next day partitions; the next round retries", metadata: [
                        "error": "\(error.cause)", "message.id": "results-partitions-not-made",
                    ])
                } catch {
                    logger.debug("shared maintenance round failed; next round retries", metadata: ["error": "\(error)"])
                }
                try? await clock.sleep(for: period)
            }
            await maintenance?.release()
        }
    }

    private func report(trimmed articles: Int, window: DuplicateWindow, partitions: [String]) {
        if articles > 0 {
            logger.notice("trimmed the shared near-duplicate window", metadata: [
                "duplicates.trimmed": "\(articles)", "duplicates.window.count": "\(window.count.map(String.init) ?? "-")",
                "duplicates.window.days": "\(window.days.map { "\($0)" } ?? "-")", "message.id": "shared-window-trimmed",
            ])
        }
        if !partitions.isEmpty {
            logger.notice("made the shared results' next day partitions", metadata: [
                "results.partitions": "\(partitions.joined(separator: ","))", "message.id": "results-partitions-made",
            ])
        }
    }
}
