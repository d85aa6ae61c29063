import Foundation
import Glibc
import Testing
import Systemd

@Suite struct LogDestinationTests {
    /// A real file standing in for the journal stream: `$JOURNAL_STREAM` names a device and inode.
    private func withTemporaryFile(_ body: (Int32, stat) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString)").path
        let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        try #require(descriptor >= 0)
        defer { close(descriptor); unlink(path) }
        var status = stat()
        try #require(fstat(descriptor, &status) == 0)
        try body(descriptor, status)
    }

    @Test func matchesWhenDeviceAndInodeAreThoseOfTheDescriptor() throws {
        try withTemporaryFile { descriptor, status in
            #expect(LogDestination.isJournalStream("\(status.st_dev):\(status.st_ino)", fileDescriptor: descriptor))
        }
    }

    @Test func anInheritedStreamOfAnotherFileDoesNotMatch() throws {
        try withTemporaryFile { descriptor, status in
            #expect(!LogDestination.isJournalStream("\(status.st_dev):\(status.st_ino + 1)", fileDescriptor: descriptor))
            #expect(!LogDestination.isJournalStream(nil, fileDescriptor: descriptor))
            #expect(!LogDestination.isJournalStream("garbage", fileDescriptor: descriptor))
            #expect(!LogDestination.isJournalStream("\(status.st_dev):\(status.st_ino):1", fileDescriptor: descriptor))
        }
    }

    @Test func explicitDestinationsAreKept() {
        #expect(LogDestination.journal.resolved() == .journal)
        #expect(LogDestination.console.resolved() == .console)
        #expect([LogDestination.journal, .console].contains(LogDestination.auto.resolved()))
    }

    @Test func parsesTheCommandLineSpelling() {
        #expect(LogDestination(rawValue: "auto") == .auto)
        #expect(LogDestination.allCases.map(\.rawValue) == ["auto", "journal", "console"])
    }
}
