@testable import ArticleWatchDaemon
import Foundation
import Testing

/// After a crash the exporter acknowledges, without appending again, the export rows whose lines are
/// already at the end of the local log.
@Suite struct LocalLogTailTests {
    /// Two workers committed rows 10 and 11; 11's commit returned first, was appended and made durable, and
    /// the daemon died before 10 was appended. Row 11 must not be appended a second time.
    @Test func aYoungerRowAppendedBeforeAnOlderOneIsFound() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let log = directory.appendingPathComponent("results.jsonl").path
        let pending = [(id: 10, line: #"{"delivery":"h0.10"}"#), (id: 11, line: #"{"delivery":"h0.11"}"#), (id: 12, line: #"{"delivery":"h0.12"}"#)]
        let written = #"{"delivery":"h0.9"}"# + "\n" + pending[1].line + "\n" + #"{"delivery":"h0.12"#
        try Data(written.utf8).write(to: URL(fileURLWithPath: log))

        let tail = LocalLogTail.lines(of: log, lastBytes: 4096)
        let appended = LocalLogTail.alreadyAppended(pending, line: \.line, in: tail)
        #expect(appended.map(\.id) == [11], "row 12's line is torn (no newline yet): not appended")
    }
}
