@testable import ArticleAnalysis
import Testing

/// Fuzz-style: whatever bytes arrive, the pipeline returns a record or a failure (and never traps).
@Suite struct HostileInputTests {
    // A fixed-seed generator (ArticleAnalysis's `SplitMix`) so failures reproduce.

    @Test func randomBytes() throws {
        var generator = SplitMix(state: 42)
        for length in [1, 2, 3, 7, 64, 1000, 20_000] {
            for _ in 0..<5 {
                let bytes = (0..<length).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
                _ = try AnalysisFixtures.outcome(bytes: bytes)
            }
        }
    }

    @Test func randomPrintableTextWithMarkup() throws {
        var generator = SplitMix(state: 7)
        let alphabet = Array("abc XYZ.,;:!?\n\n<>/&;=\"'-–—“”’…@#0123456789éßж中".unicodeScalars)
        for _ in 0..<20 {
            var text = String.UnicodeScalarView()
            for _ in 0..<3000 { text.append(alphabet.randomElement(using: &generator)!) }
            _ = try AnalysisFixtures.outcome(bytes: Array(String(text).utf8))
            _ = try AnalysisFixtures.outcome(bytes: Array(("<html><body>" + String(text)).utf8))
        }
    }

    @Test func truncatedEncodings() throws {
        let text = "Téhéran et Moscou — “une alliance” prudente. 中文 текст. " + String(repeating: "Body text of an article. ", count: 40)
        let utf8 = Array(text.utf8)
        var utf16 = [UInt8(0xFF), 0xFE]
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        for cut in [1, 2, 3, 5, 11, 101] {
            if case .failed = try AnalysisFixtures.outcome(bytes: Array(utf8.dropLast(cut))) { Issue.record("UTF-8 cut \(cut)") }
            if case .failed = try AnalysisFixtures.outcome(bytes: Array(utf16.dropLast(cut))) { Issue.record("UTF-16 cut \(cut)") }
        }
    }

    @Test func emptyAndBinaryFail() throws {
        guard case let .failed(empty) = try AnalysisFixtures.outcome(bytes: []) else { Issue.record("empty analysed"); return }
        #expect(empty.reason == .empty)
        guard case let .failed(png) = try AnalysisFixtures.outcome(bytes: [0x89, 0x50, 0x4E, 0x47, 0, 1, 2]) else {
            Issue.record("PNG analysed"); return
        }
        #expect(png.reason == .binary)
    }
}
