@testable import PostgresQueue
import Testing

/// The search for a results line's unlinked `duplicateOf` key, made from the line's end: it finds the key
/// wherever it stands, replaces exactly its bytes, and finds nothing in a linked line or one whose only
/// such text is inside a string value (escaped quotes).
@Suite struct UnlinkedKeySearchTests {
    @Test func findsTheKeyWhereverItStands() throws {
        let lines = [
            #"{"id":"a","duplicateOf":null,"warnings":[]}"#,
            #"{"duplicateOf":null}"#,
            #"{"id":"ü€","text":"\"duplicateOf\":null","duplicateOf":null,"warnings":["x"]}"#,
        ]
        for line in lines {
            let range = try #require(CrossHostDuplicates.unlinkedRange(in: line), "\(line)")
            #expect(String(line[range]) == CrossHostDuplicates.unlinked)
            #expect(line[..<range.lowerBound].hasSuffix(",") || line[..<range.lowerBound].hasSuffix("{"), "the member's own key: \(line)")
            var linked = line
            linked.replaceSubrange(range, with: #""duplicateOf":"x""#)
            #expect(linked.contains(#""duplicateOf":"x""#) && !linked.contains(CrossHostDuplicates.unlinked))
            #expect(!line.contains(#"\"duplicateOf\":null"#) || linked.contains(#"\"duplicateOf\":null"#), "the string value is left alone")
        }
    }

    @Test func findsNothingInALinkedLineOrInsideAString() {
        #expect(CrossHostDuplicates.unlinkedRange(in: #"{"id":"a","duplicateOf":{"id":"b"},"warnings":[]}"#) == nil)
        #expect(CrossHostDuplicates.unlinkedRange(in: #"{"text":"\"duplicateOf\":null"}"#) == nil)
        #expect(CrossHostDuplicates.unlinkedRange(in: #""duplicateOf":nul"#) == nil)
        #expect(CrossHostDuplicates.unlinkedRange(in: "") == nil)
    }
}
