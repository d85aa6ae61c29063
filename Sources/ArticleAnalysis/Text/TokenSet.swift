/// A set of token keys: a `KeyedTable` from the key's `TokenHash` to where its bytes are kept, a hit
/// confirmed by comparing the bytes, so it answers as `Set<String>` would for the NFC keys it holds
/// (`TokenHash`; two keys with one 64-bit hash, odds about 10⁻¹⁵ here, would keep the first). The word
/// lists of the recogniser, places and the event coder are probed for nearly every token: a probe is one
/// integer, and a hit compares a few bytes; inserting a token's key copies its bytes, making no String.
public struct TokenSet: Sendable, ExpressibleByArrayLiteral {
    /// Per key hash, where its bytes lie in `bytes`.
    private var ranges = KeyedTable<UInt64, Range<Int>>(capacity: 16)
    private var bytes: [UInt8] = []

    public var count: Int { ranges.count }

    public init() {}

    /// An empty set sized for `count` keys, so filling it never rehashes.
    public init(minimumCapacity count: Int) { ranges = KeyedTable(capacity: count) }

    public init(_ words: some Sequence<String>) {
        for word in words { insert(word) }
    }

    public init(arrayLiteral words: String...) { self.init(words) }

    /// Whether the key of `tokens[index]` is in the set.
    @inline(__always)
    public func contains(_ tokens: WordTokens, _ index: Int) -> Bool {
        let token = tokens[index]
        return contains(hash: token.hash, key: tokens.keyBytes[token.keyRange])
    }

    /// The `TokenHash` of every key (the name tagger folds the word lists into one table of its own).
    public var keyHashes: [UInt64] { ranges.keys }

    /// Whether a key given by its `TokenHash` and bytes is in the set (the name tagger's token view).
    @inline(__always)
    public func contains(hash: UInt64, key: ArraySlice<UInt8>) -> Bool {
        guard let index = ranges.index(of: hash) else { return false }
        return bytes[ranges.values[index]].elementsEqual(key)
    }

    /// `contains(hash:key:)` for key bytes read through a `Span` (no array slice to retain).
    @inline(__always)
    func contains(hash: UInt64, key: Span<UInt8>) -> Bool {
        guard let index = ranges.index(of: hash) else { return false }
        let stored = ranges.values[index]
        guard stored.count == key.count else { return false }
        let bytes = self.bytes.span
        for offset in 0..<key.count where bytes[stored.lowerBound + offset] != key[offset] { return false }
        return true
    }

    public func contains(_ key: String) -> Bool {
        guard let index = ranges.index(of: TokenHash.of(key)) else { return false }
        return bytes[ranges.values[index]].elementsEqual(key.utf8)
    }

    public mutating func insert(_ key: String) { insert(key.utf8, hash: TokenHash.of(key)) }

    /// Adds the key of `tokens[index]`.
    public mutating func insert(_ tokens: WordTokens, _ index: Int) {
        let token = tokens[index]
        insert(tokens.keyBytes[token.keyRange], hash: token.hash)
    }

    private mutating func insert(_ key: some Collection<UInt8>, hash: UInt64) {
        let (found, slot) = ranges.find(forUpdating: hash)
        guard found < 0 else { return }
        let start = bytes.count
        bytes.append(contentsOf: key)
        ranges.insert(hash, start..<bytes.count, at: slot)
    }
}
