import ArticleAnalysis
import Foundation
import Testing

@Suite struct NearDuplicateIndexTests {
    private static let day = 86_400.0
    private static let start = Date(timeIntervalSince1970: 1_795_000_000)

    private static func id(_ text: String) -> String { SHA256.hexDigest(of: Array(text.utf8)) }

    private static func check(
        _ index: inout NearDuplicateIndex, _ text: String, file: String, at offset: Double = 0
    ) -> DuplicateLink? {
        index.checkAndInsert(id: id(text), file: file, fingerprint: Fingerprint(text: text), receivedAt: start.addingTimeInterval(offset))
    }

    @Test func identicalBytesLinkExactlyToTheFirstCopy() {
        var index = NearDuplicateIndex()
        #expect(Self.check(&index, FingerprintFixtures.harbour, file: "first.txt") == nil)
        #expect(Self.check(&index, FingerprintFixtures.harbour, file: "second.txt")
            == DuplicateLink(id: Self.id(FingerprintFixtures.harbour), file: "first.txt", similarity: 1, kind: .exact))
        #expect(Self.check(&index, FingerprintFixtures.harbour, file: "third.txt")?.file == "first.txt")
        #expect(index.count == 3)
    }

    @Test func lightlyEditedCopyLinksNear() throws {
        var index = NearDuplicateIndex()
        _ = Self.check(&index, FingerprintFixtures.vaccine, file: "vaccine.txt")
        _ = Self.check(&index, FingerprintFixtures.harbour, file: "harbour.txt")
        let copy = FingerprintFixtures.edited(FingerprintFixtures.harbour, rate: 0.02, seed: 7)
        let link = try #require(Self.check(&index, copy, file: "harbour-syndicated.txt"))
        #expect(link.file == "harbour.txt")
        #expect(link.kind == .near)
        #expect(link.similarity >= index.acceptanceFloor && link.similarity < 1)
    }

    @Test func heavilyEditedAndUnrelatedArticlesDoNotLink() {
        var index = NearDuplicateIndex()
        _ = Self.check(&index, FingerprintFixtures.harbour, file: "harbour.txt")
        let rewritten = FingerprintFixtures.edited(FingerprintFixtures.harbour, rate: 0.4, seed: 3)
        #expect(FingerprintFixtures.trueJaccard(FingerprintFixtures.harbour, rewritten) < 0.3)
        #expect(Self.check(&index, rewritten, file: "rewritten.txt") == nil)
        #expect(Self.check(&index, FingerprintFixtures.vaccine, file: "vaccine.txt") == nil)
    }

    /// Among several earlier matches the closest wins, and the link names it.
    @Test func picksTheClosestEarlierArticle() throws {
        var index = NearDuplicateIndex()
        let base = FingerprintFixtures.harbour
        _ = Self.check(&index, FingerprintFixtures.edited(base, rate: 0.08, seed: 11), file: "far.txt")
        _ = Self.check(&index, FingerprintFixtures.edited(base, rate: 0.005, seed: 12), file: "close.txt")
        #expect(try #require(Self.check(&index, base, file: "base.txt")).file == "close.txt")
    }

    @Test func theLinkRuleFollowsTheThreshold() {
        #expect(LSHBanding.acceptanceFloor(threshold: 0.8) > 0.6 && LSHBanding.acceptanceFloor(threshold: 0.8) < 0.8)
        #expect(LSHBanding.acceptanceFloor(threshold: 1) == 1)
        #expect(LSHBanding.candidateProbability(similarity: 0.8) > 0.999)
        #expect(LSHBanding.candidateProbability(similarity: 0.1) < 0.02)
    }

    @Test func articlesWithoutASketchStillLinkExactly() {
        var index = NearDuplicateIndex()
        let id = Self.id("a picture")
        #expect(index.checkAndInsert(id: id, file: "a.jpg", fingerprint: nil, receivedAt: Self.start) == nil)
        #expect(index.checkAndInsert(id: id, file: "b.jpg", fingerprint: nil, receivedAt: Self.start)?.kind == .exact)
        #expect(index.checkAndInsert(id: "not-a-sha", file: "c.txt", fingerprint: nil, receivedAt: Self.start) == nil)
        #expect(index.count == 2)
    }

    @Test func countWindowForgetsTheOldestFirst() {
        var index = NearDuplicateIndex(window: DuplicateWindow(count: 2))
        _ = Self.check(&index, FingerprintFixtures.harbour, file: "harbour.txt")
        _ = Self.check(&index, FingerprintFixtures.vaccine, file: "vaccine.txt")
        _ = Self.check(&index, "A third, unrelated article about the weather in the mountains this week.", file: "weather.txt")
        #expect(index.count == 2)
        #expect(Self.check(&index, FingerprintFixtures.harbour, file: "again.txt") == nil)
        #expect(Self.check(&index, "A third, unrelated article about the weather in the mountains this week.", file: "w2.txt")?.file == "weather.txt")
    }

    @Test func dayWindowForgetsArticlesOlderThanTheNewest() {
        var index = NearDuplicateIndex(window: DuplicateWindow(count: nil, days: 2))
        _ = Self.check(&index, FingerprintFixtures.harbour, file: "old.txt", at: 0)
        _ = Self.check(&index, FingerprintFixtures.vaccine, file: "recent.txt", at: 2.5 * Self.day)
        #expect(index.count == 1)
        #expect(Self.check(&index, FingerprintFixtures.harbour, file: "again.txt", at: 2.6 * Self.day) == nil)
        #expect(Self.check(&index, FingerprintFixtures.vaccine, file: "copy.txt", at: 3 * Self.day)?.file == "recent.txt")
    }

    /// Thousands of insertions through a small window force compactions; recent articles still match.
    @Test func compactionKeepsRecentArticlesFindable() throws {
        func text(_ number: Int) -> String {
            "Harbour report \(number): \(number * 7) boats, \(number * 13) nets and \(number % 97) crates landed."
        }
        var index = NearDuplicateIndex(window: DuplicateWindow(count: 1200))
        for number in 0..<3000 { _ = Self.check(&index, text(number), file: "\(number).txt") }
        #expect(index.count == 1200)
        #expect(try #require(Self.check(&index, text(2990), file: "again.txt")).file == "2990.txt")
        #expect(Self.check(&index, text(10), file: "evicted.txt") == nil)
        #expect(index.allocatedBytes < 1200 * 400)
    }

    /// Recovery analysing a delivery again (same id, name and received-at) must not call it its own copy.
    @Test func theSameDeliveryAgainIsNotItsOwnDuplicate() {
        var index = NearDuplicateIndex()
        _ = Self.check(&index, FingerprintFixtures.harbour, file: "first.txt", at: 0)
        #expect(Self.check(&index, FingerprintFixtures.harbour, file: "second.txt", at: 5)?.file == "first.txt")
        #expect(Self.check(&index, FingerprintFixtures.harbour, file: "second.txt", at: 5)?.file == "first.txt")
        #expect(Self.check(&index, FingerprintFixtures.vaccine, file: "v.txt", at: 9) == nil)
        #expect(Self.check(&index, FingerprintFixtures.vaccine, file: "v.txt", at: 9) == nil)
        #expect(index.count == 3)
    }
}
