import ArticleAnalysis
import Foundation
import Testing

@Suite struct FingerprintTests {
    @Test func identicalTextGivesIdenticalSketch() throws {
        let first = try #require(Fingerprint(text: FingerprintFixtures.harbour))
        let rewrapped = FingerprintFixtures.harbour.replacingOccurrences(of: " the ", with: "\nthe ")
        let second = try #require(Fingerprint(text: rewrapped))
        #expect(first == second)
        #expect(first.estimatedJaccard(with: second) == 1)
        #expect(first.signature.count == Fingerprint.permutations)
    }

    @Test func unrelatedArticlesEstimateNearZero() throws {
        let harbour = try #require(Fingerprint(text: FingerprintFixtures.harbour))
        let vaccine = try #require(Fingerprint(text: FingerprintFixtures.vaccine))
        #expect(harbour.estimatedJaccard(with: vaccine) < 0.15)
    }

    /// The estimate stays within four standard errors (√(J(1−J)/64), at most 0.0625) of the exact Jaccard.
    @Test(arguments: [0.01, 0.03, 0.06, 0.12, 0.25])
    func estimateTracksTrueJaccard(rate: Double) throws {
        let original = FingerprintFixtures.harbour
        for seed in UInt64(1)...8 {
            let copy = FingerprintFixtures.edited(original, rate: rate, seed: seed)
            let truth = FingerprintFixtures.trueJaccard(original, copy)
            let estimate = try #require(Fingerprint(text: original)).estimatedJaccard(with: try #require(Fingerprint(text: copy)))
            #expect(abs(estimate - truth) < 4 * 0.0625, "rate \(rate) seed \(seed): true \(truth), estimated \(estimate)")
        }
    }

    @Test func roundTripsThroughTheRecordSection() throws {
        let fingerprint = try #require(Fingerprint(text: FingerprintFixtures.vaccine))
        let json = fingerprint.json
        #expect(json["scheme"] == .string(Fingerprint.scheme))
        #expect(Fingerprint(json: json) == fingerprint)
        let reparsed = try #require(Fingerprint(json: .object([
            ("scheme", json["scheme"]!), ("shingles", json["shingles"]!), ("signature", json["signature"]!),
        ])))
        #expect(reparsed.shingleCount == fingerprint.shingleCount)
    }

    @Test func rejectsAnotherSchemeOrABadSignature() throws {
        let fingerprint = try #require(Fingerprint(text: FingerprintFixtures.vaccine))
        #expect(Fingerprint(json: .object([("scheme", .string("simhash/64")), ("signature", fingerprint.json["signature"]!)])) == nil)
        #expect(Fingerprint(json: .object([("scheme", .string(Fingerprint.scheme)), ("signature", .string("AAAA"))])) == nil)
        #expect(Fingerprint(json: .null) == nil)
    }

    @Test func textWithoutWordsHasNoSketch() {
        #expect(Fingerprint(text: "") == nil)
        #expect(Fingerprint(text: "— … —") == nil)
        #expect(Fingerprint(text: "Breaking") != nil)
    }
}
