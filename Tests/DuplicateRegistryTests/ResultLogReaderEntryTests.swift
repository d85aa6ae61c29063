import ArticleAnalysis
@testable import DuplicateRegistry
import Foundation
import Testing

@Suite struct ResultLogReaderEntryTests {
    private func entry(_ line: String) -> ResultLogReader.Entry? {
        Array(line.utf8).withUnsafeBytes { ResultLogReader.entry($0) }
    }

    private static let id = String(repeating: "ab", count: 32)

    @Test func takesTopLevelFieldsOnly() throws {
        let fingerprint = try #require(Fingerprint(text: "The harbour master said the ferry would sail at noon on Tuesday from the north quay."))
        let line = #"{"duplicateOf":{"id":"inner","file":"x"},"id":"\#(Self.id)","entities":[{"id":1}],"#
            + #""fingerprint":\#(fingerprint.json.serialized()),"file":"a\u00e9\"b.txt","receivedAt":"2026-11-22T18:40:05.123Z"}"#
        let found = try #require(entry(line))
        #expect(found.id == Self.id)
        #expect(found.file == "aé\"b.txt")
        #expect(found.receivedAt == RFC3339Parser.date("2026-11-22T18:40:05.123Z"))
        #expect(found.fingerprint == fingerprint)
    }

    @Test func decodesSurrogatePairsAndControlEscapes() throws {
        let found = try #require(entry(#"{"id":"\#(Self.id)","file":"\ud83d\udcf0\n\t\/","receivedAt":"2026-11-22T18:40:05Z"}"#))
        #expect(found.file == "📰\n\t/")
        #expect(found.fingerprint == nil)
    }

    @Test func rejectsTornAndForeignLines() {
        #expect(entry(#"{"id":"abc","file":"unterminated"#) == nil)
        #expect(entry("not json") == nil)
        #expect(entry(#"["id","file"]"#) == nil)
        #expect(entry(#"{"id":"abc","file":"a","receivedAt":"yesterday"}"#) == nil)
    }
}
