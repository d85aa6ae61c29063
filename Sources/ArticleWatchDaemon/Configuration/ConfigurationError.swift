/// A configuration the daemon refuses: which file, which key, what was there and what is allowed.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible, Equatable {
    public let file: String
    public let problems: [String]

    public var description: String {
        if problems.count == 1 { return "\(file): \(problems[0])" }
        return "\(file): \(problems.count) problems:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}
