@testable import ArticleAnalysis
import Testing

/// The word-at-a-time count of agreeing bins against a bin-by-bin count, on signature pairs that agree on
/// every number of bins from 0 to 64, with differing bytes of every bit pattern (a byte differing only in
/// its high bit, or only in its low bits, is where a carry trick would go wrong).
@Suite struct MatchingBinsTests {
    @Test func wordCountEqualsBinCount() {
        var generator = XorShift(seed: 0x5EED)
        for round in 0..<2_000 {
            let left = (0..<Fingerprint.permutations).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            var right = left
            let differing = round % (Fingerprint.permutations + 1)
            var bins = Array(0..<Fingerprint.permutations)
            for index in bins.indices.reversed() { bins.swapAt(index, Int(generator.next() % UInt64(index + 1))) }
            for bin in bins.prefix(differing) {
                let flip = UInt8(truncatingIfNeeded: generator.next()) | (round % 3 == 0 ? 0x80 : 0x01)
                right[bin] ^= round % 5 == 0 ? 0x80 : flip
            }
            let expected = zip(left, right).filter { $0 == $1 }.count
            #expect(expected == Fingerprint.permutations - differing)
            #expect(LSHBanding.matchingBins(left.span, right.span) == expected, "round \(round)")
        }
    }

    /// Marsaglia's xorshift64: a fixed sequence, so a failure repeats.
    private struct XorShift {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }
}
