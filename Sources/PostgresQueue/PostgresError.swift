/// What went wrong talking to PostgreSQL, sorted into the cases an operator acts on differently: a URL that
/// cannot be parsed, credentials the server refuses, a database that does not exist, a server that cannot be
/// reached (or was lost mid-call), and a statement the server rejected (with its SQLSTATE).
public struct PostgresError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        case invalidURL = "invalid connection URL"
        case authenticationFailed = "authentication failed"
        case missingDatabase = "database does not exist"
        case unreachable = "cannot reach the database"
        case connectionLost = "connection lost"
        case statementFailed = "statement failed"
        case schemaTooNew = "schema too new"
    }

    public let kind: Kind
    /// libpq's or the server's own words, trimmed.
    public let message: String
    /// The server's five-character error code (`40001`, `23505`, …) when a statement failed.
    public let sqlState: String?
    /// The connection target without its password, so the message can be logged.
    public let target: String?

    public init(_ kind: Kind, _ message: String, sqlState: String? = nil, target: String? = nil) {
        self.kind = kind
        self.message = message.trimmingWhitespace()
        self.sqlState = sqlState
        self.target = target
    }

    /// True when the connection itself is gone or never came, so retrying after a reconnect may succeed.
    public var isConnectionProblem: Bool { kind == .unreachable || kind == .connectionLost }

    public var description: String {
        var text = "PostgreSQL: \(kind.rawValue)"
        if let target { text += " (\(target))" }
        if let sqlState { text += " [SQLSTATE \(sqlState)]" }
        return message.isEmpty ? text : text + ": " + message
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        return String(scalars)
    }
}
