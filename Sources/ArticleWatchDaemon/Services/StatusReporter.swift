import Foundation
import Logging
import ServiceLifecycle

/// Tells the service manager how things stand: READY once the watcher is armed, a STATUS line a few
/// times a second at most, WATCHDOG pings only while the pipeline shows it is alive, STOPPING at the end.
struct StatusReporter: Service {
    let notifier: any ServiceManagerNotifier
    let statistics: DaemonStatistics
    let inbox: String
    let logger: Logger

    /// A pipeline with work in flight that has not completed anything for this long is wedged.
    static let stallLimit: Double = 60

    func run() async throws {
        var announcedReady = false
        var lastLine = ""
        var lastPing = ContinuousClock.now
        let pingPeriod = notifier.watchdogInterval.map { $0 / 2 } ?? .seconds(3600)
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            let snapshot = statistics.snapshot
            if snapshot.ready && !announcedReady {
                announcedReady = true
                notifier.ready()
                logger.notice("ready", metadata: ["spool.inbox": "\(inbox)", "message.id": "ready"])
            }
            let line = Self.statusLine(snapshot, inbox: inbox)
            if line != lastLine {
                notifier.status(line)
                lastLine = line
            }
            if ContinuousClock.now - lastPing >= pingPeriod, Self.isAlive(snapshot, now: Date().timeIntervalSince1970) {
                notifier.watchdog()
                lastPing = ContinuousClock.now
            }
            try? await Task.sleep(for: .milliseconds(250))
        }
        notifier.stopping()
    }

    /// Alive: nothing in flight, or something completed recently.
    static func isAlive(_ snapshot: DaemonStatistics.Snapshot, now: Double) -> Bool {
        snapshot.inFlight == 0 || now - snapshot.lastProgress < stallLimit
    }

    static func statusLine(_ snapshot: DaemonStatistics.Snapshot, inbox: String) -> String {
        if let reason = snapshot.pausedBecause { return "paused: \(reason)" }
        let state = snapshot.ready ? "watching \(inbox)" : "recovering"
        return "\(state): \(snapshot.analysed) analysed, \(snapshot.failed) failed, \(snapshot.inFlight) in flight, "
            + "\(snapshot.queued) queued, \(String(format: "%.1f", snapshot.ratePerSecond))/s"
    }
}
