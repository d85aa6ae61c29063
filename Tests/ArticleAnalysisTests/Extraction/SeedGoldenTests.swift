@testable import ArticleAnalysis
import Foundation
import Testing

/// The five scraped seed articles against their reviewed golden files in seeds/expected/: title, byline, and
/// exactly which paragraphs (and roles) survive.
@Suite struct SeedGoldenTests {
    struct Golden: Decodable {
        struct Paragraph: Decodable, Equatable { var role: String; var text: String }
        var title: String?
        var byline: String?
        var paragraphs: [Paragraph]
    }

    static let seeds = ["000_8f64f1e923156d79", "001_d9a8681dd3d384f5", "002_ad51de1e5cf64859", "003_55d04feb3a4e1a7e",
                        "004_06d0ec6ae6a1f917"]

    @Test(arguments: seeds)
    func seedMatchesGolden(name: String) throws {
        let root = AnalysisFixtures.repositoryRoot.appendingPathComponent("seeds")
        let bytes = try Data(contentsOf: root.appendingPathComponent("\(name).txt"))
        let golden = try JSONDecoder().decode(Golden.self, from: Data(contentsOf: root.appendingPathComponent("expected/\(name).json")))
        let document = try AnalysisFixtures.document(bytes: Array(bytes))
        #expect(document.metadata.title == golden.title)
        #expect(document.metadata.byline == golden.byline)
        let kept = zip(document.paragraphRoles, document.paragraphs).map { Golden.Paragraph(role: $0.rawValue, text: $1) }
        #expect(kept == golden.paragraphs)
        #expect(document.cleanText == document.paragraphs.joined(separator: "\n\n"))
    }

    @Test func noJunkSurvivesInAnySeed() throws {
        let root = AnalysisFixtures.repositoryRoot.appendingPathComponent("seeds")
        for name in Self.seeds {
            let document = try AnalysisFixtures.document(bytes: Array(try Data(contentsOf: root.appendingPathComponent("\(name).txt"))))
            for junk in ["get mobile application", "Latest news", "Must read", "Previous ", "Disclaimer", "@", "Detail Author",
                         "One Dose In", "comments below", "Russian -Iranian"] {
                #expect(!document.cleanText.contains(junk), "\(name) kept \(junk)")
            }
        }
    }
}
