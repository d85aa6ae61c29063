import ArticleAnalysis
import Foundation
import Testing

/// Names that sit only in removed boilerplate (teasers, the author's profile card, a contact address, the
/// byline) never become entities; names in the body still do.
@Suite struct EntityBoilerplateTests {
    private func entityNames(_ fixture: String) throws -> (names: Set<String>, aliases: Set<String>) {
        let document = try AnalysisFixtures.document(try AnalysisFixtures.fixture(fixture))
        let entities = ArticleEntity.aggregate(document.sentenceEntities)
        return (Set(entities.map(\.name)), Set(entities.flatMap(\.aliases)))
    }

    @Test func profileCardTeasersAndAddressGiveNoEntities() throws {
        let found = try entityNames("profile-and-teasers.txt")
        for removed in ["Maria Lopez", "Tom Reed", "Transit Agency", "School Board", "Market Street", "Springfield", "Doctors Hate"] {
            #expect(!found.names.contains(removed) && !found.aliases.contains(removed), "\(removed) came from boilerplate")
        }
    }

    @Test func authorBioGivesNoEntitiesButTheBodyDoes() throws {
        let found = try entityNames("dated-article.txt")
        #expect(!found.names.contains("Amina Okello") && !found.aliases.contains("Okello"))
        #expect(found.names.contains("Kenya"))
        #expect(found.aliases.contains("Marsabit"), "a first-level division named in the body: \(found.names)")
    }
}
