/// Tests on eight bytes read as one little-endian word (`Span.word64(at:)`, `Span.skippingWords`), shared so each
/// scanner does not spell the bit tricks out again.
/// - `contains` and `containsBelow` are the classic zero-byte test (`(x − 0x01…) & ~x & 0x80…`): exact as a yes/no
///   answer, though the positions they flag past the first match can be wrong.
/// - The `…Bytes` masks are exact per byte: 0x80 in each byte that passes and nothing elsewhere (the low seven
///   bits are added without a carry crossing into the next byte), so `firstFlagged` finds the first passing byte
///   without a branch per byte and `nonzeroBitCount` counts them.
enum ByteWord {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// Whether any of the eight bytes is `byte`.
    @inline(__always)
    static func contains(_ byte: UInt8, in word: UInt64) -> Bool {
        let zeroWhereEqual = word ^ (ones &* UInt64(byte))
        return (zeroWhereEqual &- ones) & ~zeroWhereEqual & highBits != 0
    }

    /// Non-zero exactly when some byte is below `limit` (at most 0x80); a yes/no answer, not a per-byte mask.
    @inline(__always)
    static func containsBelow(_ limit: UInt8, in word: UInt64) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highBits
    }

    /// Whether all eight bytes are ASCII.
    @inline(__always)
    static func isASCII(_ word: UInt64) -> Bool { word & highBits == 0 }

    /// The bytes equal to `byte` (exact per byte).
    @inline(__always)
    static func equalBytes(_ byte: UInt8, in word: UInt64) -> UInt64 {
        zeroBytes(word ^ (ones &* UInt64(byte)))
    }

    /// The zero bytes (exact per byte).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~(((word & lowBits) &+ lowBits) | word | lowBits)
    }

    /// The ASCII bytes at or below `limit` (at most 0x7F; exact per byte).
    @inline(__always)
    static func bytes(atMost limit: UInt8, in word: UInt64) -> UInt64 {
        // Adding 0x7F − limit to the low seven bits sets a byte's high bit exactly when it is above `limit`.
        ~(((word & lowBits) &+ ones &* UInt64(0x7F - limit)) | word) & highBits
    }

    /// The offset of the first byte flagged in a non-zero per-byte mask.
    @inline(__always)
    static func firstFlagged(_ mask: UInt64) -> Int { mask.trailingZeroBitCount >> 3 }
}
