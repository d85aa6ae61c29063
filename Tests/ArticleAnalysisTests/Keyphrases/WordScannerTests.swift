import Testing

@testable import ArticleAnalysis

@Suite struct WordScannerTests {
    /// Words as text (with their shape), "|" for a block break.
    private func pieces(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var result: [String] = []
        WordScanner.scan(bytes.span) { piece in
            switch piece {
            case .blockBreak: result.append("|")
            case let .word(start, end, shape):
                result.append(String(decoding: bytes[start..<end], as: UTF8.self) + "/\(shape)")
            }
        }
        return result
    }

    @Test func keepsInnerConnectorsAndDropsPossessives() {
        #expect(pieces("Iran’s al-Assad met U.S. envoys.") == [
            "Iran/capitalised", "al-Assad/plain", "met/plain", "U.S/acronym", "|", "envoys/plain", "|",
        ])
    }

    @Test func numbersAndMixedWordsAreMarked() {
        #expect(pieces("4,000 troops and 2.5 F-35s, (NATO)") == [
            "4,000/number", "troops/plain", "and/plain", "2.5/number", "F-35s/unusual", "|", "|", "NATO/acronym", "|",
        ])
    }
}
