@testable import ArticleAnalysis
import Testing

/// The record writer's byte buffer: what it appends must be exactly what an array would hold, across its
/// growth, and its integers must read as `String(value)` writes them.
@Suite struct ByteSinkTests {
    @Test func keepsEveryByteAcrossGrowth() {
        var sink = ByteSink(capacity: 1)
        var expected: [UInt8] = []
        for round in 0..<300 {
            let byte = UInt8(truncatingIfNeeded: round * 7)
            sink.append(byte)
            expected.append(byte)
            let run = [UInt8](repeating: UInt8(truncatingIfNeeded: round), count: round % 23)
            sink.append(run.span)
            expected += run
            sink.append(UInt8(ascii: " "), times: round % 5)
            expected += [UInt8](repeating: UInt8(ascii: " "), count: round % 5)
            sink.append("null")
            expected += Array("null".utf8)
        }
        #expect(sink.count == expected.count)
        #expect(sink.bytes == expected)
    }

    @Test(arguments: [
        0, 1, 9, 10, 11, 99, 100, 12_345, -1, -9, -10, -12_345, 999_999_999_999, 1_000_000_000_000_000_000,
        Int64.max, Int64.min, Int64.min + 1,
    ] as [Int64])
    func writesIntegersAsStringDoes(value: Int64) {
        var sink = ByteSink(capacity: 2)
        sink.append(UInt8(ascii: "["))
        sink.appendDecimal(value)
        sink.append(UInt8(ascii: "]"))
        #expect(String(decoding: sink.bytes, as: UTF8.self) == "[\(value)]")
    }

    /// A long string with escapes between runs that need none comes back from the reader as it went in.
    @Test func longStringsWithEscapesRoundTrip() throws {
        var text = ""
        for index in 0..<200 {
            text += String(repeating: "déjà vu ", count: index % 9)
            text += ["\"", "\\", "\n", "\u{01}", "\u{7F}", "\t", "\r", "\u{1F}"][index % 8]
        }
        let value = JSONValue.object([("text", .string(text)), ("n", .int(-42))])
        let compact = value.serialized()
        #expect(try JSONReader.value(of: Array(compact.utf8)) == value)
        #expect(!compact.contains("\n"))
    }
}
