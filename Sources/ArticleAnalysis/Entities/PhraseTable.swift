/// Longest-match lookup of multi-word phrases over a token sequence: one hash probe per candidate length,
/// and only at tokens that begin some phrase (`longestPhrase` says how far to look). Cheaper than a regular
/// expression per name by orders of magnitude, and the same code serves every lexicon.
public struct PhraseTable<Value: Sendable>: Sendable {
    private var values: [String: Value] = [:]
    /// First token key → number of tokens of the longest phrase starting with it.
    private var longestPhrase: [String: Int] = [:]

    public init() {}

    public var count: Int { values.count }

    /// Adds (or replaces) a phrase given as its token keys.
    public mutating func insert(_ keys: [String], _ value: Value) {
        guard let first = keys.first else { return }
        values[keys.joined(separator: " ")] = value
        longestPhrase[first] = max(longestPhrase[first] ?? 0, keys.count)
    }

    public func value(for keys: [String]) -> Value? { values[keys.joined(separator: " ")] }

    /// The longest phrase starting at `start`, as (token count, value), or nil. `accept` can refuse a
    /// candidate (a case rule, say), in which case shorter ones are tried.
    public func longestMatch(
        in keys: [String], at start: Int, accept: (Int, Value) -> Bool = { _, _ in true }
    ) -> (length: Int, value: Value)? {
        guard let longest = longestPhrase[keys[start]] else { return nil }
        var length = min(longest, keys.count - start)
        while length >= 1 {
            let phrase = length == 1 ? keys[start] : keys[start..<(start + length)].joined(separator: " ")
            if let value = values[phrase], accept(length, value) { return (length, value) }
            length -= 1
        }
        return nil
    }
}
