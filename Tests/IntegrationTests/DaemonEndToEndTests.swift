import Foundation
import Glibc
import Testing

@Suite(.serialized) struct DaemonEndToEndTests {
    static var seeds: [(String, [UInt8])] {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()) ?? []
        return names.map { ($0, Array(FileManager.default.contents(atPath: directory.appendingPathComponent($0).path) ?? Data())) }
    }

    @Test func seedsEndToEnd() throws {
        let daemon = try DaemonHarness(label: "seeds")
        try daemon.start()
        #expect(Self.seeds.count == 5)
        for (name, bytes) in Self.seeds { try daemon.deliver(name, bytes) }
        #expect(daemon.waitForLines(5))
        #expect(daemon.stop() == 0)
        let results = daemon.results()
        #expect(results.count == 5)
        #expect(Set(results.compactMap { $0["file"] as? String }) == Set(Self.seeds.map(\.0)))
        for record in results {
            #expect(record["schema"] as? String == "articlewatch.result/1")
            #expect((record["id"] as? String)?.count == 64)
            #expect((record["wordCount"] as? Int ?? 0) > 300)
            #expect((record["delivery"] as? String) != nil)
        }
        #expect(daemon.entries("done").count == 5)
        #expect(daemon.entries("inbox").isEmpty)
        #expect(daemon.claimsInProcessing.isEmpty)
    }

    @Test func filesAlreadyPresentAtStartAreProcessed() throws {
        let daemon = try DaemonHarness(label: "present")
        for index in 0..<20 { FileManager.default.createFile(atPath: daemon.inbox + "/early\(index).txt", contents: Data("Article \(index) text.".utf8)) }
        // Make them look settled: written well before the daemon starts.
        for index in 0..<20 {
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-60)], ofItemAtPath: daemon.inbox + "/early\(index).txt")
        }
        try daemon.start()
        #expect(daemon.waitForLines(20))
        daemon.stop()
        #expect(daemon.results().count == 20)
    }

    @Test func directWritesAreTakenOnlyOnceSettled() throws {
        // Chunks come 150 ms apart; the file counts as settled after 5 s without a write. At 400 ms a loaded
        // machine that woke this test late made the daemon take a prefix.
        let daemon = try DaemonHarness(label: "direct", config: ["settleMilliseconds": 5000])
        try daemon.start()
        let path = daemon.inbox + "/slow.txt"
        let descriptor = open(path, O_CREAT | O_WRONLY, 0o644)
        var written = 0
        for chunk in 0..<6 {
            let text = Array("Paragraph \(chunk) of a slowly written article.\n".utf8)
            written += text.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            usleep(150_000)
        }
        close(descriptor)
        try daemon.deliver("renamed.txt", "An article renamed into place.")
        #expect(daemon.waitForLines(2))
        daemon.stop()
        let slow = daemon.results().first { $0["file"] as? String == "slow.txt" }
        #expect(slow?["bytes"] as? Int == written, "the whole file, not a prefix, was analysed")
        #expect(daemon.lines().count == 2)
    }

    @Test func hostileEntriesEachGetOneFailureLine() throws {
        let daemon = try DaemonHarness(label: "hostile", config: ["maxFileBytes": 4096])
        try daemon.start()
        try FileManager.default.createSymbolicLink(atPath: daemon.inbox + "/shadow", withDestinationPath: "/etc/shadow")
        #expect(mkfifo(daemon.inbox + "/fifo", 0o644) == 0)
        try FileManager.default.createDirectory(atPath: daemon.inbox + "/directory", withIntermediateDirectories: false)
        try daemon.deliver("empty.txt", [])
        try daemon.deliver("png.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        try daemon.deliver("nul.txt", Array("text\0with\0nuls".utf8))
        try daemon.deliver("big.txt", [UInt8](repeating: 0x61, count: 5000))
        try daemon.deliver("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x6F, 0x69, 0x72])
        try daemon.deliver("line\nbreak.txt", "A name with a newline in it.")
        try daemon.deliver("Тегеран.txt", "Москва и Тегеран.")
        #expect(daemon.waitForLines(10))
        usleep(300_000)
        daemon.stop()
        let reasons = Dictionary(uniqueKeysWithValues: daemon.failures().map { ($0["file"] as? String ?? "?", $0["reason"] as? String ?? "?") })
        #expect(reasons == [
            "shadow": "symlink", "fifo": "not-regular-file", "directory": "not-regular-file", "empty.txt": "empty",
            "png.txt": "binary", "nul.txt": "binary", "big.txt": "too-large",
        ])
        let results = Set(daemon.results().compactMap { $0["file"] as? String })
        #expect(results == ["latin1.txt", "line\nbreak.txt", "Тегеран.txt"])
        #expect(daemon.results().first { $0["file"] as? String == "latin1.txt" }?["encoding"] as? String == "windows-1252")
        #expect(daemon.entries("failed").count == 7)
        #expect(daemon.claimsInProcessing.isEmpty)
    }

    @Test func sighupWithABadConfigurationKeepsTheOldOne() throws {
        let daemon = try DaemonHarness(label: "reload")
        try daemon.start()
        try daemon.deliver("a.txt", "First article.")
        #expect(daemon.waitForLines(1))
        try "{\"fsync\": \"sometimes\"}".write(toFile: daemon.configPath, atomically: true, encoding: .utf8)
        kill(daemon.process!.processIdentifier, SIGHUP)
        #expect(daemon.waitForLog("configuration rejected"), "\(daemon.stderr.suffix(2000))")
        #expect(daemon.isRunning)
        try daemon.deliver("b.txt", "Second article.")
        #expect(daemon.waitForLines(2))
        daemon.stop()
        #expect(daemon.stderr.contains("\"fsync\": \"sometimes\" is not allowed"))
    }

    @Test func aBadConfigurationStopsTheStartWithTheKeyNamed() throws {
        let daemon = try DaemonHarness(label: "badconfig", config: ["rotateKeep": 0, "colour": "blue"])
        try daemon.start()
        daemon.process?.waitUntilExit()
        #expect(daemon.process?.terminationStatus != 0)
        #expect(daemon.stderr.contains("\"rotateKeep\": 0 is not allowed"))
        #expect(daemon.stderr.contains("unknown key \"colour\""))
    }
}
