/// Turns swift-log metadata keys into journal field names journald accepts.
///
/// journald silently drops a field whose name is not 1–64 characters of `A–Z`, `0–9` and `_`,
/// or that starts with `_` (reserved for trusted fields) or a digit. So `article.id` becomes `ARTICLE_ID`,
/// `spool-file` becomes `SPOOL_FILE`, and a key that would collide with a field the handler writes itself
/// (`MESSAGE`, `PRIORITY`, …) is kept under a `META_` prefix instead of corrupting the entry.
public enum JournalFieldName {
    /// Longest field name journald keeps.
    public static let maximumLength = 64

    /// Fields ``JournalLogHandler`` sets itself; metadata may not overwrite them.
    static let reserved: Set<String> = [
        "MESSAGE", "PRIORITY", "SYSLOG_IDENTIFIER", "SYSLOG_FACILITY", "SYSLOG_PID", "SYSLOG_TIMESTAMP",
        "CODE_FILE", "CODE_LINE", "CODE_FUNC", "LOGGER_LABEL", "ERRNO",
    ]

    /// The journal field name for `key`, or nil when nothing usable is left (e.g. `"..."`).
    ///
    /// Letters are upper-cased, every run of other characters becomes one `_`, leading and trailing `_` go,
    /// a leading digit gets an `F_` prefix, reserved names a `META_` prefix, and the result is cut to 64.
    public static func from(metadataKey key: String) -> String? {
        var name = ""
        var pendingSeparator = false
        for scalar in key.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9":
                if pendingSeparator && !name.isEmpty { name.append("_") }
                pendingSeparator = false
                name.unicodeScalars.append(scalar.properties.uppercaseMapping.unicodeScalars.first ?? scalar)
            default:
                pendingSeparator = true
            }
        }
        guard let first = name.unicodeScalars.first else { return nil }
        if ("0"..."9").contains(first) { name = "F_" + name }
        if reserved.contains(name) { name = "META_" + name }
        return String(name.prefix(maximumLength))
    }
}
