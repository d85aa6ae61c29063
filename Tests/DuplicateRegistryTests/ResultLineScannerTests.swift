@testable import DuplicateRegistry
import Testing

@Suite struct ResultLineScannerTests {
    private func scan(_ line: String) -> ResultLineScanner.Fields? {
        Array(line.utf8).withUnsafeBytes { ResultLineScanner.scan($0) }
    }

    @Test func takesTopLevelFieldsOnly() throws {
        let line = #"{"duplicateOf":{"id":"inner","file":"x"},"id":"outer","entities":[{"id":1}],"#
            + #""fingerprint":{"scheme":"s","shingles":12,"signature":"QUJD"},"file":"a\u00e9\"b.txt","receivedAt":"t"}"#
        let fields = try #require(scan(line))
        #expect(fields.id == "outer")
        #expect(fields.file == "aé\"b.txt")
        #expect(fields.receivedAt == "t")
        #expect(fields.scheme == "s" && fields.signature == "QUJD" && fields.shingles == 12)
    }

    @Test func decodesSurrogatePairsAndControlEscapes() throws {
        let fields = try #require(scan(#"{"file":"\ud83d\udcf0\n\t\/"}"#))
        #expect(fields.file == "📰\n\t/")
    }

    @Test func rejectsTornAndForeignLines() {
        #expect(scan(#"{"id":"abc","file":"unterminated"#) == nil)
        #expect(scan("not json") == nil)
        #expect(scan(#"["id","file"]"#) == nil)
    }
}
