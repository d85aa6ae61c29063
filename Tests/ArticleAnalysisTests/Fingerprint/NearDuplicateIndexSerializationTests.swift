import ArticleAnalysis
import Foundation
import Testing

@Suite struct NearDuplicateIndexSerializationTests {
    private static let start = Date(timeIntervalSince1970: 1_795_000_000)

    private static func filled() -> NearDuplicateIndex {
        var index = NearDuplicateIndex(window: DuplicateWindow(count: 3))
        let texts = [FingerprintFixtures.vaccine, FingerprintFixtures.harbour, "Short note.", "Élan vital — «naïve» café"]
        for (number, text) in texts.enumerated() {
            _ = index.checkAndInsert(
                id: SHA256.hexDigest(of: Array(text.utf8)), file: "file-\(number)-ü.txt",
                fingerprint: number == 2 ? nil : Fingerprint(text: text), receivedAt: start.addingTimeInterval(Double(number)))
        }
        return index
    }

    private static func load(_ bytes: [UInt8], window: DuplicateWindow = DuplicateWindow()) throws -> NearDuplicateIndex {
        try bytes.withUnsafeBytes { buffer in try NearDuplicateIndex(serialized: buffer, window: window) }
    }

    @Test func roundTripKeepsTheLiveArticlesAndTheirLinks() throws {
        let original = Self.filled()
        var loaded = try Self.load(original.serialized())
        #expect(loaded.count == 3)
        #expect(loaded.serialized() == original.serialized())
        #expect(loaded.newestArticle?.file == "file-3-ü.txt")
        let harbour = FingerprintFixtures.harbour
        let link = loaded.checkAndInsert(
            id: SHA256.hexDigest(of: Array(harbour.utf8)), file: "again.txt", fingerprint: Fingerprint(text: harbour),
            receivedAt: Self.start)
        #expect(link?.file == "file-1-ü.txt")
        #expect(link?.kind == .exact)
        let note = SHA256.hexDigest(of: Array("Short note.".utf8))
        #expect(loaded.bestMatch(id: note, fingerprint: nil)?.file == "file-2-ü.txt")
    }

    @Test func aSmallerWindowAtLoadEvictsAtOnce() throws {
        let loaded = try Self.load(Self.filled().serialized(), window: DuplicateWindow(count: 1))
        #expect(loaded.count == 1)
        #expect(loaded.newestArticle?.file == "file-3-ü.txt")
    }

    @Test func everyFlippedByteIsCaught() {
        let bytes = Self.filled().serialized()
        for position in stride(from: 0, to: bytes.count, by: 7) {
            var damaged = bytes
            damaged[position] ^= 0x40
            #expect(throws: IndexFileError.self) { try Self.load(damaged) }
        }
    }

    @Test func truncatedAndForeignFilesAreRejected() {
        let bytes = Self.filled().serialized()
        #expect(throws: IndexFileError.truncated(20)) { try Self.load(Array(bytes.prefix(20))) }
        #expect(throws: IndexFileError.checksumMismatch) { try Self.load(Array(bytes.dropLast(1))) }
        #expect(throws: IndexFileError.notAnIndex) { try Self.load(Array(repeating: 0x7B, count: 200)) }
    }
}
