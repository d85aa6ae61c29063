/// Longest-match lookup of multi-word phrases over a token sequence, as a trie kept in one hash table keyed
/// by the words so far: each node says whether a phrase ends there and whether longer phrases continue it.
/// Matching extends one token at a time and stops as soon as the words so far begin no phrase, so most
/// tokens cost a single probe. Cheaper than a regular expression per name by orders of magnitude.
public struct PhraseTable<Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var value: Value?
        var continues = false
    }

    private var nodes: [String: Node] = [:]
    public private(set) var count = 0

    public init() {}

    public mutating func reserveCapacity(_ phrases: Int) { nodes.reserveCapacity(phrases * 2) }

    /// Adds (or replaces) a phrase given as its token keys.
    public mutating func insert(_ keys: [String], _ value: Value) {
        guard !keys.isEmpty else { return }
        var phrase = keys[0]
        for key in keys.dropFirst() {
            nodes[phrase, default: Node()].continues = true
            phrase += " " + key
        }
        if nodes[phrase]?.value == nil { count += 1 }
        nodes[phrase, default: Node()].value = value
    }

    public func value(for keys: [String]) -> Value? { nodes[keys.joined(separator: " ")]?.value }

    /// The longest phrase starting at `start`, as (token count, value), or nil. `accept` can refuse a
    /// candidate (a case rule, say), in which case shorter ones are tried.
    public func longestMatch(
        in keys: [String], at start: Int, accept: (Int, Value) -> Bool = { _, _ in true }
    ) -> (length: Int, value: Value)? {
        guard var node = nodes[keys[start]] else { return nil }
        guard node.continues else {
            if let value = node.value, accept(1, value) { return (1, value) }
            return nil
        }
        var phrase = keys[start]
        var found: [(Int, Value)] = []
        if let value = node.value { found.append((1, value)) }
        var end = start + 1
        while end < keys.count, node.continues {
            phrase += " " + keys[end]
            end += 1
            guard let next = nodes[phrase] else { break }
            node = next
            if let value = node.value { found.append((end - start, value)) }
        }
        for (length, value) in found.reversed() where accept(length, value) { return (length, value) }
        return nil
    }
}
