import ArticleAnalysis
@testable import DuplicateRegistry
import Foundation
import Testing

@Suite struct RFC3339ParserTests {
    /// Reads back exactly what the record writer produces, across years, leap days and epochs.
    @Test(arguments: [0.0, 951_782_400.5, 1_795_000_000.123, 4_102_444_799.999, -86_400.25])
    func readsWhatTheRecordWrites(seconds: Double) throws {
        let date = Date(timeIntervalSince1970: seconds)
        let parsed = try #require(RFC3339Parser.date(RFC3339.format(date)))
        #expect(abs(parsed.timeIntervalSince1970 - seconds) < 0.001)
    }

    @Test func honoursOffsetsAndRejectsGarbage() throws {
        let utc = try #require(RFC3339Parser.date("2026-11-22T18:40:05Z"))
        #expect(RFC3339Parser.date("2026-11-22T20:40:05+02:00") == utc)
        #expect(RFC3339Parser.date("2026-13-22T18:40:05Z") == nil)
        #expect(RFC3339Parser.date("yesterday") == nil)
        #expect(RFC3339Parser.date("2026-11-22T18:40:05") == nil)
    }
}
