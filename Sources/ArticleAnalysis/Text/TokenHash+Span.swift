extension TokenHash {
    /// FNV-1a's starting state: `of` is `finish` of `fnvStep` over every byte from here. A scanner that
    /// lower-cases as it goes hashes each word in the same pass (and keeps the state before the last byte
    /// for the word without its final "s").
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func fnvStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }

    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 { nonZero(Mix64.finalize(hash)) }

    /// The hash of `bytes[range]`.
    static func of(_ bytes: Span<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = fnvOffset
        for index in range { hash = fnvStep(hash, bytes[index]) }
        return finish(hash)
    }
}
