import ArticleAnalysis
@testable import ArticleWatchDaemon
import Foundation
import Testing

@Suite struct OrderedJSONParserTests {
    /// What the isolated child writes comes back unchanged: the daemon writes the parsed value, so a
    /// suspect's line must be byte for byte the line the daemon would have written itself.
    @Test(arguments: 0..<5) func aRealRecordRoundTripsByteForByte(seed: Int) throws {
        let article = Article(name: "seed.txt", bytes: try RepositoryFiles.seed(seed), receivedAt: Date(timeIntervalSince1970: 1_700_000_000.123))
        guard case var .analyzed(record) = try AnalysisPipeline.standard().analyze(article, options: AnalysisOptions()) else {
            Issue.record("the seed did not analyse")
            return
        }
        record.durationMs = 12.345
        let line = record.json.serialized()
        let parsed = try OrderedJSONParser.parse(Array(line.utf8))
        #expect(parsed.serialized() == line)
    }

    @Test func escapesAndSurrogatePairsDecode() throws {
        let parsed = try OrderedJSONParser.parse(Array(#"{"b":"q\"s\\n\n\t\u0001\u00e9\ud83e\udd80\/","a":[1,-2.5,1e-05,true,false,null]}"#.utf8))
        #expect(parsed == .object([
            ("b", .string("q\"s\\n\n\t\u{01}é🦀/")),
            ("a", .array([.int(1), .double(-2.5), .double(0.00001), .bool(true), .bool(false), .null])),
        ]))
    }

    @Test func keysKeepTheirWrittenOrder() throws {
        let parsed = try OrderedJSONParser.parse(Array(#" {"z":1, "a":2, "m":{"y":3,"b":4}} "#.utf8))
        #expect(parsed.serialized() == #"{"z":1,"a":2,"m":{"y":3,"b":4}}"#)
    }

    @Test(arguments: [
        #"{"a":1"#, #"{"a":1} x"#, #"{"a":"open"#, #"{"a":tru}"#, #"{"a":"\q"}"#, "{\"a\":\"\n\"}", #"[1,]"#, "",
        String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
    ])
    func garbageIsRejectedNotTrusted(text: String) {
        #expect(throws: OrderedJSONParser.Failure.self) { try OrderedJSONParser.parse(Array(text.utf8)) }
    }
}
