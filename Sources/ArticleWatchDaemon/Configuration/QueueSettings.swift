import Foundation

/// The `queue` key: where claimed work lives. `folder` (the default) is the local spool alone; `postgres`
/// shares one queue among several hosts through a database, each host keeping its own inbox, spool and
/// logs (issue 16).
public struct QueueSettings: Sendable, Equatable {
    public enum Engine: String, Sendable, CaseIterable {
        case folder, postgres
    }

    public var engine: Engine = .folder
    /// A libpq connection string or URI (`postgresql://user@host/db`, `host=/run/postgresql dbname=aw`).
    /// It may hold a password: `redactedURL` is what gets printed.
    public var url: String?
    /// How long a claim holds a job before another host may take it over (and fence this one's commit).
    /// Longer than the slowest article's isolated analysis; shorter means a dead host's work waits less.
    public var leaseSeconds: Double = 60
    /// This host's name in the shared tables (its deliveries and export rows). Defaults to the hostname;
    /// two daemons sharing a queue must not share a name.
    public var host: String = ""

    public init() {}

    /// The URL with any password replaced by `****`, for `check-config` and logs.
    public var redactedURL: String? { url.map(Self.redact) }

    static func redact(_ url: String) -> String {
        var text = url
        // URI form: scheme://user:password@host
        if let scheme = text.range(of: "://"), let at = text[scheme.upperBound...].firstIndex(of: "@"),
           let colon = text[scheme.upperBound..<at].firstIndex(of: ":")
        {
            text.replaceSubrange(text.index(after: colon)..<at, with: "****")
        }
        // Keyword form (`password=x`) and URI parameters (`?password=x`).
        var searchStart = text.startIndex
        while let found = text.range(of: "password=", range: searchStart..<text.endIndex) {
            let end = text[found.upperBound...].firstIndex(where: { $0 == " " || $0 == "&" }) ?? text.endIndex
            text.replaceSubrange(found.upperBound..<end, with: "****")
            searchStart = text.index(found.upperBound, offsetBy: 4)
        }
        return text
    }
}
