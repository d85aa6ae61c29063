/// A bit set of 64-bit hashes asked before a table that is cold between articles: a hash it refuses is not
/// in the table (no false negatives); one it lets through is looked up as before. Both bits of a hash lie in
/// one 64-bit word, so a test reads one cache line (`FirstWordFilter` reads two): the event coder and the
/// theme scorer ask it for most words of a sentence, and the second line was a second miss.
struct HashFilter: Sendable {
    private var words: [UInt64]
    private let shift: UInt64

    /// Room for about `capacity` hashes at some eight bits each (two of them set per hash): a few in a hundred
    /// hashes not inserted get through.
    init(capacity: Int) {
        var log2Words = 1
        while (1 << log2Words) * 8 < capacity { log2Words += 1 }
        words = [UInt64](repeating: 0, count: 1 << log2Words)
        shift = UInt64(64 - log2Words)
    }

    mutating func insert(_ hash: UInt64) {
        let (word, bits) = place(hash)
        words[word] |= bits
    }

    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let (word, bits) = place(hash)
        return words[word] & bits == bits
    }

    /// The word from the hash's top bits, two bits of it from its low twelve (the hashes are mixed already).
    @inline(__always)
    private func place(_ hash: UInt64) -> (Int, UInt64) {
        (Int(truncatingIfNeeded: hash >> shift), 1 << (hash & 63) | 1 << ((hash >> 6) & 63))
    }
}
