@testable import ArticleAnalysis
import Testing

/// The record's numbers: the short-fraction path must spell every number exactly as `String(value)` does
/// (the lines are compared byte for byte with earlier releases), and leave to it what it cannot spell.
@Suite struct JSONNumberTests {
    private func written(_ value: Double) -> String {
        var sink = ByteSink(capacity: 8)
        JSONValue.writeNumber(value, into: &sink)
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    private func expected(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    @Test(arguments: [
        0.5, -0.5, 0.25, 0.1, 0.2, 0.3, 0.7, 1.1, 2.675, 0.001, 0.0015, 0.0001, 0.00012, 0.00099, 1e-5, 12.34,
        -0.001, 999_999_999.5, 1e9 + 0.5, 123_456_789.1234, 0.1 + 0.2, 1.0 / 3.0, -2.0 / 3.0, 100.25, 4.35, 0.07,
    ])
    func spellsAsStringDoes(value: Double) {
        #expect(written(value) == expected(value))
    }

    /// Values rounded to one to six decimals, as the stages round them, and raw quotients, over many
    /// magnitudes: a fixed spread of numerators (multiplicative hashing of the index) over powers of two.
    @Test func spellsRoundedAndRawValuesAsStringDoes() {
        let scales = [1.0, 10, 100, 1000, 10_000, 100_000, 1_000_000]
        for index in 0..<20_000 {
            let spread = UInt64(index) &* 0x9E37_79B9_7F4A_7C15
            let magnitude = Double(spread >> 34) / Double(UInt64(1) << (index % 40))
            let value = index % 3 == 0 ? -magnitude : magnitude
            let scale = scales[index % scales.count]
            for number in [value, (value * scale).rounded() / scale] {
                #expect(written(number) == expected(number), "\(number)")
            }
        }
    }

    @Test func leavesNonFiniteNumbersNull() {
        #expect(written(.nan) == "null")
        #expect(written(.infinity) == "null")
        var sink = ByteSink(capacity: 8)
        #expect(!JSONValue.writeShortFraction(1e-5, into: &sink))
        #expect(!JSONValue.writeShortFraction(1.0 / 3.0, into: &sink))
        #expect(sink.count == 0)
    }
}
