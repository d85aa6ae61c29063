@testable import ArticleAnalysis
import Testing

/// Mention repairs after the recogniser (issue 14): name particles inside a person's name, two organisations
/// joined by "and", a leading article, and a results row's sides and scorers.
@Suite struct WireEntityTests {
    private func entities(_ text: String) throws -> [ArticleEntity] {
        try AnalysisFixtures.document(text).sections.entities
    }

    @Test func particlesStayInsideAPersonsName() throws {
        let found = try entities("Commission spokesman Nikolaus van der Pas told a news briefing on Thursday that the ban would stay in place.\n")
        #expect(found.contains { $0.kind == .person && $0.name == "Nikolaus van der Pas" }, "\(found.map(\.name))")
        #expect(!found.contains { $0.name == "Pas" || $0.name == "Nikolaus van" })
    }

    @Test func twoCompaniesJoinedByAndAreTwo() throws {
        let found = try entities("Volkswagen AG and Deutsche Bank said on Monday that they had agreed to work together on new car loans.\n")
        let names = Set(found.filter { $0.kind == .organization }.map(\.name))
        #expect(names.isSuperset(of: ["Volkswagen AG", "Deutsche Bank"]), "\(names)")
    }

    @Test func theArticleIsNoPartOfTheName() throws {
        let found = try entities("Germany's representative to the European Union's veterinary committee said on Wednesday that consumers should wait.\n")
        let union = try #require(found.first { $0.code == "IGOEUREEC" })
        #expect(union.name == "European Union" && union.aliases == ["European Union"])
    }

    @Test func resultsRowsGiveClubsAndScorers() throws {
        let text = """
            Summaries of English premier league matches on Saturday :
            Liverpool 3 ( Robbie Fowler 12 , 40 , Stan Collymore 81 ) Leeds 0 .
            Newcastle 1 ( Alan Shearer 60 ) Sheffield Wednesday 2 ( David Hirst 22 , Andy Booth 88 ) .
            Liverpool moved to the top of the table after the win , their third in a row this season .

            """
        let found = try entities(text)
        let clubs = Set(found.filter { $0.kind == .organization }.map(\.name))
        let people = Set(found.filter { $0.kind == .person }.map(\.name))
        #expect(clubs.isSuperset(of: ["Liverpool", "Leeds", "Newcastle", "Sheffield Wednesday"]), "\(clubs)")
        #expect(people.isSuperset(of: ["Robbie Fowler", "Alan Shearer", "David Hirst"]), "\(people)")
        #expect(!found.contains { $0.kind == .location && $0.name == "Liverpool" }, "the club is the club in prose too")
    }

    @Test func nationalSidesStayCountries() throws {
        let found = try entities("Results of Asian Cup group matches on Saturday :\nJapan 2 Syria 1\nSouth Korea 1 Indonesia 1\n")
        let countries = Set(found.filter { $0.kind == .country }.map(\.name))
        #expect(countries.isSuperset(of: ["Japan", "Syria", "Indonesia"]), "\(countries)")
    }
}
