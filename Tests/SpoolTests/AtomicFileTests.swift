import Foundation
@testable import Spool
import Testing

/// The duplicate index's replace: whole or not at all, and the temporary name is created exclusively.
@Suite struct AtomicFileTests {
    let directory = TemporaryDirectory("atomic")

    @Test func replacesTheFileWhole() throws {
        let path = directory.write("index", "old contents")
        try AtomicFile.replace(RawPath(path), with: Array("new".utf8))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(!FileManager.default.fileExists(atPath: path + ".tmp"))
    }

    /// A link planted at the temporary name (or a crash's leftover) is removed, never written through.
    @Test func aLinkAtTheTemporaryNameIsNotFollowed() throws {
        let victim = directory.write("victim", "keep me")
        let path = directory.file("index")
        try FileManager.default.createSymbolicLink(atPath: path + ".tmp", withDestinationPath: victim)
        try AtomicFile.replace(RawPath(path), with: Array("index bytes".utf8))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "index bytes")
    }
}
