@testable import ArticleAnalysis
import Testing

/// The hand-written validator must agree with the standard library's on every input, since its verdict
/// lets the decoder build strings without a second validation.
@Suite struct UTF8CensusTests {
    private func census(_ bytes: [UInt8]) -> UTF8Census { UTF8Census(bytes.span) }

    private func standardVerdict(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) } != nil
    }

    @Test(arguments: [
        [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0x80], [0xE2, 0x80], [0xFF],
    ] as [[UInt8]])
    func malformedSequencesAreRejected(sequence: [UInt8]) {
        // Placed at every offset around the eight- and 32-byte strides of the fast path.
        for prefix in 0..<40 {
            let bytes = Array(repeating: UInt8(ascii: "a"), count: prefix) + sequence + Array("tail".utf8)
            #expect(!census(bytes).isValid, "\(sequence) after \(prefix) bytes")
        }
    }

    @Test func wellFormedTextIsAcceptedAndClassified() {
        let text = String(repeating: "Tehran and Moscow — “allies”, 東京 𝄞 ", count: 9)
        let result = census(Array(text.utf8))
        #expect(result.isValid && !result.isASCII && !result.containsNUL)
        #expect(result.windowCharacters == text.unicodeScalars.count && result.windowControls == 0)
        let ascii = census(Array(String(repeating: "plain text\n\t", count: 40).utf8))
        #expect(ascii.isValid && ascii.isASCII)
    }

    /// Inputs that end exactly where the 32-byte stride ends must not read past their end.
    @Test func asciiEndingOnTheStrideHasNoNUL() {
        for count in stride(from: 8, through: 512, by: 8) {
            let bytes = Array(Array(repeating: Array("Dr. ".utf8), count: count / 4).joined())
            #expect(!census(bytes).containsNUL, "\(count) bytes")
        }
    }

    @Test func nulAndControlsAreCountedAtAnyOffset() {
        for offset in 0..<70 {
            var bytes = Array(repeating: UInt8(ascii: "x"), count: 80)
            bytes[offset] = 0
            #expect(census(bytes).containsNUL, "NUL at \(offset)")
        }
        let controls = (0..<400).map { UInt8(($0 * 7) % 31 + 1) }
        let expected = controls.count { $0 != 0x09 && $0 != 0x0A && $0 != 0x0C && $0 != 0x0D }
        #expect(census(controls).windowControls == expected)
    }

    /// Random byte strings (most invalid) and random scalars (all valid), with a fixed seed.
    @Test func agreesWithTheStandardLibraryOnRandomInput() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
        for round in 0..<3_000 {
            var bytes: [UInt8]
            if round % 2 == 0 {
                bytes = (0..<Int(next() % 90)).map { _ in
                    let value = next()
                    return value % 4 == 0 ? UInt8(truncatingIfNeeded: value >> 8) : UInt8(ascii: "a") + UInt8(value % 26)
                }
            } else {
                var text = ""
                for _ in 0..<Int(next() % 40) {
                    let value = UInt32(truncatingIfNeeded: next() % 0x11_0000)
                    text.unicodeScalars.append(Unicode.Scalar(value) ?? "é")
                }
                bytes = Array(text.utf8)
                if round % 6 == 1, !bytes.isEmpty { bytes.removeLast() }  // a cut sequence, sometimes
            }
            #expect(census(bytes).isValid == standardVerdict(bytes), "\(bytes)")
        }
    }
}
