/// Exact per-byte tests on eight bytes read as one little-endian word (`Span.word64(at:)`): each answer has
/// 0x80 in the bytes that pass and nothing elsewhere (no carries between bytes), so the first passing byte
/// is `trailingZeroBitCount >> 3` — a scan finds it without a branch per byte. (`Text/ByteWord` answers
/// only whether any byte passes.)
enum ByteMask {
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The bytes equal to `byte`.
    @inline(__always)
    static func equal(_ byte: UInt8, in word: UInt64) -> UInt64 {
        zero(word ^ (0x0101_0101_0101_0101 &* UInt64(byte)))
    }

    /// The zero bytes.
    @inline(__always)
    static func zero(_ word: UInt64) -> UInt64 {
        ~(((word & lowBits) &+ lowBits) | word | lowBits)
    }

    /// The ASCII bytes at or below `limit` (at most 0x7F).
    @inline(__always)
    static func atMost(_ limit: UInt8, in word: UInt64) -> UInt64 {
        // Adding 0x7F − limit to the low seven bits sets a byte's high bit exactly when it is above `limit`.
        ~(((word & lowBits) &+ 0x0101_0101_0101_0101 &* UInt64(0x7F - limit)) | word) & highBits
    }

    /// The offset of the first byte flagged in a non-zero `mask`.
    @inline(__always)
    static func firstFlagged(_ mask: UInt64) -> Int { mask.trailingZeroBitCount >> 3 }
}
