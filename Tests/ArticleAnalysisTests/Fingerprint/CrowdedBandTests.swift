import ArticleAnalysis
import Foundation
import Testing

/// Thousands of near-copies of one story (a syndicated wire piece, or the daemon's burst test) must stay
/// linear: only `maximumSharingOneBand` of them sit in any one band's probe run, and every later copy
/// still links to an earlier one.
@Suite struct CrowdedBandTests {
    @Test func thousandsOfNearCopiesAllLinkToEarlierOnes() throws {
        var index = NearDuplicateIndex(threshold: 0.8)
        let story = String(repeating: "Tehran and Moscow signed a long-term agreement on energy and arms cooperation today. ", count: 12)
        var linked = 0
        for copy in 0..<4000 {
            let text = story + "Edition \(copy)."
            let id = SHA256.hexDigest(of: Array(text.utf8))
            let link = index.checkAndInsert(id: id, file: "copy-\(copy).txt", fingerprint: Fingerprint(text: text), receivedAt: Date(timeIntervalSince1970: Double(copy)))
            if let link {
                linked += 1
                #expect(link.kind == .near && link.similarity > 0.6)
            }
        }
        #expect(linked == 3999)
        #expect(index.count == 4000)
    }
}
