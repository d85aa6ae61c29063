import ArticleAnalysis
import Logging
import ServiceLifecycle
import Systemd
import WorkQueue

/// Tells the service manager how things stand: READY once the watcher is armed, a STATUS line a few
/// times a second at most, WATCHDOG pings only while the pipeline shows it is alive, STOPPING at the end.
struct StatusReporter: Service {
    let notifier: any ServiceManagerNotifier
    let statistics: DaemonStatistics
    let inbox: String
    let clock: any DaemonClock
    let logger: Logger
    /// Returns only if the log writers answer: a wedged writer makes it hang, and the pings stop with it.
    let probeWriters: @Sendable () async -> Void

    func run() async throws {
        var announcedReady = false
        var lastLine = ""
        var lastPing = clock.uptime()
        var throughput = ThroughputMeter()
        let pingPeriod = notifier.watchdogInterval.map { $0 / 2 } ?? .seconds(3600)
        // An article in flight for a whole watchdog interval (60 s without a watchdog) means a wedge.
        let stallLimit = notifier.watchdogInterval ?? .seconds(60)
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            let snapshot = statistics.snapshot
            if snapshot.ready && !announcedReady {
                announcedReady = true
                notifier.ready()
                logger.notice("ready", metadata: ["spool.inbox": "\(inbox)", "message.id": "ready"])
            }
            let rate = throughput.record(total: snapshot.completed, at: clock.uptime())
            let line = Self.statusLine(snapshot, inbox: inbox, ratePerSecond: rate)
            if line != lastLine {
                notifier.status(line)
                lastLine = line
            }
            if clock.uptime() - lastPing >= pingPeriod,
                Self.isAlive(snapshot, now: clock.uptime(), stallLimit: stallLimit)
            {
                await probeWriters()
                notifier.watchdog()
                lastPing = clock.uptime()
            }
            // Until READY is out, the nap ends the moment the watcher is armed (an event, not a 5 ms poll):
            // the service manager (and `make bench`) waits on READY.
            if announcedReady {
                try? await clock.sleep(for: .milliseconds(250))
            } else {
                await napUntilReady(atMost: .milliseconds(250))
            }
        }
        notifier.stopping()
    }

    /// Sleeps `atMost`, or less when READY happens meanwhile.
    private func napUntilReady(atMost nap: Duration) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await statistics.readiness.wait() }
            group.addTask { [clock] in try? await clock.sleep(for: nap) }
            await group.next()
            group.cancelAll()
        }
    }

    /// Alive: paused on purpose (waiting for disk space), or no article in flight for longer than the
    /// stall limit (a wedged stage or writer holds one forever). An article in an isolated child has the
    /// child's wall-clock limit on top: the child is killed there, and until then a slow analysis on a
    /// loaded machine must not get a healthy daemon killed by the watchdog (its claims would lapse as deaths).
    static func isAlive(_ snapshot: DaemonStatistics.Snapshot, now: Duration, stallLimit: Duration) -> Bool {
        guard snapshot.pausedBecause == nil else { return true }
        return !snapshot.running.values.contains { $0.isStalled(now: now, stallLimit: stallLimit) }
    }

    /// `ratePerSecond`: articles finished per second lately (`ThroughputMeter`), nil until it knows.
    static func statusLine(_ snapshot: DaemonStatistics.Snapshot, inbox: String, ratePerSecond: Double? = nil) -> String {
        let line: StatusLine
        if let reason = snapshot.pausedBecause {
            line = .paused(reason)
        } else if snapshot.stopping {
            line = .stopping(inFlight: snapshot.inFlight)
        } else if !snapshot.ready {
            line = .recovering(remaining: snapshot.inFlight)
        } else {
            line = .watching(inbox: inbox, counters: PipelineCounters(
                analysed: snapshot.analysed, failed: snapshot.failed, inFlight: snapshot.inFlight, queued: snapshot.queued,
                ratePerSecond: ratePerSecond))
        }
        return line.description
    }
}
