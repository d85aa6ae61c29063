import Foundation
import Glibc
import Testing

/// The test stand-in for systemd's socket must go away with the test: a reader thread that kept the object
/// alive leaked a thread and a socket file per test.
@Suite struct NotifySocketTests {
    @Test func theSocketIsRemovedWhenTheLastReferenceGoes() {
        var path = ""
        do {
            let notify = NotifySocket()
            path = notify.path
            #expect(FileManager.default.fileExists(atPath: path))
        }
        #expect(!path.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path), "deinit closes and unlinks the socket")
    }
}
