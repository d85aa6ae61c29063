/// Longest-match lookup of multi-word phrases over a token sequence, as a trie kept in two hash sets:
/// the phrases, and every proper prefix of a phrase. Matching extends one token at a time and stops as soon
/// as the words so far begin no phrase, so a common first word ("the") costs one or two probes, not one per
/// possible length. Cheaper than a regular expression per name by orders of magnitude.
public struct PhraseTable<Value: Sendable>: Sendable {
    private var values: [String: Value] = [:]
    private var prefixes: Set<String> = []

    public init() {}

    public var count: Int { values.count }

    /// Adds (or replaces) a phrase given as its token keys.
    public mutating func insert(_ keys: [String], _ value: Value) {
        guard !keys.isEmpty else { return }
        var phrase = keys[0]
        for key in keys.dropFirst() {
            prefixes.insert(phrase)
            phrase += " " + key
        }
        values[phrase] = value
    }

    public func value(for keys: [String]) -> Value? { values[keys.joined(separator: " ")] }

    /// The longest phrase starting at `start`, as (token count, value), or nil. `accept` can refuse a
    /// candidate (a case rule, say), in which case shorter ones are tried.
    public func longestMatch(
        in keys: [String], at start: Int, accept: (Int, Value) -> Bool = { _, _ in true }
    ) -> (length: Int, value: Value)? {
        var phrase = keys[start]
        var found: [(Int, Value)] = []
        if let value = values[phrase] { found.append((1, value)) }
        var end = start + 1
        while end < keys.count, prefixes.contains(phrase) {
            phrase += " " + keys[end]
            end += 1
            if let value = values[phrase] { found.append((end - start, value)) }
        }
        for (length, value) in found.reversed() where accept(length, value) { return (length, value) }
        return nil
    }
}
