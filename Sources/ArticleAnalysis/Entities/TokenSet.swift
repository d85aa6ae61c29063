/// A set of token keys probed by `TokenHash` (open addressing over flat arrays) and confirmed by comparing
/// the key's bytes on a hit, so it answers as `Set<String>` would for the NFC keys it holds (`TokenHash`).
/// The word lists of the recogniser and the event coder are probed for nearly every token: a probe is one
/// integer, and a hit compares a few bytes; inserting a token's key copies its bytes, making no String.
public struct TokenSet: Sendable, ExpressibleByArrayLiteral {
    private var hashes: [UInt64] = Array(repeating: 0, count: 16)
    /// Per slot, where its key's bytes lie in `bytes`.
    private var ranges: [Range<Int>] = Array(repeating: 0..<0, count: 16)
    private var bytes: [UInt8] = []
    private var shift: UInt64 = 60
    public private(set) var count = 0

    public init() {}

    /// An empty set sized for `count` keys, so filling it never rehashes.
    public init(minimumCapacity count: Int) {
        var slots = 16
        while slots < count * 2 { slots *= 2 }
        hashes = Array(repeating: 0, count: slots)
        ranges = Array(repeating: 0..<0, count: slots)
        shift = UInt64(64 - slots.trailingZeroBitCount)
    }

    public init(_ words: some Sequence<String>) {
        for word in words { insert(word) }
    }

    public init(arrayLiteral words: String...) { self.init(words) }

    /// Whether the key of `tokens[index]` is in the set.
    @inline(__always)
    public func contains(_ tokens: WordTokens, _ index: Int) -> Bool {
        let token = tokens[index]
        return slot(of: token.hash, matching: { tokens.keyBytes[token.keyRange].elementsEqual($0) }) != nil
    }

    /// The `TokenHash` of every key (the name tagger folds the word lists into one table of its own).
    public var keyHashes: [UInt64] { hashes.filter { $0 != 0 } }

    /// Whether a key given by its `TokenHash` and bytes is in the set (the name tagger's token view).
    @inline(__always)
    public func contains(hash: UInt64, key: ArraySlice<UInt8>) -> Bool {
        slot(of: hash, matching: { key.elementsEqual($0) }) != nil
    }

    public func contains(_ key: String) -> Bool { slot(of: TokenHash.of(key), matching: { key.utf8.elementsEqual($0) }) != nil }

    /// The slot holding `hash` whose bytes satisfy `equal`, or nil.
    @inline(__always)
    private func slot(of hash: UInt64, matching equal: (ArraySlice<UInt8>) -> Bool) -> Int? {
        let mask = hashes.count - 1
        var slot = fibonacciSlot(of: hash, shift: shift)
        while true {
            let stored = hashes[slot]
            if stored == 0 { return nil }
            if stored == hash, equal(bytes[ranges[slot]]) { return slot }
            slot = (slot + 1) & mask
        }
    }

    public mutating func insert(_ key: String) { insert(Array(key.utf8), hash: TokenHash.of(key)) }

    /// Adds the key of `tokens[index]`.
    public mutating func insert(_ tokens: WordTokens, _ index: Int) {
        let token = tokens[index]
        insert(tokens.keyBytes[token.keyRange], hash: token.hash)
    }

    /// One probe sequence: ends on the key (already there) or on the empty slot it goes into.
    private mutating func insert(_ key: some Collection<UInt8>, hash: UInt64) {
        if (count + 1) * 2 > hashes.count { grow() }
        let mask = hashes.count - 1
        var slot = fibonacciSlot(of: hash, shift: shift)
        while true {
            let stored = hashes[slot]
            if stored == 0 { break }
            if stored == hash, bytes[ranges[slot]].elementsEqual(key) { return }
            slot = (slot + 1) & mask
        }
        let start = bytes.count
        bytes.append(contentsOf: key)
        hashes[slot] = hash
        ranges[slot] = start..<bytes.count
        count += 1
    }

    private mutating func place(_ range: Range<Int>, _ hash: UInt64) {
        let mask = hashes.count - 1
        var slot = fibonacciSlot(of: hash, shift: shift)
        while hashes[slot] != 0 { slot = (slot + 1) & mask }
        hashes[slot] = hash
        ranges[slot] = range
    }

    private mutating func grow() {
        let oldHashes = hashes
        let oldRanges = ranges
        hashes = Array(repeating: 0, count: oldHashes.count * 2)
        ranges = Array(repeating: 0..<0, count: oldHashes.count * 2)
        shift -= 1
        for index in oldHashes.indices where oldHashes[index] != 0 { place(oldRanges[index], oldHashes[index]) }
    }
}
