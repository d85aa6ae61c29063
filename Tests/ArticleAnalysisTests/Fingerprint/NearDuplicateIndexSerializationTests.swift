@testable import ArticleAnalysis
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
        try NearDuplicateIndex(serialized: bytes.span, window: window)
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

    /// A format-3 file (columns only, no tables) as the daemon wrote it before format 4: the articles of
    /// `legacyTexts` with `legacyWindow`, the first evicted; the third has no fingerprint. Written by the
    /// format-3 `serialized()` (commit 768f534); its tables are rebuilt at load.
    private static let legacyFile = Array(Data(base64Encoded: """
        QVdORElEWDEDAAAABAMCAUAADAADAAgAw4b9agAAAAADAAAAAAAAACcAAAAAAAAAk6CyXcEmBjURytjwVRBpZPlHgVBsN6jgLrU1
        PSCnSUIKH3NWRVgXBWryuKL1DT6x2VNi5vn9WYnAMXue+CS6hUxG6js4Czf5DlY+yDhffd4MQH7og1k6vpnuHBs5TsH7fTQpX9c7
        bH2cQUFevg0jUNdeT5CKnGvFXTtekL5eX11dTynX115dDeAjTyMpXkJs8pA7vlCKQSlra1BrffJfQgAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACi0szqzHZkqCMjwXhkqBBqzMEQwcEjwcF2diPq
        dhB2dhB2aqkQqCB2qWp2wWSo6iMjICDMZHggoiAQzCCieCMQwYb9asKG/WrDhv1qDQ0NZmlsZS0xLcO8LnR4dGZpbGUtMi3DvC50
        eHRmaWxlLTMtw7wudHh0EvaKRqqdPpM=
        """, options: .ignoreUnknownCharacters)!)

    private static let legacyTexts = [
        "The city council voted on Tuesday to rebuild the old harbour wall, ending a dispute that had lasted more than a decade. Engineers warned last winter that the wall could give way in a strong storm.",
        "Health officials began a new vaccination campaign in the northern provinces on Monday, hoping to reach children who missed their routine doses during the long strike of clinic staff last year.",
        "Short note.",
        "Élan vital — «naïve» café, and the rest of a sentence long enough to have a few shingles of its own.",
    ]

    @Test func aFormat3FileLoadsWithRebuiltTablesAndIsWrittenAgainAsFormat4() throws {
        #expect(Self.legacyFile.count == 398)
        var loaded = try Self.load(Self.legacyFile, window: DuplicateWindow(count: 3))
        #expect(loaded.count == 3)
        #expect(loaded.newestArticle?.file == "file-3-ü.txt")
        let vaccine = Self.legacyTexts[1]
        let exact = loaded.checkAndInsert(
            id: SHA256.hexDigest(of: Array(vaccine.utf8)), file: "again.txt", fingerprint: Fingerprint(text: vaccine),
            receivedAt: Self.start.addingTimeInterval(10))
        #expect(exact?.file == "file-1-ü.txt")
        #expect(exact?.kind == .exact)
        let edited = vaccine.replacingOccurrences(of: "last year", with: "last summer")
        let near = loaded.bestMatch(id: SHA256.hexDigest(of: Array(edited.utf8)), fingerprint: Fingerprint(text: edited))
        #expect(near?.kind == .near)
        let note = SHA256.hexDigest(of: Array(Self.legacyTexts[2].utf8))
        #expect(loaded.bestMatch(id: note, fingerprint: nil)?.file == "file-2-ü.txt")
        let harbour = Self.legacyTexts[0]  // evicted before the file was written
        #expect(loaded.bestMatch(id: SHA256.hexDigest(of: Array(harbour.utf8)), fingerprint: Fingerprint(text: harbour)) == nil)

        let rewritten = loaded.serialized()
        #expect(rewritten[8] == 4)
        let reloaded = try Self.load(rewritten, window: DuplicateWindow(count: 3))
        #expect(reloaded.serialized() == rewritten)
        #expect(reloaded.bestMatch(id: SHA256.hexDigest(of: Array(vaccine.utf8)), fingerprint: Fingerprint(text: vaccine))?.file == "again.txt")
    }

    /// Many random articles, then a load with a window a tenth of them: the evicted majority is compacted
    /// away at once (the tables are rebuilt), and the kept articles still link.
    @Test func aMuchSmallerWindowAtLoadCompactsAndKeepsLinking() throws {
        var index = NearDuplicateIndex()
        var state: UInt64 = 7
        func sketch() -> Fingerprint {
            Fingerprint(signature: (0..<Fingerprint.permutations).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: state >> 56)
            }, shingleCount: 100)!
        }
        var sketches: [Fingerprint] = []
        for number in 0..<3000 {
            let fingerprint = sketch()
            sketches.append(fingerprint)
            _ = index.checkAndInsert(
                id: SHA256.hexDigest(of: Array("article \(number)".utf8)), file: "a\(number).txt", fingerprint: fingerprint,
                receivedAt: Self.start.addingTimeInterval(Double(number)))
        }
        let full = index.serialized()
        let loaded = try Self.load(full, window: DuplicateWindow(count: 300))
        #expect(loaded.count == 300)
        #expect(loaded.serialized().count < full.count / 4)
        #expect(loaded.bestMatch(id: SHA256.hexDigest(of: Array("other".utf8)), fingerprint: sketches[2999])?.file == "a2999.txt")
        #expect(loaded.bestMatch(id: SHA256.hexDigest(of: Array("other".utf8)), fingerprint: sketches[2700])?.file == "a2700.txt")
        #expect(loaded.bestMatch(id: SHA256.hexDigest(of: Array("other".utf8)), fingerprint: sketches[2699]) == nil)
    }

    /// A table slot naming a position the columns do not have, in a file whose checksum is right (a bug,
    /// not bit rot): rejected, instead of an out-of-range read at the first check.
    @Test func aTableSlotPastTheColumnsIsRejectedDespiteAGoodChecksum() throws {
        var bytes = Self.filled().serialized()
        let capacity = bytes.withUnsafeBytes { Int($0.loadUnaligned(fromByteOffset: 56, as: UInt64.self)) }
        let tables = bytes.count - 8 - LSHBanding.bands * capacity * 4
        var slot = tables
        while bytes[slot..<(slot + 4)].allSatisfy({ $0 == 0xFF }) { slot += 4 }
        withUnsafeBytes(of: (UInt32(100) << 8).littleEndian) { bytes.replaceSubrange(slot..<(slot + 4), with: $0) }
        let checksum = IndexChecksum.checksum(bytes.span.extracting(..<(bytes.count - 8)))
        withUnsafeBytes(of: checksum.littleEndian) { bytes.replaceSubrange((bytes.count - 8)..., with: $0) }
        #expect(throws: IndexFileError.truncated(bytes.count)) { try Self.load(bytes) }
    }
}
