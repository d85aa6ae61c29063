/// Which token hashes may start a name of a phrase table (the gazetteer's, the entity lexicon's): two bits per
/// first word in a bit set small enough to stay in cache, asked before the table. Most capitalised words of an
/// article start no name, and each probe of a megabyte-sized table that finds nothing cost a cache miss or
/// two. A word the set refuses starts no name (no false negatives); one it lets through is looked up as before.
struct FirstWordFilter: Sendable {
    private var words: [UInt64]
    private let mask: UInt64

    /// `2^log2Bits` bits: about ten per first word keeps false positives near one in a hundred.
    init(log2Bits: Int) {
        words = [UInt64](repeating: 0, count: 1 << (log2Bits - 6))
        mask = (1 << UInt64(log2Bits)) - 1
    }

    mutating func insert(_ hash: UInt64) {
        let (low, high) = bits(hash)
        words[low >> 6] |= 1 << UInt64(low & 63)
        words[high >> 6] |= 1 << UInt64(high & 63)
    }

    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let (low, high) = bits(hash)
        return words[low >> 6] & (1 << UInt64(low & 63)) != 0 && words[high >> 6] & (1 << UInt64(high & 63)) != 0
    }

    /// Two bit positions from the hash's low and high halves (token hashes are mixed already).
    @inline(__always)
    private func bits(_ hash: UInt64) -> (Int, Int) {
        (Int(truncatingIfNeeded: hash & mask), Int(truncatingIfNeeded: (hash >> 32) & mask))
    }
}
