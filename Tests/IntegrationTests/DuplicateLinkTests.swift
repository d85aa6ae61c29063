import Foundation
import Glibc
import Testing

/// Near-duplicate links in real results lines, across a restart, and the same links from `analyze`.
@Suite(.serialized) struct DuplicateLinkTests {
    static var original: String {
        let seed = DaemonEndToEndTests.seeds.first { $0.0.hasPrefix("003") }!
        return String(decoding: seed.1, as: UTF8.self)
    }

    /// The original with one word in about fifty changed and a line of junk added.
    static var edited: String {
        var words = original.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in stride(from: 7, to: words.count, by: 53) { words[index] = "altered" }
        return words.joined(separator: " ") + "\nShare this article on social media.\n"
    }

    @Test func linksSurviveARestart() throws {
        let daemon = try DaemonHarness(label: "dups")
        try daemon.start()
        try daemon.deliver("first.txt", Self.original)
        #expect(daemon.waitForLines(1))
        try daemon.deliver("copy.txt", Self.original)
        try daemon.deliver("edited.txt", Self.edited)
        try daemon.deliver("other.txt", String(decoding: DaemonEndToEndTests.seeds[0].1, as: UTF8.self))
        #expect(daemon.waitForLines(4))
        #expect(daemon.stop() == 0)
        #expect(FileManager.default.fileExists(atPath: daemon.root + "/logs/duplicates.index"))
        try daemon.start()
        try daemon.deliver("after-restart.txt", Self.edited + "One more line.\n")
        #expect(daemon.waitForLines(5))
        daemon.stop()
        let byFile = Dictionary(uniqueKeysWithValues: daemon.results().map { ($0["file"] as! String, $0) })
        let firstID = byFile["first.txt"]?["id"] as? String
        func link(_ file: String) -> [String: Any]? { byFile[file]?["duplicateOf"] as? [String: Any] }
        #expect(byFile["first.txt"]?["duplicateOf"] is NSNull)
        #expect(link("copy.txt")?["kind"] as? String == "exact")
        #expect(link("copy.txt")?["id"] as? String == firstID)
        #expect(link("edited.txt")?["kind"] as? String == "near")
        #expect(link("edited.txt")?["file"] as? String == "first.txt")
        #expect((link("edited.txt")?["similarity"] as? Double ?? 0) > 0.6)
        #expect(byFile["other.txt"]?["duplicateOf"] is NSNull)
        #expect(link("after-restart.txt") != nil, "the registry came back after the restart: \(daemon.stderr)")
    }

    @Test func analyzeLinksFilesAmongThemselvesInArgumentOrder() throws {
        let directory = NSTemporaryDirectory() + "aw-analyze-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Self.original.write(toFile: directory + "/a.txt", atomically: true, encoding: .utf8)
        try Self.edited.write(toFile: directory + "/b.txt", atomically: true, encoding: .utf8)
        try Self.original.write(toFile: directory + "/c.txt", atomically: true, encoding: .utf8)
        let records = try analyzeRecords(
            ["--workers", "2", directory + "/a.txt", directory + "/b.txt", directory + "/c.txt", directory + "/missing.txt"])
        #expect(records.map { $0["file"] as? String } == ["a.txt", "b.txt", "c.txt", "missing.txt"])
        #expect(records[0]["duplicateOf"] is NSNull)
        #expect((records[1]["duplicateOf"] as? [String: Any])?["kind"] as? String == "near")
        #expect((records[2]["duplicateOf"] as? [String: Any])?["kind"] as? String == "exact")
        #expect(records[3]["reason"] as? String == "unreadable")
    }
}
