@testable import ArticleAnalysis
import Testing

/// The `Text/` accessors the span readers outside `Text/` rely on (issue 17), against plain loops, and the
/// JSON reader's word-at-a-time string skip at every alignment.
@Suite struct SpanAccessTests {
    /// Bytes from a fixed linear congruential sequence, with the searched-for bytes sprinkled in.
    private static func bytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let byte = UInt8(truncatingIfNeeded: state >> 56)
            return byte < 8 ? UInt8(ascii: "<") : byte
        }
    }

    @Test func firstOffsetFindsWhatALoopFinds() {
        for count in [0, 1, 7, 8, 9, 15, 16, 17, 63, 200] {
            let bytes = Self.bytes(count, seed: UInt64(count))
            for start in 0...count {
                for end in [start, min(count, start + 3), min(count, start + 9), count] {
                    let expected = (start..<end).first { bytes[$0] == UInt8(ascii: "<") } ?? end
                    #expect(bytes.span.firstOffset(of: UInt8(ascii: "<"), from: start, to: end) == expected)
                }
            }
        }
    }

    @Test func integersReadBackAtEveryAlignment() {
        let bytes = Self.bytes(40, seed: 3)
        for offset in 0...32 {
            var word: UInt64 = 0
            for index in (offset..<(offset + 8)).reversed() { word = word << 8 | UInt64(bytes[index]) }
            #expect(bytes.span.loadInteger(at: offset, as: UInt64.self) == word)
            #expect(bytes.span.loadInteger(at: offset, as: UInt16.self) == UInt16(truncatingIfNeeded: word))
        }
        var out: [UInt8] = [9]
        out.append(littleEndian: UInt32(0x0102_0304))
        #expect(out == [9, 4, 3, 2, 1])
    }

    @Test func columnsCopyToAndFromBytes() {
        let bytes = Self.bytes(64, seed: 5)
        let column = [UInt64](copyingMemoryOf: bytes.span.extracting(8..<40), reservingCapacity: 100)
        #expect(column.count == 4 && column.capacity >= 100)
        #expect(column[1] == bytes.span.loadInteger(at: 16, as: UInt64.self))
        var written: [UInt8] = []
        written.append(memoryOf: column)
        #expect(written[...] == bytes[8..<40])
    }

    /// A long string value with its quote or an escape at each position of an eight-byte word: the reader
    /// must land just past the string every time.
    @Test func skippingAStringStopsAtItsQuoteAtEveryAlignment() throws {
        for length in 0..<24 {
            for escapeAt in [-1] + Array(0..<length) {
                var text = Array(repeating: UInt8(ascii: "a"), count: length)
                if escapeAt >= 0 { text[escapeAt] = UInt8(ascii: "\\"); text.insert(UInt8(ascii: "\""), at: escapeAt + 1) }
                let line = Array(#"{"skip":""#.utf8) + text + Array(#"","id":"x"}"#.utf8)
                var id: String?
                var reader = JSONReader()
                let parsed = reader.members(in: line.span) { reader, key in
                    guard key == "id" else { return reader.skipValue(in: line.span) }
                    id = reader.stringValue(in: line.span)
                    return true
                }
                #expect(parsed && id == "x" && reader.index == line.count, "length \(length), escape at \(escapeAt)")
                let value = try JSONReader.value(of: line.span)
                #expect(value["id"] == .string("x"))
            }
        }
    }

    @Test func anUnterminatedStringIsNotAValue() {
        for line in [#"{"a":"abcdefghijklmnop"#, #"{"a":"abcdefghijklmno\"#, #"{"a":["abcdefghij\"#] {
            let bytes = Array(line.utf8)
            var reader = JSONReader()
            #expect(!reader.members(in: bytes.span) { reader, _ in reader.skipValue(in: bytes.span) })
        }
    }

    /// The fuzz target's check over inputs of each kind it is built for: markup, a JSON line, an index file.
    @Test func theFuzzCheckPassesOnEachKindOfInput() {
        let index = NearDuplicateIndex().serialized()
        for input in [
            Array(#"<html><body class="a b"><p id=x>Text & <b>more</b></p><script>x</script></body></html>"#.utf8),
            Array(#"{"schema":"articlewatch/result@1","id":"abc","bytes":12,"fingerprint":{"v":[1,2]},"t":"\u00e9\n"}"#.utf8),
            index, [], [0x3C], Self.bytes(300, seed: 11),
        ] {
            SpanAccessCheck.check(bytes: input)
        }
    }
}
