/// Tests on eight bytes read as one little-endian word (`Span.skippingWords`), shared so each scanner does
/// not spell the bit tricks out again. `contains` is the classic zero-byte test on `word ^ pattern`: exact
/// as a yes/no answer (only the positions it flags past the first match can be wrong).
enum ByteWord {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether any of the eight bytes is `byte`.
    @inline(__always)
    static func contains(_ byte: UInt8, in word: UInt64) -> Bool {
        let zeroWhereEqual = word ^ (ones &* UInt64(byte))
        return (zeroWhereEqual &- ones) & ~zeroWhereEqual & highBits != 0
    }

    /// Whether all eight bytes are ASCII.
    @inline(__always)
    static func isASCII(_ word: UInt64) -> Bool { word & highBits == 0 }
}
