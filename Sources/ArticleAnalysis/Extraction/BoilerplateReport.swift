/// The record's `boilerplate` section: how many lines and characters were removed, and why.
public struct BoilerplateReport: Sendable, Equatable, JSONRepresentable {
    public struct Tally: Sendable, Equatable {
        public var lines = 0
        public var chars = 0
    }

    public private(set) var byReason: [RemovalReason: Tally] = [:]
    /// Personal data (emails, phones, addresses) that was inside removed blocks and so never reached the text.
    public var personalDataRemoved = 0

    public init() {}

    public mutating func remove(_ text: some StringProtocol, because reason: RemovalReason) {
        byReason[reason, default: Tally()].lines += 1
        byReason[reason, default: Tally()].chars += text.count
    }

    public var removedLines: Int { byReason.values.reduce(0) { $0 + $1.lines } }
    public var removedChars: Int { byReason.values.reduce(0) { $0 + $1.chars } }

    public var json: JSONValue {
        let kinds = RemovalReason.allCases.compactMap { reason -> (String, JSONValue)? in
            guard let tally = byReason[reason] else { return nil }
            return (reason.rawValue, .object([("lines", .int(tally.lines)), ("chars", .int(tally.chars))]))
        }
        return .object([
            ("removedLines", .int(removedLines)), ("removedChars", .int(removedChars)),
            ("personalDataRemoved", .int(personalDataRemoved)), ("byKind", .object(kinds)),
        ])
    }
}
