import Testing

@testable import ArticleAnalysis

/// The key-phrase reader takes YAKE's words from the token table and scans only runs of touching tokens
/// the two split differently; reading every sentence with `WordScanner` must give the same phrases.
@Suite struct KeyphraseTableReadingTests {
    private func phrases(_ sentences: [String], scanning: Bool) -> [String] {
        var extractor = KeyphraseExtractor(limit: 60, refinesPhrases: false)
        extractor.scansText = scanning
        return extractor.keyphrases(ofSentences: sentences).map { "\($0.phrase) \($0.score) \($0.count)" }
    }

    /// Our own sentences, each holding a case where the table's token and YAKE's word differ.
    static let awkward = [
        "AT&T and S&P Global said U.S. regulators met AT&T executives in Washington on Monday.",
        "The U.S.'s envoy, Jane McDonald, said Paris,France and Bonn,Germany were hosts of 4,000 troops.",
        "Rock'n'roll fans of the '90s saw Model x'9 and F-35s fly over Iran’s capital, Tehran’s streets.",
        "A 'S plan and a ’s plan: Iran's plan, NATO's plan and the plan’s critics in São Paulo and Zürich.",
        "Washington\u{0B}Post reporters and CAFÉ owners met ÉCOLE teachers, the U.S.-led coalition said.",
        "Talks, talks and more talks: the Security Council's members said talks on Iran's programme go on.",
    ]

    @Test func tableReadingMatchesScanningOnAwkwardTokens() {
        let read = phrases(Self.awkward, scanning: false)
        #expect(read.count > 20)
        #expect(read == phrases(Self.awkward, scanning: true))
    }

    @Test func tableReadingMatchesScanningOnTheSeeds() throws {
        for name in ["000_8f64f1e923156d79", "001_d9a8681dd3d384f5", "002_ad51de1e5cf64859", "003_55d04feb3a4e1a7e", "004_06d0ec6ae6a1f917"].map({ "seeds/\($0).txt" }) {
            let text = try SharedData.text(name)
            let sentences = text.split(separator: "\n").map(String.init)
            let read = phrases(sentences, scanning: false)
            #expect(read.count == 60)
            #expect(read == phrases(sentences, scanning: true), "\(name)")
        }
    }

    @Test func yakeSplitsAtAmpersandsAndDropsAbbreviationDots() {
        let words = KeyphraseExtractor(limit: 60, refinesPhrases: false).keyphrases(ofSentences: Self.awkward).map(\.phrase)
        #expect(!words.contains { $0.contains("&") })
        #expect(!words.contains { $0.hasSuffix("U.S.") })
    }
}
