import ArticleAnalysis
import Foundation
import Glibc
@testable import Spool
import WorkQueue
import Testing

@Suite struct SpoolTests {
    let directory = TemporaryDirectory()
    var inbox: String { directory.path + "/inbox" }

    func makeSpool() throws -> Spool { try Spool(root: RawPath(directory.path)) }

    @Test func createsTheFiveDirectories() throws {
        _ = try makeSpool()
        for name in ["inbox", "tmp", "processing", "done", "failed"] {
            var isDirectory: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: directory.file(name), isDirectory: &isDirectory) && isDirectory.boolValue)
        }
    }

    @Test func scanSkipsProducerTemporaryNames() throws {
        let spool = try makeSpool()
        for name in ["a.txt", ".hidden", "b.tmp", "c.part", "d~", "e.html"] { directory.write("inbox/" + name, "x") }
        let names = Set(try spool.scanInbox().map(\.name.description))
        #expect(names == ["a.txt", "e.html"])
    }

    @Test func claimMovesTheFileAndReadsIt() throws {
        let spool = try makeSpool()
        directory.write("inbox/a.txt", "hello")
        let claim = try #require(try spool.claim(EntryName("a.txt")))
        #expect(!FileManager.default.fileExists(atPath: inbox + "/a.txt"))
        guard case let .bytes(bytes, status) = spool.read(claim, maxBytes: 100) else { Issue.record("not read"); return }
        #expect(bytes == Array("hello".utf8))
        #expect(status.size == 5)
    }

    @Test func onlyOneOfTwoClaimersWins() throws {
        let first = try makeSpool()
        let second = try makeSpool()
        for index in 0..<200 { directory.write("inbox/f\(index)", "x") }
        var wins = 0
        for index in 0..<200 {
            let name = EntryName("f\(index)")
            let a = try first.claim(name), b = try second.claim(name)
            wins += (a == nil ? 0 : 1) + (b == nil ? 0 : 1)
        }
        #expect(wins == 200)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.file("processing")).filter { !$0.hasSuffix(".lock") }
        #expect(leftovers.count == 200, "a losing claimer must remove its empty claim directory")
    }

    @Test func claimOfAVanishedFileIsNil() throws {
        let spool = try makeSpool()
        #expect(try spool.claim(EntryName("never-there")) == nil)
    }

    @Test func symlinkIsRejectedWithoutOpeningItsTarget() throws {
        let spool = try makeSpool()
        try FileManager.default.createSymbolicLink(atPath: inbox + "/link", withDestinationPath: "/etc/shadow")
        let claim = try #require(try spool.claim(EntryName("link")))
        guard case let .rejected(reason, _, _) = spool.read(claim, maxBytes: 1 << 20) else { Issue.record("read a symlink"); return }
        #expect(reason == .symlink)
    }

    @Test func hardLinkFifoSocketDirectoryAndOversizeAreRejected() throws {
        let spool = try makeSpool()
        let outside = TemporaryDirectory("outside")
        outside.write("secret", "not yours")
        try FileManager.default.linkItem(atPath: outside.file("secret"), toPath: inbox + "/hard")
        #expect(mkfifo(inbox + "/fifo", 0o644) == 0)
        try FileManager.default.createDirectory(atPath: inbox + "/dir", withIntermediateDirectories: false)
        directory.write("inbox/big", String(repeating: "x", count: 2000))
        let socketPath = inbox + "/sock"
        let socketDescriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socketDescriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in socketPath.utf8.enumerated() where index < buffer.count - 1 { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        #expect(bound == 0)

        let expected: [String: FailureReason] = [
            "hard": .hardLink, "fifo": .notRegularFile, "dir": .notRegularFile, "big": .tooLarge, "sock": .notRegularFile,
        ]
        for (name, reason) in expected {
            let claim = try #require(try spool.claim(EntryName(name)))
            guard case let .rejected(got, message, _) = spool.read(claim, maxBytes: 1000) else {
                Issue.record("\(name) was read")
                continue
            }
            #expect(got == reason, "\(name): \(message)")
            try spool.finish(claim, .failed)
            #expect(FileManager.default.fileExists(atPath: directory.file("failed/" + name)) || name == "sock")
        }
    }

    @Test func finishKeepsEveryDeliveryUnderAFreeName() throws {
        let spool = try makeSpool()
        for round in 0..<3 {
            directory.write("inbox/same.txt", "round \(round)")
            let claim = try #require(try spool.claim(EntryName("same.txt")))
            try spool.finish(claim, .done(keep: true))
        }
        let done = try FileManager.default.contentsOfDirectory(atPath: directory.file("done")).sorted()
        #expect(done == ["same.txt", "same.txt.2", "same.txt.3"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.file("processing")).allSatisfy { $0.hasSuffix(".lock") })
    }

    @Test func finishDeletesWhenNotKeeping() throws {
        let spool = try makeSpool()
        directory.write("inbox/a", "x")
        let claim = try #require(try spool.claim(EntryName("a")))
        try spool.finish(claim, .done(keep: false))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.file("done")).isEmpty)
    }

    @Test func suffixedNamesStayWithinNameMax() {
        let long = EntryName(String(repeating: "n", count: 255))
        #expect(Spool.suffixed(long, 12).bytes.count == 255)
        #expect(Spool.suffixed(EntryName("a.txt"), 2).description == "a.txt.2")
    }

    @Test func namesThatAreNotUTF8AreClaimedByTheirBytes() throws {
        let spool = try makeSpool()
        let name: [UInt8] = [0x66, 0xFF, 0x0A, 0x67]
        let path = RawPath(inbox).appending(name)
        var cPath = path.bytes.map { CChar(bitPattern: $0) } + [0]
        let created = open(&cPath, O_CREAT | O_WRONLY, 0o644)
        #expect(created >= 0)
        close(created)
        let entries = try spool.scanInbox()
        #expect(entries.map(\.name.bytes) == [name])
        #expect(try spool.claim(EntryName(bytes: name)) != nil)
    }
}

@Suite struct SpoolLayoutTests {
    /// A fresh checkout has no `var/`: the spool's missing parents are created like `mkdir -p`.
    @Test func createsMissingParentDirectories() throws {
        let directory = TemporaryDirectory("parents")
        let root = directory.path + "/var/deep/spool"
        _ = try Spool(root: RawPath(root))
        #expect(FileManager.default.fileExists(atPath: root + "/inbox"))
    }
}
