import ArticleAnalysis
import Foundation

/// Reads typed values out of a JSON object, collecting a clear problem for each bad or unknown key.
struct KeyReader {
    private let fields: [(String, JSONValue)]
    private let prefix: String
    private var seen: Set<String> = []
    var problems: [String] = []

    init(fields: [(String, JSONValue)], prefix: String) {
        self.fields = fields
        self.prefix = prefix
    }

    private mutating func value(_ key: String) -> JSONValue? {
        seen.insert(key)
        return fields.first { $0.0 == key }?.1
    }

    private func name(_ key: String) -> String { "\"\(prefix)\(key)\"" }

    mutating func integer(_ key: String, default fallback: Int, in range: ClosedRange<Int>, note: String? = nil) -> Int {
        guard let value = value(key) else { return fallback }
        let allowed = "a whole number from \(range.lowerBound) to \(range.upperBound)" + (note.map { " (\($0))" } ?? "")
        switch value {
        case let .int(number) where range.contains(number): return number
        case let .double(number) where number == number.rounded() && range.contains(Int(exactly: number) ?? Int.min):
            return Int(number)
        default:
            problems.append("key \(name(key)): \(value.serialized()) is not allowed; use \(allowed)")
            return fallback
        }
    }

    mutating func number(_ key: String, default fallback: Double, in range: ClosedRange<Double>) -> Double {
        guard let value = value(key) else { return fallback }
        let number: Double? = switch value {
        case let .int(number): Double(number)
        case let .double(number): number
        default: nil
        }
        if let number, range.contains(number) { return number }
        problems.append("key \(name(key)): \(value.serialized()) is not allowed; use a number from \(range.lowerBound) to \(range.upperBound)")
        return fallback
    }

    mutating func boolean(_ key: String, default fallback: Bool) -> Bool {
        guard let value = value(key) else { return fallback }
        if case let .bool(flag) = value { return flag }
        problems.append("key \(name(key)): \(value.serialized()) is not allowed; use true or false")
        return fallback
    }

    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, default fallback: Choice) -> Choice
    where Choice.RawValue == String {
        guard let value = value(key) else { return fallback }
        if case let .string(text) = value, let choice = Choice(rawValue: text) { return choice }
        let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
        problems.append("key \(name(key)): \(value.serialized()) is not allowed; use one of \(allowed)")
        return fallback
    }

    mutating func path(_ key: String, default fallback: String, base: String) -> String {
        var path = fallback
        if let value = value(key) {
            if case let .string(text) = value, !text.isEmpty, !text.contains("\0") { path = text } else {
                problems.append("key \(name(key)): \(value.serialized()) is not allowed; use a non-empty path string")
            }
        }
        let absolute = path.hasPrefix("/") ? path : base + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.path
    }

    func has(_ key: String) -> Bool { fields.contains { $0.0 == key } }

    mutating func markSeen(_ key: String) { seen.insert(key) }

    /// A non-empty string, or nil when the key is absent (a wrong type is a problem and also gives nil).
    mutating func optionalString(_ key: String) -> String? {
        guard let value = value(key) else { return nil }
        if case let .string(text) = value, !text.isEmpty { return text }
        problems.append("key \(name(key)): \(value.serialized()) is not allowed; use a non-empty string")
        return nil
    }

    mutating func string(_ key: String, default fallback: String, allowed: String, isValid: (String) -> Bool) -> String {
        guard let value = value(key) else { return fallback }
        if case let .string(text) = value, isValid(text) { return text }
        problems.append("key \(name(key)): \(value.serialized()) is not allowed; use \(allowed)")
        return fallback
    }

    mutating func stringSet(_ key: String) -> Set<String> {
        guard let value = value(key) else { return [] }
        if case let .array(items) = value {
            let strings = items.compactMap { item -> String? in if case let .string(text) = item { text } else { nil } }
            if strings.count == items.count { return Set(strings) }
        }
        problems.append("key \(name(key)): \(value.serialized()) is not allowed; use an array of strings")
        return []
    }

    mutating func object(_ key: String) -> KeyReader? {
        guard let value = value(key) else { return nil }
        if case let .object(fields) = value { return KeyReader(fields: fields, prefix: prefix + key + ".") }
        problems.append("key \(name(key)): \(value.serialized()) is not allowed; use an object")
        return nil
    }

    /// Every key not read so far is unknown: most likely a typo, so say which keys exist.
    mutating func rejectUnknownKeys() {
        for (key, _) in fields where !seen.contains(key) {
            problems.append("unknown key \(name(key)); known keys here: \(seen.sorted().joined(separator: ", "))")
        }
    }
}
