import ArticleAnalysis
@testable import ArticleWatchDaemon
import Foundation
import Testing

/// `articlewatch analyze`'s batch: records stream out in argument order whatever the number of workers,
/// near duplicates link in that order, and a failing `emit` stops the batch.
@Suite struct BatchAnalyzerTests {
    private static let story = """
        The harbour council voted on Tuesday to rebuild the sea wall before the winter storms, after engineers \
        warned that the old stones would not survive another season. The mayor said the work would start in May.
        """
    private static let otherStory = """
        Farmers in the northern valley harvested a record crop of apples this autumn, and the cooperative said \
        prices at the market fell by a tenth as a result. Exporters expect more orders from abroad next year.
        """

    private struct WriteRefused: Error {}

    /// Seven paths: two stories, exact copies of them, one longer version and a missing file.
    private static func makeFiles() throws -> (directory: String, paths: [String]) {
        let directory = NSTemporaryDirectory() + "articlewatch-batch-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let contents = [
            ("a.txt", story), ("b.txt", otherStory), ("c.txt", story), ("d.txt", story + " The council meets again in June."),
            ("e.txt", otherStory), ("f.txt", story),
        ]
        for (name, text) in contents { try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8) }
        let paths = ["a.txt", "b.txt", "c.txt", "missing.txt", "d.txt", "e.txt", "f.txt"].map { directory + "/" + $0 }
        return (directory, paths)
    }

    private static func summaries(_ paths: [String], workers: Int) throws -> [String] {
        var summaries: [String] = []
        try BatchAnalyzer(configuration: .defaults(processorCount: 2), workers: workers).analyze(paths) { line in
            switch line {
            case let .result(record):
                summaries.append("\(record.file) \(record.id) \(record.duplicateOf.map { "\($0.kind) \($0.file)" } ?? "-")")
            case let .failure(record):
                summaries.append("\(record.file) failed \(record.reason)")
            }
        }
        return summaries
    }

    @Test func recordsComeInArgumentOrderWithAnyNumberOfWorkers() throws {
        let (directory, paths) = try Self.makeFiles()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let one = try Self.summaries(paths, workers: 1)
        #expect(one.map { $0.split(separator: " ")[0] } == ["a.txt", "b.txt", "c.txt", "missing.txt", "d.txt", "e.txt", "f.txt"])
        #expect(one[0].hasSuffix(" -") && one[1].hasSuffix(" -"))
        #expect(one[2].hasSuffix("exact a.txt"))
        #expect(one[3].hasSuffix("failed unreadable"))
        #expect(one[5].hasSuffix("exact b.txt"))
        #expect(one[6].hasSuffix("exact a.txt"))
        for workers in [2, 3, 8] {
            #expect(try Self.summaries(paths, workers: workers) == one, "\(workers) workers")
        }
    }

    @Test func aFailingEmitStopsTheBatch() throws {
        let (directory, paths) = try Self.makeFiles()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for workers in [1, 3] {
            var emitted = 0
            do {
                try BatchAnalyzer(configuration: .defaults(processorCount: 2), workers: workers).analyze(paths) { _ throws(WriteRefused) in
                    emitted += 1
                    if emitted == 2 { throw WriteRefused() }
                }
                Issue.record("the batch went on after emit failed")
            } catch {
                guard case .emit = error else {
                    Issue.record("\(error)")
                    continue
                }
            }
            #expect(emitted == 2, "\(workers) workers")
        }
    }

    /// The record's `file` is what `URL(fileURLWithPath:).lastPathComponent` gives, byte for byte.
    @Test func recordNamesAreTheURLsLastComponent() {
        let paths = [
            "a/b.txt", "/abs/b.txt", "b.txt", "dir/", "dir//", "/", "//", "", ".", "..", "a/.", "a/..", "./b", "../b", "~",
            "~/x.txt", "a//b", "a b/c d.txt", "a/%20.txt", "a/b%2Fc", "é/ü.txt", "a/b.txt/", "a/:x", "a/b?c", "a/b#c",
            "/tmp", "-", "a\\b", "a/\u{301}x", "a/x\u{301}", "a/.hidden", "a/b..", "a/...", "/..", "/.", "~user/x", "a/~",
            "a/b\nc", "a/../b", "x/y/../..", "日本/記事.txt", "a/b c/", "a/ ",
        ]
        for path in paths {
            #expect(Array(NamedInput.recordName(of: path).utf8) == Array(URL(fileURLWithPath: path).lastPathComponent.utf8), "\(path.debugDescription)")
        }
    }
}
