import Dispatch
import Foundation
import Logging
import Systemd

/// `systemd-probe notify [--wedge-file PATH]`: a stand-in `Type=notify` daemon built only from the Systemd
/// module, so the unit file and the notify protocol can be checked under a real systemd before (and
/// independently of) the real daemon: READY with a STATUS line, watchdog pings at half `WatchdogSec=`,
/// RELOADING…READY on SIGHUP, STOPPING and exit 0 on SIGTERM. While PATH exists it stops pinging, as a
/// wedged pipeline would, so the watchdog must kill it. Logs go to the journal or stderr (`--log auto`).
func notifyProbe(_ arguments: [String]) -> Never {
    let wedgeFile = arguments.firstIndex(of: "--wedge-file").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
    let destination = LogDestination.auto.resolved()
    var logger = Logger(label: "articlewatch.notify-probe") { label in
        destination == .journal
            ? JournalLogHandler(label: label) as any LogHandler : StreamLogHandler.standardError(label: label)
    }
    logger.logLevel = .debug
    let probe = NotifyProbeLoop(notifier: SystemdNotifier(), logger: logger, wedgeFile: wedgeFile)
    probe.start(destination: destination)
    dispatchMain()
}

/// The probe's state, touched only on the main queue (signal sources and the timer all run there).
private final class NotifyProbeLoop: @unchecked Sendable {
    let notifier: SystemdNotifier
    let logger: Logger
    let wedgeFile: String?
    var throttle = StatusThrottle()
    /// The throttle counts time from here (monotonic).
    let origin = ContinuousClock.now
    var ticks = 0
    var wedged = false
    var sources: [any DispatchSourceProtocol] = []

    init(notifier: SystemdNotifier, logger: Logger, wedgeFile: String?) {
        self.notifier = notifier
        self.logger = logger
        self.wedgeFile = wedgeFile
    }

    func start(destination: LogDestination) {
        logger.notice("notify probe started", metadata: JournalMessageID.started.metadata.merging(["log.destination": "\(destination)"]) { $1 })
        onSignal(SIGHUP) { [self] in reload() }
        onSignal(SIGTERM) { [self] in stop() }
        let period = notifier.watchdogPingPeriod ?? .seconds(1)
        let timer = DispatchSource.makeTimerSource(queue: .main)
        timer.schedule(deadline: .now(), repeating: .milliseconds(Int(period.components.seconds * 1_000 + period.components.attoseconds / 1_000_000_000_000_000)))
        timer.setEventHandler { [self] in tick() }
        timer.resume()
        sources.append(timer)
        notifier.ready(status: throttle.force(statusLine(), at: ContinuousClock.now - origin))
        logger.notice("ready", metadata: JournalMessageID.ready.metadata.merging(["watchdog.ping.ms": "\(period.components.seconds * 1_000)"]) { $1 })
    }

    func statusLine() -> String {
        StatusLine.watching(inbox: "(probe)", counters: PipelineCounters(analysed: ticks * 1_000, queued: ticks % 7)).description
    }

    /// One beat: ping the watchdog unless wedged, and refresh the status line through the throttle.
    func tick() {
        ticks += 1
        if let wedgeFile, FileManager.default.fileExists(atPath: wedgeFile) {
            if !wedged { logger.warning("wedged: watchdog pings stop", metadata: ["wedge.file": "\(wedgeFile)"]) }
            wedged = true
            return
        }
        notifier.watchdog()
        if let line = throttle.offer(statusLine(), at: ContinuousClock.now - origin) { notifier.status(line) }
    }

    func reload() {
        notifier.reloading()
        notifier.status(throttle.force(StatusLine.reloading.description, at: ContinuousClock.now - origin))
        logger.notice("configuration reloaded", metadata: JournalMessageID.configurationReloaded.metadata)
        notifier.ready(status: throttle.force(statusLine(), at: ContinuousClock.now - origin))
    }

    func stop() -> Never {
        notifier.stopping(status: StatusLine.stopping(inFlight: 0).description)
        logger.notice("stopping", metadata: JournalMessageID.stopping.metadata)
        JournalSender.shared.flush(timeout: .seconds(2))
        exit(0)
    }

    private func onSignal(_ number: Int32, _ handler: @escaping @Sendable () -> Void) {
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
        source.setEventHandler(handler: handler)
        source.resume()
        sources.append(source)
    }
}
