@testable import ArticleAnalysis
import Testing

/// Organisation cues news wire states outright (issue 14): a legal form ending a name, an acronym defined in
/// brackets, one type per organisation name through the document, and clubs in results rows that give
/// their country in brackets or stand beside a "v".
@Suite struct OrganizationCueTests {
    private func entities(_ text: String) throws -> [ArticleEntity] {
        try AnalysisFixtures.document(text).sections.entities
    }

    private func organizations(_ found: [ArticleEntity]) -> Set<String> {
        Set(found.filter { $0.kind == .organization }.flatMap { [$0.name] + $0.aliases })
    }

    @Test func aLegalFormMakesACompanyAndItsShortNameToo() throws {
        let text = """
            Kestrel Dynamics AG said on Thursday it would cut about 2,000 jobs at its networks division over the next two years.
            Shares in Kestrel Dynamics fell 1.20 marks to 78.50 in Frankfurt after the announcement on Thursday.

            """
        let found = try entities(text)
        let names = organizations(found)
        #expect(names.contains("Kestrel Dynamics AG"), "\(found.map { ($0.kind, $0.name) })")
        #expect(names.contains("Kestrel Dynamics"), "\(found.map { ($0.kind, $0.name) })")
        #expect(!found.contains { $0.kind == .person && $0.name.hasPrefix("Kestrel") })
    }

    @Test func wordsBeforeTheLegalFormJoinTheName() throws {
        let found = try entities("Nestle said it had agreed to buy the pet food maker from Grand Metropolitan Plc for $ 510 million in cash.\n")
        #expect(organizations(found).contains("Grand Metropolitan Plc"), "\(found.map { ($0.kind, $0.name) })")
        #expect(!found.contains { $0.name == "Metropolitan Plc" })
    }

    @Test func anAcronymDefinedInBracketsIsTheOrganisation() throws {
        let text = """
            The Organisation for Security and Cooperation in Europe ( OSCE ) on Sunday confirmed the results of the elections.
            Mission head Robert Frowick said the OSCE would keep its observers in the country until the spring.

            """
        let found = try entities(text)
        let names = organizations(found)
        #expect(names.contains("OSCE"), "\(found.map { ($0.kind, $0.name) })")
        #expect(!found.contains { $0.kind != .organization && $0.name == "OSCE" })
    }

    @Test func thingsAndTitleCaseWordsAreNoCompanies() throws {
        let text = """
            Gross Domestic Product ( GDP ) grew 2 percent in the third quarter , the statistics office said on Friday.
            The opium warlord Khun Sa said on Friday that he would hand his army over to the government next week.

            """
        let found = try entities(text)
        #expect(!found.contains { $0.kind == .organization && ($0.name == "GDP" || $0.name.contains("Khun")) }, "\(found.map { ($0.kind, $0.name) })")
    }

    @Test func initialsThatDoNotFitLeaveANameAlone() {
        #expect(OrganizationCues.fits(Array("adfl"), Array("adflcz")))
        #expect(OrganizationCues.fits(Array("pri"), Array("irp")))
        #expect(!OrganizationCues.fits(Array("sda"), Array("pda")))
        #expect(!OrganizationCues.fits(Array("x"), Array("x")))
    }

    @Test func clubsWithTheirCountryInBracketsAreSides() throws {
        let text = """
            Results of European league group matches on Thursday :

            Panathinaikos ( Greece ) 78 Benetton Treviso ( Italy ) 70

            Partizan Belgrade ( Yugoslavia ) 74 Efes Pilsen ( Turkey ) 80

            The two group winners meet in the quarter-finals in March , the league said in a statement on Thursday .

            """
        let found = try entities(text)
        let clubs = organizations(found)
        #expect(clubs.isSuperset(of: ["Panathinaikos", "Benetton Treviso", "Partizan Belgrade", "Efes Pilsen"]), "\(clubs)")
        #expect(found.contains { $0.kind == .country && $0.name == "Greece" })
    }

    @Test func sidesBesideAVAreClubs() throws {
        let text = """
            Close of play scores in four-day English county championship cricket matches on Thursday :

            At Chelmsford : Essex 352 ( Nasser Hussain 121 ) v Kent 48-2 .

            At Leicester : Leicestershire 401-6 ( Vince Wells 130 ) v Somerset .

            Rain stopped play for two hours at both grounds in the afternoon , the umpires said after the close .

            """
        let clubs = organizations(try entities(text))
        #expect(clubs.isSuperset(of: ["Essex", "Kent", "Leicestershire", "Somerset"]), "\(clubs)")
    }

    @Test func aPlayersRowWithLowerCaseWordsKeepsItsPeople() throws {
        let found = try entities("Results from the championships on Tuesday :\nMark Philippoussis ( Australia ) beat Cedric Pioline ( France ) 7-5 6-2\n")
        #expect(!found.contains { $0.kind == .organization && $0.name.contains("Pioline") }, "\(found.map { ($0.kind, $0.name) })")
    }
}
