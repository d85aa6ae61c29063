/// The home slot of a 64-bit hash in a power-of-two open-addressing table of `64 - shift` bits: the top bits
/// of the hash times 2^64/φ (Fibonacci hashing), so even similar hashes spread over the table. Every flat
/// hash table of the analysis (phrase tables, token and word sets, keyed tables) probes from here.
@inline(__always)
func fibonacciSlot(of hash: UInt64, shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
}

/// The smallest power-of-two table (at least 16 slots) that holds `capacity` keys at most half full, with the
/// `shift` that `fibonacciSlot` needs for it.
func halfFullTableSize(forCapacity capacity: Int) -> (size: Int, shift: UInt64) {
    var size = 16
    var bits: UInt64 = 4
    while size < capacity * 2 {
        size <<= 1
        bits += 1
    }
    return (size, 64 - bits)
}
