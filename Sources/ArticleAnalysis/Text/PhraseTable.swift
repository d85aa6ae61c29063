/// Longest-match lookup of multi-word phrases over a token sequence, as a trie kept in one hash table keyed
/// by the `TokenHash` of the words so far: each node says whether a phrase ends there and whether longer
/// phrases continue it. Matching extends one token at a time and stops as soon as the words so far begin no
/// phrase, so most tokens cost a single probe of one integer. The table is a `KeyedTable` from phrase hash
/// to node word, and the values: no String is stored or hashed per lookup, which made the entity, theme
/// and verb tables both the largest share of resident memory and of the per-token time when keyed by
/// space-joined Strings.
public struct PhraseTable<Value: Sendable>: Sendable {
    /// Per phrase hash (a `KeyedTable`): bit 31 = longer phrases continue this one; the low bits = index
    /// into `values` + 1 (0: none).
    private var nodes = KeyedTable<UInt64, UInt32>(capacity: 8)
    private var values: [Value] = []
    public private(set) var count = 0

    private static var continuesBit: UInt32 { 0x8000_0000 }

    public init() {}

    public mutating func reserveCapacity(_ phrases: Int) {
        values.reserveCapacity(phrases)
        if nodes.count == 0 { nodes = KeyedTable(capacity: phrases) }
    }

    /// Adds (or replaces) a phrase given as its token keys.
    public mutating func insert(_ keys: [String], _ value: Value) {
        insert(hashes: keys.map(TokenHash.of), value)
    }

    /// Adds (or replaces) a phrase given as its words' `TokenHash`es.
    public mutating func insert(hashes words: [UInt64], _ value: Value) {
        guard var phrase = words.first else { return }
        for word in words.dropFirst() {
            let node = claim(phrase)
            nodes.values[node] |= Self.continuesBit
            phrase = TokenHash.extend(phrase, with: word)
        }
        let node = claim(phrase)
        let index = nodes.values[node] & ~Self.continuesBit
        if index == 0 {
            values.append(value)
            nodes.values[node] |= UInt32(values.count)
            count += 1
        } else {
            values[Int(index) - 1] = value
        }
    }

    public func value(for keys: [String]) -> Value? {
        guard var phrase = keys.first.map(TokenHash.of) else { return nil }
        for key in keys.dropFirst() { phrase = TokenHash.extend(phrase, with: TokenHash.of(key)) }
        return value(forPhrase: phrase)
    }

    /// The value of a one-word phrase, by the word's hash.
    public func value(forWord hash: UInt64) -> Value? { value(forPhrase: hash) }

    @inline(__always)
    private func value(forPhrase phrase: UInt64) -> Value? {
        guard let node = nodes[phrase] else { return nil }
        let index = node & ~Self.continuesBit
        return index == 0 ? nil : values[Int(index) - 1]
    }

    /// The longest phrase starting at `start`, as (token count, value), or nil. `accept` can refuse a
    /// candidate (a case rule, say), in which case shorter ones are tried.
    public func longestMatch(
        in keys: [String], at start: Int, accept: (Int, Value) -> Bool = { _, _ in true }
    ) -> (length: Int, value: Value)? {
        longestMatch(in: keys.map(TokenHash.of), at: start, accept: accept)
    }

    /// `longestMatch` over the tokens' `TokenHash`es (`WordToken.hash`).
    public func longestMatch(
        in words: [UInt64], at start: Int, accept: (Int, Value) -> Bool = { _, _ in true }
    ) -> (length: Int, value: Value)? {
        let phrase = words[start]
        guard let node = nodes[phrase] else { return nil }
        guard node & Self.continuesBit != 0 else {
            let index = Int(node) - 1
            if index >= 0, accept(1, values[index]) { return (1, values[index]) }
            return nil
        }
        // The longest phrase first; if `accept` refuses it, walk again for the longest shorter one. Walking
        // twice is rarer than a match that continues (a list of the phrases found allocated per such match).
        var limit = Int.max
        while true {
            var best = node & ~Self.continuesBit != 0 ? (length: 1, index: Int(node & ~Self.continuesBit) - 1) : (length: 0, index: 0)
            var walk = node
            var phraseSoFar = phrase
            var end = start + 1
            while end < words.count, end - start < limit, walk & Self.continuesBit != 0 {
                phraseSoFar = TokenHash.extend(phraseSoFar, with: words[end])
                end += 1
                guard let next = nodes[phraseSoFar] else { break }
                walk = next
                if walk & ~Self.continuesBit != 0 { best = (end - start, Int(walk & ~Self.continuesBit) - 1) }
            }
            guard best.length > 0 else { return nil }
            if accept(best.length, values[best.index]) { return (best.length, values[best.index]) }
            limit = best.length - 1
            guard limit > 0 else { return nil }
        }
    }

    /// The index of `hash`'s node, made (no phrase, none longer) when absent.
    private mutating func claim(_ hash: UInt64) -> Int {
        let (index, slot) = nodes.find(forUpdating: hash)
        return index >= 0 ? index : nodes.insert(hash, 0, at: slot)
    }
}
