/// A set of token keys probed by `TokenHash` (open addressing over flat arrays) and confirmed by String
/// equality on a hit, so it answers exactly as `Set<String>` would. The word lists of the recogniser and
/// the event coder are probed for nearly every token; `Set<String>` hashed each key with SipHash per probe.
public struct TokenSet: Sendable, ExpressibleByArrayLiteral {
    private var hashes: [UInt64] = Array(repeating: 0, count: 16)
    private var words: [String] = Array(repeating: "", count: 16)
    private var shift: UInt64 = 60
    public private(set) var count = 0

    public init() {}

    public init(_ words: some Sequence<String>) {
        for word in words { insert(word) }
    }

    public init(arrayLiteral words: String...) { self.init(words) }

    public func contains(_ token: WordToken) -> Bool { contains(token.key, hash: token.hash) }

    public func contains(_ key: String) -> Bool { contains(key, hash: TokenHash.of(key)) }

    @inline(__always)
    public func contains(_ key: String, hash: UInt64) -> Bool {
        let mask = hashes.count - 1
        var slot = fibonacciSlot(of: hash, shift: shift)
        while true {
            let stored = hashes[slot]
            if stored == 0 { return false }
            if stored == hash, words[slot] == key { return true }
            slot = (slot + 1) & mask
        }
    }

    public mutating func insert(_ key: String) { insert(key, hash: TokenHash.of(key)) }

    public mutating func insert(_ token: WordToken) { insert(token.key, hash: token.hash) }

    public mutating func insert(_ key: String, hash: UInt64) {
        if contains(key, hash: hash) { return }
        if (count + 1) * 2 > hashes.count { grow() }
        place(key, hash)
        count += 1
    }

    private mutating func place(_ key: String, _ hash: UInt64) {
        let mask = hashes.count - 1
        var slot = fibonacciSlot(of: hash, shift: shift)
        while hashes[slot] != 0 { slot = (slot + 1) & mask }
        hashes[slot] = hash
        words[slot] = key
    }

    private mutating func grow() {
        let oldHashes = hashes
        let oldWords = words
        hashes = Array(repeating: 0, count: oldHashes.count * 2)
        words = Array(repeating: "", count: oldHashes.count * 2)
        shift -= 1
        for index in oldHashes.indices where oldHashes[index] != 0 { place(oldWords[index], oldHashes[index]) }
    }
}
