import Foundation
import Logging
import Systemd

/// `articlewatch-eval journal-probe [--burst N]`: logs a fixed set of entries through `JournalLogHandler`
/// (or N entries as fast as possible with `--burst`), flushes, and prints the sender's counters as JSON.
///
/// `scripts/journald-probe.sh` runs it under a private journald so `SystemdTests` can read the entries back
/// with `journalctl -o json` and check every structured field; with journald stopped (SIGSTOP) `--burst`
/// shows that logging returns at once and drops instead of blocking.
func journalProbe(_ arguments: [String]) throws {
    let sender = JournalSender(syslogIdentifier: "articlewatch", capacity: 4_096)
    var logger = Logger(label: "articlewatch.probe") { label in JournalLogHandler(label: label, sender: sender) }
    logger.logLevel = .trace
    let started = ContinuousClock.now
    if let index = arguments.firstIndex(of: "--burst"), index + 1 < arguments.count, let count = Int(arguments[index + 1]) {
        for number in 0..<count {
            logger.info("burst entry", metadata: ["burst.number": "\(number)"])
        }
    } else {
        logFixedEntries(logger)
    }
    let logged = ContinuousClock.now - started
    let flushed = sender.flush(timeout: .seconds(arguments.contains("--no-wait") ? 0 : 5))
    let summary: [String: Any] = [
        "dropped": sender.droppedCount, "failed": sender.failedCount, "flushed": flushed,
        "outstanding": sender.outstandingCount,
        "loggingMilliseconds": Double(logged.components.attoseconds) / 1e15 + Double(logged.components.seconds) * 1e3,
    ]
    let json = try JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys])
    print(String(decoding: json, as: UTF8.self))
}

/// The entries SystemdTests checks field by field: key events with MESSAGE_IDs (given as the id and as the
/// event name), per-article metadata,
/// keys journald would reject, reserved names, nested metadata, an error, and every level.
private func logFixedEntries(_ logger: Logger) {
    logger.notice("articlewatch started", metadata: JournalMessageID.started.metadata)
    logger.info(
        "article analysed",
        metadata: [
            "message.id": "article-analysed",
            "article.id": "8f64f1e923156d79",
            "article.file": "x.txt",
            "article.bytes": "1204",
            "duration.ms": "3.5",
            "outcome": "analysed",
        ]
    )
    logger.warning(
        "awkward keys\nsecond line",
        metadata: [
            "_trusted": "a", "9lives": "b", "spool-file name!": "c", "message": "d",
            String(repeating: "k", count: 100): "e", "...": "f",
            "limits": ["max.bytes": "4096", "workers": "2"],
            "message.id": "not-an-id",
        ]
    )
    logger.error(
        "article failed",
        error: ProbeError.unreadable,
        metadata: JournalMessageID.articleFailed.metadata.merging(["failure.reason": "unreadable"]) { $1 }
    )
    logger.trace("trace level")
    logger.debug("debug level")
    logger.critical("critical level")
}

private enum ProbeError: Error { case unreadable }
