import Foundation
import Glibc
import Testing

/// `articlewatch analyze` opens files the daemon's safe way: a FIFO or a directory gets a failure record
/// at once (never a hang), a symbolic link the user names is followed to its target, a hard-linked file
/// is read.
@Suite struct AnalyzeOpeningTests {
    private static let text = "The harbour council voted on Tuesday to rebuild the sea wall before the winter storms."

    @Test func namedLinksAreFollowedAndSpecialFilesFailWithoutAHang() throws {
        let directory = NSTemporaryDirectory() + "articlewatch-analyze-open-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory + "/folder", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Self.text.write(toFile: directory + "/article.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: directory + "/link.txt", withDestinationPath: directory + "/article.txt")
        #expect(link(directory + "/article.txt", directory + "/hard.txt") == 0)
        #expect(mkfifo(directory + "/pipe", 0o644) == 0)
        let names = ["link.txt", "hard.txt", "pipe", "folder"]
        let records = try analyzeRecords(["--workers", "1"] + names.map { directory + "/" + $0 })
        #expect(records.map { $0["file"] as? String } == names)
        #expect(records[0]["schema"] as? String == "articlewatch.result/1", "the named link was followed")
        #expect(records[1]["schema"] as? String == "articlewatch.result/1", "a hard-linked file the user names is read")
        #expect(records[0]["id"] as? String == records[1]["id"] as? String)
        #expect(records[2]["reason"] as? String == "not-regular-file")
        #expect(records[3]["reason"] as? String == "not-regular-file")
    }
}
