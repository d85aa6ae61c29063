@testable import ArticleAnalysis
import Testing

/// Each word-at-a-time test of `Text/ByteWord` against the same test byte by byte, on words built from the byte
/// values where carry tricks go wrong (0x00, 0x01, 0x7F, 0x80, 0xFF, the limits and their neighbours).
@Suite struct ByteWordTests {
    private static let edgeBytes: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x3F, 0x40, 0x41, 0x5B, 0x7E, 0x7F, 0x80, 0x81, 0xA0, 0xE2, 0xFE, 0xFF]

    private static func words() -> [UInt64] {
        var state: UInt64 = 0x0DDB_1A5E_5BAD_5EED
        return (0..<20_000).map { _ in
            var word: UInt64 = 0
            for lane in 0..<8 {
                state ^= state << 13
                state ^= state >> 7
                state ^= state << 17
                word |= UInt64(edgeBytes[Int(state % UInt64(edgeBytes.count))]) << UInt64(lane * 8)
            }
            return word
        }
    }

    private static func mask(_ word: UInt64, _ passes: (UInt8) -> Bool) -> UInt64 {
        (0..<8).reduce(0) { mask, lane in passes(UInt8(truncatingIfNeeded: word >> UInt64(lane * 8))) ? mask | 0x80 << UInt64(lane * 8) : mask }
    }

    @Test func perByteMasksAreExact() {
        for word in Self.words() {
            #expect(ByteWord.zeroBytes(word) == Self.mask(word) { $0 == 0 })
            for byte: UInt8 in [0x20, 0x22, 0xA0, 0xE2] {
                #expect(ByteWord.equalBytes(byte, in: word) == Self.mask(word) { $0 == byte })
            }
            for limit: UInt8 in [0x1F, 0x40, 0x7F] {
                #expect(ByteWord.bytes(atMost: limit, in: word) == Self.mask(word) { $0 <= limit })
            }
            let mask = Self.mask(word) { $0 == 0x20 }
            if mask != 0 { #expect(ByteWord.firstFlagged(mask) == mask.trailingZeroBitCount / 8) }
        }
    }

    @Test func yesNoAnswersAreExact() {
        for word in Self.words() {
            let bytes = (0..<8).map { UInt8(truncatingIfNeeded: word >> UInt64($0 * 8)) }
            for byte: UInt8 in [0x00, 0x0A, 0x22, 0x7F] { #expect(ByteWord.contains(byte, in: word) == bytes.contains(byte)) }
            for limit: UInt8 in [0x20, 0x41, 0x80] { #expect((ByteWord.containsBelow(limit, in: word) != 0) == bytes.contains { $0 < limit }) }
            #expect(ByteWord.isASCII(word) == bytes.allSatisfy { $0 < 0x80 })
        }
    }
}
