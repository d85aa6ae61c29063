/// A JSON value whose objects keep their keys in the order written, so every log line reads the same way
/// (schema first, then identity, then analysis) and `jq` output is stable.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.int(a), .int(b)): a == b
        case let (.double(a), .double(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// The value of `key` in an object, nil otherwise.
    public subscript(key: String) -> JSONValue? {
        guard case let .object(fields) = self else { return nil }
        return fields.first { $0.0 == key }?.1
    }
}

/// Types that appear in a record turn themselves into `JSONValue` (Codable's key order is not ours to set).
public protocol JSONRepresentable {
    var json: JSONValue { get }
}

extension Optional where Wrapped: JSONRepresentable {
    public var json: JSONValue { map(\.json) ?? .null }
}

extension String: JSONRepresentable { public var json: JSONValue { .string(self) } }
extension Int: JSONRepresentable { public var json: JSONValue { .int(self) } }
extension Double: JSONRepresentable { public var json: JSONValue { .double(self) } }
extension Bool: JSONRepresentable { public var json: JSONValue { .bool(self) } }
extension Array: JSONRepresentable where Element: JSONRepresentable {
    public var json: JSONValue { .array(map(\.json)) }
}
