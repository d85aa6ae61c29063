import Dispatch
import Glibc
import Logging
import Synchronization
import Testing
@testable import Systemd

/// The handler's entries, checked as bytes before they reach journald, and the sender's promise never to
/// block a caller (with a transport that stalls the way a stuck journald does).
@Suite struct JournalLogHandlerTests {
    /// A transport that records what it is given, and can be made to stall until released.
    final class RecordingTransport: Sendable {
        let entries = Mutex<[[String]]>([])
        let gate = DispatchSemaphore(value: 0)
        let stalls: Bool
        init(stalls: Bool) { self.stalls = stalls }
        func send(_ fields: [[UInt8]]) -> Int32 {
            if stalls { gate.wait(); gate.signal() }
            entries.withLock { $0.append(fields.map { String(decoding: $0, as: UTF8.self) }) }
            return 0
        }
    }

    private func fields(_ event: LogEvent, handlerMetadata: Logger.Metadata = [:]) -> [String] {
        let transport = RecordingTransport(stalls: false)
        var handler = JournalLogHandler(label: "articlewatch.test", sender: JournalSender(syslogIdentifier: "articlewatch", capacity: 8, transport: transport.send))
        handler.metadata = handlerMetadata
        return handler.entryFields(for: event).map { String(decoding: $0, as: UTF8.self) }
    }

    private func event(_ level: Logger.Level, _ message: Logger.Message, metadata: Logger.Metadata? = nil, error: (any Error)? = nil) -> LogEvent {
        LogEvent(level: level, message: message, error: error, metadata: metadata, source: nil, file: "Daemon/Worker.swift", function: "commit(_:)", line: 42)
    }

    @Test func anEntryCarriesMessagePriorityIdentifierAndCodeLocation() {
        let entry = fields(event(.warning, "results log rotated"))
        #expect(entry.prefix(7) == [
            "MESSAGE=results log rotated", "PRIORITY=4", "SYSLOG_IDENTIFIER=articlewatch",
            "CODE_FILE=Daemon/Worker.swift", "CODE_LINE=42", "CODE_FUNC=commit(_:)", "LOGGER_LABEL=articlewatch.test",
        ])
    }

    @Test(arguments: [
        (Logger.Level.trace, 7), (.debug, 7), (.info, 6), (.notice, 5), (.warning, 4), (.error, 3), (.critical, 2),
    ])
    func levelsMapToSyslogPriorities(level: Logger.Level, priority: Int) {
        #expect(JournalLogHandler.syslogPriority(of: level) == priority)
    }

    @Test func metadataBecomesFieldsAndCallMetadataWins() {
        let entry = fields(
            event(.info, "article analysed", metadata: ["article.file": "x.txt", "worker": "2"].merging(JournalMessageID.articleAnalysed.metadata) { $1 }),
            handlerMetadata: ["worker": "1", "spool": "/srv/articlewatch"]
        )
        #expect(entry.contains("ARTICLE_FILE=x.txt"))
        #expect(entry.contains("WORKER=2"))
        #expect(!entry.contains("WORKER=1"))
        #expect(entry.contains("SPOOL=/srv/articlewatch"))
        #expect(entry.contains("MESSAGE_ID=15993fc2830242409d4181d9e94bb0f2"))
    }

    @Test func anEventNameUnderMessageIdBecomesTheFixedId() {
        let entry = fields(event(.notice, "ready", metadata: ["message.id": "ready"]))
        #expect(entry.contains("MESSAGE_ID=d1b3e3534206427dbfc6482fee66a419"))
    }

    @Test func nestedMetadataIsFlattenedAndABadMessageIdIsKeptAside() {
        let entry = fields(event(.info, "x", metadata: ["limits": ["max.bytes": "4096"], "message.id": "nope"]))
        #expect(entry.contains("LIMITS_MAX_BYTES=4096"))
        #expect(entry.contains("META_MESSAGE_ID=nope"))
        #expect(!entry.contains { $0.hasPrefix("MESSAGE_ID=") })
    }

    @Test func anErrorIsRecordedAsFields() {
        struct DiskFull: Error, CustomStringConvertible { var description: String { "No space left on device" } }
        let entry = fields(event(.error, "append failed", error: DiskFull()))
        #expect(entry.contains("ERROR_MESSAGE=No space left on device"))
        #expect(entry.contains { $0.hasPrefix("ERROR_TYPE=") && $0.hasSuffix("DiskFull") })
    }

    @Test func theSenderDeliversEveryEntryInOrder() {
        let transport = RecordingTransport(stalls: false)
        let sender = JournalSender(syslogIdentifier: "articlewatch", capacity: 64, transport: transport.send)
        let logger = Logger(label: "t") { JournalLogHandler(label: $0, sender: sender) }
        for number in 0..<50 { logger.info("entry \(number)") }
        #expect(sender.flush(timeout: .seconds(120)))
        let messages = transport.entries.withLock { $0.map { $0[0] } }
        #expect(messages == (0..<50).map { "MESSAGE=entry \($0)" })
        #expect(sender.droppedCount == 0)
    }

    /// A stalled journald must cost the caller nothing: logging returns, overflow is dropped and counted,
    /// and once journald drains again one warning says how much was lost.
    @Test func aStalledTransportDropsInsteadOfBlockingAndReportsTheLoss() {
        let transport = RecordingTransport(stalls: true)
        let sender = JournalSender(syslogIdentifier: "articlewatch", capacity: 16, transport: transport.send)
        let logger = Logger(label: "t") { JournalLogHandler(label: $0, sender: sender) }
        for number in 0..<100 { logger.info("entry \(number)") }
        #expect(sender.outstandingCount == 16)
        #expect(sender.droppedCount == 84)
        #expect(!sender.flush(timeout: .zero))
        transport.gate.signal()
        #expect(sender.flush(timeout: .seconds(120)))
        // flush returns once the queue is empty; the loss report follows the batch.
        var report: [String]?
        let deadline = ContinuousClock.now + .seconds(120)
        while report == nil, ContinuousClock.now < deadline {
            report = transport.entries.withLock { $0.first { $0.contains("DROPPED_ENTRIES=84") } }
            if report == nil { usleep(1_000) }
        }
        #expect(report?.contains("PRIORITY=4") == true)
        #expect(transport.entries.withLock { $0.count } == 17)
    }
}
