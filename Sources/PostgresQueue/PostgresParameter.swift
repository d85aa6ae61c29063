/// One parameter of a statement: text (PostgreSQL parses it as the column's type), raw bytes for a `bytea`
/// (sent in binary so a 10 MB article is not doubled by hex), or SQL NULL.
public enum PostgresParameter: Sendable, Equatable {
    case text(String)
    case bytes([UInt8])
    case null

    public static func int(_ value: Int) -> PostgresParameter { .text(String(value)) }
    public static func double(_ value: Double) -> PostgresParameter { .text(String(value)) }
}

extension PostgresParameter: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .text(String(value)) }
}
