public import Logging

/// The fixed 128-bit `MESSAGE_ID`s of ArticleWatch's key events.
///
/// `journalctl MESSAGE_ID=…` finds every occurrence of an event across restarts and versions, and
/// `journalctl -x` shows its explanation from `deploy/articlewatch.catalog`. The ids were made once with
/// `systemd-id128 new` and must never change: scripts and alerting match on them.
///
/// The daemon attaches one to a log call through the metadata key ``metadataKey`` (`message.id`):
/// ```swift
/// logger.info("ready", metadata: JournalMessageID.ready.metadata)
/// logger.info("analysed", metadata: JournalMessageID.articleAnalysed.metadata.merging(["article.id": "\(id)"]) { $1 })
/// ```
/// On the console the key prints like any other metadata.
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

    /// Every id above with its name, for documentation checks (each must have a catalog entry).
    public static let all: [(name: String, id: JournalMessageID)] = [
        ("started", started), ("ready", ready), ("articleAnalysed", articleAnalysed),
        ("articleFailed", articleFailed), ("configurationReloaded", configurationReloaded),
        ("configurationRejected", configurationRejected), ("paused", paused), ("resumed", resumed),
        ("stopping", stopping),
    ]

    private init(known rawValue: String) {
        self.rawValue = rawValue
    }
}
