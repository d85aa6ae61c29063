import ArticleAnalysis
import Foundation
import Testing

@Suite struct JSONReaderTests {
    private static func seed(_ index: Int) throws -> [UInt8] {
        let directory = SharedData.root.appendingPathComponent("seeds")
        let name = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()[index]
        return Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// What the isolated child writes comes back unchanged: the daemon reads it back as a record and writes
    /// that, so a suspect's line must be byte for byte the line the daemon would have written itself.
    @Test(arguments: 0..<5) func aRealRecordRoundTripsByteForByte(seed: Int) throws {
        let article = Article(name: "seed.txt", bytes: try Self.seed(seed), receivedAt: Date(timeIntervalSince1970: 1_700_000_000.123))
        guard case var .analyzed(record) = try AnalysisPipeline.standard().analyze(article, options: AnalysisOptions()) else {
            Issue.record("the seed did not analyse")
            return
        }
        record.durationMs = 12.345
        record.analyzedAt = Date(timeIntervalSince1970: 1_700_000_001.5)
        record.delivery = "d-1"
        let line = record.line()
        #expect(try JSONReader.value(of: line).serialized() == String(decoding: line, as: UTF8.self))
        var readBack = try AnalysisRecord(line: line)
        #expect(readBack.line() == line)
        #expect(readBack.sections.fingerprint == record.sections.fingerprint && readBack.durationMs == 12.345)
        readBack.delivery = nil
        readBack.duplicateOf = DuplicateLink(id: "x", file: "y", similarity: 0.9, kind: .near)
        record.delivery = nil
        record.duplicateOf = readBack.duplicateOf
        #expect(readBack.line() == record.line())
    }

    @Test func escapesAndSurrogatePairsDecode() throws {
        let parsed = try JSONReader.value(of: Array(#"{"b":"q\"s\\n\n\t\u0001\u00e9\ud83e\udd80\/","a":[1,-2.5,1e-05,true,false,null]}"#.utf8))
        #expect(parsed == .object([
            ("b", .string("q\"s\\n\n\t\u{01}é🦀/")),
            ("a", .array([.int(1), .double(-2.5), .double(0.00001), .bool(true), .bool(false), .null])),
        ]))
    }

    @Test func keysKeepTheirWrittenOrder() throws {
        let parsed = try JSONReader.value(of: Array(#" {"z":1, "a":2, "m":{"y":3,"b":4}} "#.utf8))
        #expect(parsed.serialized() == #"{"z":1,"a":2,"m":{"y":3,"b":4}}"#)
    }

    @Test(arguments: [
        #"{"a":1"#, #"{"a":1} x"#, #"{"a":"open"#, #"{"a":tru}"#, #"{"a":"\q"}"#, "{\"a\":\"\n\"}", #"[1,]"#, "",
        String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
    ])
    func garbageIsRejectedNotTrusted(text: String) {
        #expect(throws: JSONReader.Failure.self) { try JSONReader.value(of: Array(text.utf8)) }
    }

    /// The writer's pretty form is the tree's pretty form, and its compact form reads back to the same tree.
    @Test func theWriterAndTheTreeAgree() throws {
        let value = JSONValue.object([
            ("a", .array([.int(1), .object([]), .array([]), .object([("k", .null)])])), ("b", .string("x\n")), ("c", .double(0.5)),
        ])
        var compact = JSONWriter()
        value.write(to: &compact)
        #expect(try JSONReader.value(of: compact.bytes) == value)
        var pretty = JSONWriter(pretty: true)
        pretty.beginObject()
        pretty.key("a")
        pretty.beginArray()
        pretty.int(1)
        pretty.beginObject()
        pretty.endObject()
        pretty.beginArray()
        pretty.endArray()
        pretty.beginObject()
        pretty.member("k", JSONValue.null)
        pretty.endObject()
        pretty.endArray()
        pretty.member("b", "x\n")
        pretty.member("c", 0.5)
        pretty.endObject()
        #expect(String(decoding: pretty.bytes, as: UTF8.self) == value.prettySerialized())
    }
}
