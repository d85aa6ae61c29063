public import Logging

/// The fixed 128-bit `MESSAGE_ID`s of ArticleWatch's key events.
///
/// `journalctl MESSAGE_ID=…` finds every occurrence of an event across restarts and versions, and
/// `journalctl -x` shows its explanation from `deploy/articlewatch.catalog`. The ids were made once with
/// `systemd-id128 new` and must never change: scripts and alerting match on them.
///
/// The daemon attaches one to a log call through the metadata key ``metadataKey`` (`message.id`), by its
/// event name (readable on the console too) or as the id itself:
/// ```swift
/// logger.notice("ready", metadata: ["message.id": "ready"])
/// logger.info("article analysed", metadata: ["message.id": "article-analysed", "article.file": "x.txt"])
/// logger.notice("ready", metadata: JournalMessageID.ready.metadata)
/// ```
/// ``JournalLogHandler`` writes either form as the 32-digit `MESSAGE_ID`.
public struct JournalMessageID: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The logger metadata key whose value becomes the entry's `MESSAGE_ID` field.
    public static let metadataKey = "message.id"

    /// 32 lowercase hexadecimal digits, the form journalctl prints and the catalog uses.
    public let rawValue: String

    /// Accepts 32 hex digits, or the same as a dashed UUID; stores the 32-digit lowercase form.
    public init?(rawValue: String) {
        let digits = rawValue.lowercased().filter { $0 != "-" }
        guard digits.count == 32, digits.allSatisfy(\.isHexDigit) else { return nil }
        self.rawValue = digits
    }

    public var description: String { rawValue }

    /// Metadata that tags a log call with this id: `[message.id: <id>]`.
    public var metadata: Logger.Metadata { [Self.metadataKey: .string(rawValue)] }

    /// The daemon process has started and read its configuration; recovery comes next.
    public static let started = Self(known: "c4e312385462494288a983394ce59ac7")
    /// Recovery is done, the inbox watcher is armed, READY=1 was sent.
    public static let ready = Self(known: "d1b3e3534206427dbfc6482fee66a419")
    /// One article was analysed and its line committed to the results log.
    public static let articleAnalysed = Self(known: "15993fc2830242409d4181d9e94bb0f2")
    /// One article could not be analysed (or read) and went to the failures log and `failed/`.
    public static let articleFailed = Self(known: "15a65ed67c9a46618b8dd2f53788d2bc")
    /// A SIGHUP reload validated and published a new configuration.
    public static let configurationReloaded = Self(known: "0831d5ae93564fc7bebf239d57c7c41f")
    /// A SIGHUP reload found the new configuration invalid; the previous one stays in force.
    public static let configurationRejected = Self(known: "1ac3064c9e974042b23bacec8ff000a9")
    /// The daemon stopped taking work (for example disk full on the results volume).
    public static let paused = Self(known: "08ed18ea701a40e48af105c6d32f7b69")
    /// The condition that paused the daemon cleared; work resumes.
    public static let resumed = Self(known: "54f05085515b4ed0a138e9919973ffaa")
    /// Shutdown has begun (SIGTERM or SIGINT); the watcher stops and the workers drain.
    public static let stopping = Self(known: "5c9941fe7e13400d8cfc18768e7b4ad8")

    /// Every id with its event name: the value the daemon may put under `message.id` instead of the id.
    public static let all: [(name: String, id: JournalMessageID)] = [
        ("started", started), ("ready", ready), ("article-analysed", articleAnalysed),
        ("article-failed", articleFailed), ("configuration-reloaded", configurationReloaded),
        ("configuration-rejected", configurationRejected), ("paused", paused), ("resumed", resumed),
        ("stopping", stopping),
    ]

    /// The id of an event name from ``all`` (`ready`, `article-failed`, …), or nil for an unknown name.
    public init?(eventName: String) {
        guard let match = Self.all.first(where: { $0.name == eventName }) else { return nil }
        self = match.id
    }

    /// The `message.id` value as the handler understands it: an event name or a 128-bit id.
    public init?(metadataValue: String) {
        guard let id = Self(eventName: metadataValue) ?? Self(rawValue: metadataValue) else { return nil }
        self = id
    }

    private init(known rawValue: String) {
        self.rawValue = rawValue
    }
}
