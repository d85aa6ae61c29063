import ArticleAnalysis
import Testing

/// The local-news rules of the place resolver (issue 14: counties abroad, offices after a county, datelines and
/// towns the tagger took for persons, roads, lists, the division evidence of small towns), each on a sentence
/// where it decides the answer.
@Suite struct PlaceLocalNewsTests {
    static let recognizer = EntityRecognizer()

    private func entities(_ sentences: [String]) -> [ArticleEntity] {
        var found = Self.recognizer.recognize(sentences: sentences)
        let places = PlaceResolver(countryNames: Self.recognizer.lexicon.countryNames)
        places.resolve(&found)
        return ArticleEntity.aggregate(found, countries: places.countryEntity)
    }

    private func place(_ name: String, in sentences: [String]) -> GeoPlace? {
        entities(sentences).first { $0.kind == .location && $0.name == name }?.geo
    }

    @Test func countiesOfBritainIrelandAndCanada() {
        let found = entities(["Flooding closed roads across Surrey on Tuesday, and councillors in County Mayo met to discuss the damage."])
        #expect(found.contains { $0.geo?.featureCode == "ADM2" && $0.geo?.country == "GBR" && $0.name == "Surrey" })
        #expect(found.contains { $0.geo?.featureCode == "ADM2" && $0.geo?.country == "IRL" })
        let grey = place("Grey County", in: ["OWEN SOUND, Ont. — Grey County council voted to take over the road on Monday."])
        #expect(grey?.country == "CAN" && grey?.featureCode == "ADM2")
    }

    @Test func aCityThatIsItsOwnCountyIsTheCity() {
        #expect(place("Plymouth", in: ["Alas, the beach in Plymouth is not much more hospitable."])?.featureCode != "ADM2")
    }

    @Test func anOfficeAfterACounty() {
        let found = entities(["Harris County Judge Lina Hidalgo asked residents to stay off the roads."])
        #expect(found.contains { $0.kind == .location && $0.geo?.featureCode == "ADM2" && $0.geo?.admin1 == "Texas" })
        #expect(!found.contains { $0.kind == .person && $0.name.hasPrefix("Harris County") })
    }

    @Test func roadsAreNoPlaces() {
        let found = entities(["Traffic backed up on Dundas Street in London, Ont., on Monday."])
        #expect(!found.contains { $0.name.contains("Dundas") })
        #expect(found.contains { $0.name == "London" && $0.geo?.country == "CAN" })
    }

    @Test func abbreviationAfterADatelineCity() {
        let found = entities(["ROCHESTER, Minn. — The county board approved a new jail on Tuesday."])
        #expect(found.contains { $0.name == "Minnesota" && $0.geo?.featureCode == "ADM1" })
        #expect(found.contains { $0.name == "Rochester" && $0.geo?.admin1 == "Minnesota" })
        #expect(!found.contains { $0.geo?.country == "DEU" })
        #expect(place("Camden", in: ["CAMDEN, N.J. — The county said Tuesday it would clean up the landfill."])?.admin1 == "New Jersey")
    }

    @Test func theCityOfAPersonsName() {
        let jackson = place("Jackson", in: ["Hinds County supervisors met on Monday.", "The city of Jackson has its own water crisis."])
        #expect(jackson?.admin1 == "Mississippi")
    }

    @Test func aPersonsNameAfterALocativeNeedsItsDivision() {
        let clinton = place("Clinton", in: ["Hinds County supervisors met on Monday in Raymond.", "Deputies were sent from Clinton to cover shifts."])
        #expect(clinton?.admin1 == "Mississippi")
        #expect(!entities(["The letter from Clinton arrived on Monday."]).contains { $0.kind == .location })
    }

    @Test func theGazetteerNameStartsBeforeTheMention() {
        let found = entities(["A woman from New Glasgow was taken to hospital in Halifax, N.S., with serious injuries."])
        #expect(found.contains { $0.name == "New Glasgow" && $0.geo?.admin1 == "Nova Scotia" })
        #expect(!found.contains { $0.geo?.country == "GBR" })
        let parish = entities(["The man was convicted of a killing in St. Martin Parish, La., in 2015."])
        #expect(parish.contains { $0.geo?.featureCode == "ADM2" && $0.geo?.admin1 == "Louisiana" })
    }

    @Test func aNamedDivisionOutweighsTheSharedVote() {
        let bridgeport = place("Bridgeport", in: [
            "Ohio County commissioners in Wheeling, W.Va., approved tax breaks on Monday.",
            "Workers would come from Moundsville, Bridgeport and Steubenville.",
        ])
        #expect(bridgeport?.admin1 == "West Virginia")
    }

    @Test func aListJoinedToAPlaceIsPlacesThroughout() {
        let winona = place("Winona", in: ["ROCHESTER, Minn. — Many patients come from Stewartville, Byron and Winona, officials said."])
        #expect(winona?.admin1 == "Minnesota")
    }

    @Test func townsOfOneNameVoteForTheirDivision() {
        let philadelphia = place("Philadelphia", in: [
            "Poultry houses near Mount Joy and Manheim were hit, the state said in Harrisburg.",
            "Eggs from the county go to stores in Philadelphia and New York.",
        ])
        #expect(philadelphia?.admin1 == "Pennsylvania")
    }
}
