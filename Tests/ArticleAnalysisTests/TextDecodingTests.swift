@testable import ArticleAnalysis
import Testing

@Suite struct TextDecodingTests {
    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try TextDecoding.decode(Array("Tehran".utf8)).text == "Tehran")
        let withBOM = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Moscow".utf8))
        #expect(withBOM.text == "Moscow" && withBOM.encoding == "utf-8" && withBOM.warning == nil)
    }

    @Test func utf16WithBOMBothEndians() throws {
        let little = try TextDecoding.decode([0xFF, 0xFE] + Array("Iran".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(little.text == "Iran" && little.encoding == "utf-16le")
        let big = try TextDecoding.decode([0xFE, 0xFF] + Array("Iran".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        #expect(big.text == "Iran" && big.encoding == "utf-16be")
    }

    @Test func utf16WithoutBOMIsRecognisedWithAWarning() throws {
        let bytes = Array("Russia and Iran signed a deal.".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = try TextDecoding.decode(bytes)
        #expect(decoded.text == "Russia and Iran signed a deal.")
        #expect(decoded.warning?.contains("UTF-16LE") == true)
    }

    @Test func invalidUTF8FallsBackToWindows1252() throws {
        let decoded = try TextDecoding.decode([0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x80, 0x35])
        #expect(decoded.text == "“Café” €5")
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.warning != nil)
    }

    @Test(arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], "PNG"), ([0x7F, 0x45, 0x4C, 0x46, 2, 1], "ELF"),
        ([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31], "PDF"), ([0x41, 0x00, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47], "NUL"),
    ] as [([UInt8], String)])
    func binaryIsAFatalFailure(bytes: [UInt8], label: String) {
        #expect(throws: StageFailure.self, "\(label)") { try TextDecoding.decode(bytes) }
        do { _ = try TextDecoding.decode(bytes) } catch {
            #expect(error.reason == .binary && error.isFatal)
        }
    }

    @Test func controlHeavyBytesAreBinary() {
        let bytes = (0..<400).map { UInt8(($0 * 7) % 31 + 1) }
        #expect(throws: StageFailure.self) { try TextDecoding.decode(bytes) }
    }

    @Test func emptyIsAFailureOfItsOwn() {
        do { _ = try TextDecoding.decode([]) } catch { #expect(error.reason == .empty) }
    }

    /// Any byte sequence gives text or a failure; none traps. A fixed-seed generator keeps it repeatable.
    @Test func randomBytesNeverTrap() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var outcomes = (text: 0, failure: 0)
        for length in 0..<600 {
            var bytes: [UInt8] = []
            for _ in 0..<(length % 97 * 13) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(UInt8(truncatingIfNeeded: state >> 33))
            }
            if (try? TextDecoding.decode(bytes)) != nil { outcomes.text += 1 } else { outcomes.failure += 1 }
        }
        #expect(outcomes.text + outcomes.failure == 600)
        #expect(outcomes.failure > 0)
    }
}

@Suite struct MediaTypeSnifferTests {
    @Test func htmlIsFoundByContent() {
        #expect(MediaTypeSniffer.sniff("  <!DOCTYPE html><html><body>x</body></html>") == .html)
        #expect(MediaTypeSniffer.sniff("<div><p>a</p><p>b</p><p>c</p><p>d</p></div>") == .html)
        #expect(MediaTypeSniffer.sniff("Iran & Russia: <not a tag> Unraveling Their Strategic Partnership") == .plainText)
    }
}
