public import Logging

/// A swift-log backend that writes structured entries to the systemd journal (`sd_journal_sendv`).
///
/// Each log call becomes one entry with `MESSAGE`, `PRIORITY` (from the level), `SYSLOG_IDENTIFIER`,
/// `CODE_FILE`/`CODE_LINE`/`CODE_FUNC`, `LOGGER_LABEL`, and every metadata key as its own field
/// (``JournalFieldName``: `article.id` → `ARTICLE_ID`), so `journalctl -u articlewatch ARTICLE_FILE=x.txt`
/// finds the entry for one article. `message.id` metadata becomes `MESSAGE_ID` (see ``JournalMessageID``).
///
/// The entry is built on the caller's thread and handed to a ``JournalSender``; the call never waits for
/// journald. Bootstrap it once in `main`:
/// ```swift
/// LoggingSystem.bootstrap { label in JournalLogHandler(label: label) }
/// ```
public struct JournalLogHandler: LogHandler {
    /// The metadata key whose value becomes `MESSAGE_ID` (same as ``JournalMessageID/metadataKey``).
    public static let messageIDMetadataKey = JournalMessageID.metadataKey

    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    /// The logger's label, written as `LOGGER_LABEL`.
    public let label: String
    private let sender: JournalSender

    public init(
        label: String,
        sender: JournalSender = .shared,
        metadataProvider: Logger.MetadataProvider? = LoggingSystem.metadataProvider
    ) {
        self.label = label
        self.sender = sender
        self.metadataProvider = metadataProvider
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        sender.enqueue(entryFields(for: event))
    }

    /// The entry's `FIELD=value` byte strings: fixed fields first, then metadata (handler < provider < call).
    func entryFields(for event: LogEvent) -> [[UInt8]] {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { $1 } }
        if let explicit = event.metadata { merged.merge(explicit) { $1 } }
        if let error = event.error {
            merged["error.message"] = "\(error)"
            merged["error.type"] = "\(String(reflecting: type(of: error)))"
        }
        var entry = JournalEntry()
        entry.append("MESSAGE", event.message.description)
        entry.append("PRIORITY", String(Self.syslogPriority(of: event.level)))
        entry.append("SYSLOG_IDENTIFIER", sender.syslogIdentifier)
        entry.append("CODE_FILE", event.file)
        entry.append("CODE_LINE", String(event.line))
        entry.append("CODE_FUNC", event.function)
        entry.append("LOGGER_LABEL", label)
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
            entry.appendMetadata(key: key, value: value)
        }
        return entry.fields
    }

    /// syslog(3) priorities: journalctl colours and filters by them (`-p warning`). swift-log's trace has
    /// no syslog equivalent below debug, so it shares LOG_DEBUG.
    static func syslogPriority(of level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }
}
