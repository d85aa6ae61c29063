import ArticleAnalysis
import Testing

/// The place rules of issue 14, each on a sentence where it decides the answer.
@Suite struct PlaceResolverTests {
    static let recognizer = EntityRecognizer()
    /// Dictionaries and rules alone, to see what the gazetteer decides without the name tagger's vote.
    static let dictionariesOnly = EntityRecognizer(tagger: nil)

    /// The entity stage's passes: lexicon, rules and tagger, then places, then the record's entities.
    private func entities(_ sentences: [String], recognizer: EntityRecognizer = Self.recognizer) -> [ArticleEntity] {
        var found = recognizer.recognize(sentences: sentences)
        let places = PlaceResolver(countryNames: recognizer.lexicon.countryNames)
        places.resolve(&found)
        return ArticleEntity.aggregate(found, countries: places.countryEntity)
    }

    private func place(_ name: String, in sentences: [String], recognizer: EntityRecognizer = Self.recognizer) -> GeoPlace? {
        entities(sentences, recognizer: recognizer).first { $0.kind == .location && $0.name == name }?.geo
    }

    @Test func cityCommaStateName() {
        let paris = place("Paris", in: ["The storm reached Paris, Texas, on Monday."])
        #expect(paris?.country == "USA" && paris?.admin1 == "Texas")
    }

    @Test func cityCommaStateNameInALongList() {
        // Eighteen names in one sentence: the regions are found through the per-sentence tables, not a scan.
        let pairs = ["Paris, Texas", "Athens, Ohio", "Rome, New York", "Dublin, Ohio", "Berlin, New Hampshire",
                     "Moscow, Idaho", "Toledo, Ohio", "Cairo, Illinois", "Lima, Ohio"]
        let found = entities(["Stores closed in \(pairs.joined(separator: ", ")) on Monday."])
        #expect(found.first { $0.name == "Paris" }?.geo?.admin1 == "Texas")
        #expect(found.first { $0.name == "Cairo" }?.geo?.admin1 == "Illinois")
        #expect(found.first { $0.name == "Moscow" }?.geo?.admin1 == "Idaho")
    }

    @Test func withoutContextTheLargerPlaceWins() {
        let paris = place("Paris", in: ["Ministers met in Paris on Monday."])
        #expect(paris?.country == "FRA" && paris?.featureCode == "PPLC")
    }

    @Test func apAbbreviationAfterComma() {
        let found = entities(["Police in Alexandria, La., arrested two men."])
        let alexandria = found.first { $0.name == "Alexandria" }?.geo
        #expect(alexandria?.country == "USA" && alexandria?.admin1 == "Louisiana")
        #expect(found.contains { $0.kind == .location && $0.name == "Louisiana" && $0.aliases == ["La."] })
    }

    @Test func dottedAbbreviationWVa() {
        let charleston = place("Charleston", in: ["The plant near Charleston, W.Va., closed."])
        #expect(charleston?.admin1 == "West Virginia")
        #expect(entities(["The plant near Charleston, W.Va., closed."]).contains { $0.geo?.featureCode == "ADM1" && $0.name == "West Virginia" })
    }

    @Test func postalCodeNeedsCapitals() {
        #expect(place("Springfield", in: ["He lives in Springfield, IL, with his family."])?.admin1 == "Illinois")
        #expect(entities(["He lives in Springfield, Il, with his family."]).allSatisfy { $0.name != "Illinois" })
    }

    @Test func cityCommaProvince() {
        let london = place("London", in: ["The factory in London, Ontario, will close."])
        #expect(london?.country == "CAN" && london?.admin1 == "Ontario")
    }

    @Test func divisionsNamedElsewhereInTheArticle() {
        let ontario = place("London", in: ["Ontario's premier spoke on Tuesday.", "Schools in London were closed."])
        #expect(ontario?.country == "CAN")
        let texas = place("Paris", in: ["Texas officials warned of floods.", "Roads in Paris were closed."])
        #expect(texas?.country == "USA" && texas?.admin1 == "Texas")
        let illinois = place("Springfield", in: ["Illinois lawmakers met again.", "The vote in Springfield was close."])
        #expect(illinois?.admin1 == "Illinois")
    }

    @Test func georgiaStateOrCountryByContext() {
        let state = entities(["Voters in Atlanta lined up early.", "Georgia will count ballots by hand."])
        #expect(state.contains { $0.name == "Georgia" && $0.kind == .location && $0.geo?.country == "USA" })
        let country = entities(["Tbilisi rejected the offer.", "Georgia will not join, Russia said."])
        #expect(country.contains { $0.name == "Georgia" && $0.kind == .country && $0.code == "GEO" })
    }

    @Test func cityIsItsOwnEntityAndItsCountryCounts() {
        let found = entities(["Tehran said the talks failed."])
        let tehran = found.first { $0.name == "Tehran" }
        #expect(tehran?.kind == .location && tehran?.geo?.featureCode == "PPLC" && tehran?.geo?.country == "IRN")
        let iran = found.first { $0.kind == .country && $0.code == "IRN" }
        #expect(iran?.mentions == 1 && iran?.geo?.featureCode == "PCLI")
        let town = entities(["Floods hit Gainesville, Fla., overnight."])
        #expect(town.contains { $0.kind == .country && $0.code == "USA" && $0.mentions == 2 })
    }

    @Test func notFromInsideOtherNames() {
        #expect(entities(["The West Nile virus reached the county."]).allSatisfy { $0.kind != .location })
        #expect(entities(["He paid US$10,000 for the car."]).allSatisfy { $0.kind != .country && $0.kind != .location })
        #expect(place("Georgia", in: ["She studied at Georgia Tech for two years."]) == nil)
        #expect(place("Paris", in: ["Paris Hilton arrived late."]) == nil)
        #expect(place("Baker", in: ["They met on Baker Street."]) == nil)
    }

    @Test func englishWordsNeedContext() {
        #expect(place("Mobile", in: ["Mobile phones were banned."]) == nil)
        #expect(place("Mobile", in: ["Alabama police said the crash happened in Mobile."])?.admin1 == "Alabama")
        #expect(place("Reading", in: ["Reading the report took an hour."]) == nil)
    }

    /// A town under 15,000 people is not guessed from a capitalised name alone: it needs its division named
    /// (whether the text, a dictionary or the name tagger found the name).
    @Test func smallTownsNeedTheirDivision() {
        #expect(place("Ville Platte", in: ["Crews worked near Ville Platte overnight."], recognizer: Self.dictionariesOnly) == nil)
        #expect(place("Ville Platte", in: ["Louisiana crews worked near Ville Platte overnight."], recognizer: Self.dictionariesOnly)?.admin1 == "Louisiana")
        #expect(place("Ville Platte", in: ["Louisiana crews worked near Ville Platte overnight."])?.admin1 == "Louisiana")
    }

    @Test func placesTheNameRulesTookForPeople() {
        #expect(place("Fort Worth", in: ["Officials in Fort Worth said the roads were closed."])?.admin1 == "Texas")
        #expect(place("Santa Clara County", in: ["Santa Clara County ordered residents to stay home."])?.featureCode == "ADM2")
    }

    @Test func countriesCarryTheirCapitalsPoint() {
        let france = entities(["France and Germany agreed."]).first { $0.code == "FRA" }
        let paris = place("Paris", in: ["Ministers met in Paris on Monday."])
        #expect(france?.geo?.featureCode == "PCLI" && france?.geo?.latitude == paris?.latitude)
    }

    @Test func distanceIsGreatCircle() {
        let london = GeoPlace(id: 1, name: "London", featureCode: "PPLC", country: "GBR", admin1: "England", latitude: 51.5085, longitude: -0.1257)
        let paris = GeoPlace(id: 2, name: "Paris", featureCode: "PPLC", country: "FRA", admin1: "", latitude: 48.8534, longitude: 2.3488)
        #expect(abs(london.kilometres(to: paris) - 343) < 3)
    }

    @Test func listsOfPlacesTheTaggerJoinedAreSplit() {
        let found = entities(["Investigators said he sold tools in Texarkana and Sherman before his arrest in Texas."])
        #expect(found.contains { $0.name == "Texarkana" && $0.geo?.admin1 == "Texas" })
        #expect(found.contains { $0.name == "Sherman" && $0.geo?.admin1 == "Texas" })
        #expect(!found.contains { $0.aliases.contains { $0.contains(" and ") } })
    }

    @Test func aDictionaryPlaceRunsOnIntoTheGazetteersLongerName() {
        let found = entities(["Officials in Iowa City and Coralville stacked sandbags as the river rose in Iowa."])
        #expect(found.contains { $0.name == "Iowa City" && $0.geo?.featureCode != "ADM1" })
        #expect(found.contains { $0.name == "Coralville" })
        #expect(place("San Juan County", in: ["Cases were reported in San Juan County, N.M., on Monday."])?.admin1 == "New Mexico")
    }

    @Test func countiesWithoutALargeTownAreKnown() {
        let gaines = place("Gaines County", in: ["Most of the measles cases were in Gaines County, Texas."])
        #expect(gaines?.featureCode == "ADM2" && gaines?.admin1 == "Texas")
    }

    @Test func aCountryStartingAnotherNameIsNoPlace() {
        let found = entities(["Her coach, Chad Johnson, said the Bank of England and Washington Street were closed."])
        #expect(!found.contains { $0.kind == .country })
        #expect(entities(["Chad declared a state of emergency after the floods."]).contains { $0.kind == .country && $0.code == "TCD" })
    }

    @Test func theStateWinsWhenTheCountrysOnlyEvidenceIsItsOwnNameAndPlacesOfTheOtherCountryAreNamed() {
        // "Georgians" names the state's voters as well as the country's people: two Georgia towns outweigh it.
        let state = entities(["Georgians went to the polls on Tuesday.", "Turnout in Georgia was high in Macon and Augusta, officials said."])
        #expect(state.contains { $0.name == "Georgia" && $0.kind == .location && $0.geo?.country == "USA" && $0.geo?.featureCode == "ADM1" })
        #expect(!state.contains { $0.kind == .country && $0.code == "GEO" })
        // Without places of the other country, the name and its adjective stay the country's.
        let country = entities(["Georgian troops moved to the border on Monday.", "Georgia said a convoy had arrived from Armenia."])
        #expect(country.contains { $0.name == "Georgia" && $0.kind == .country && $0.code == "GEO" && $0.mentions == 2 })
    }

    private func isState(_ found: [ArticleEntity]) -> Bool {
        found.contains { $0.name == "Georgia" && $0.kind == .location && $0.geo?.country == "USA" && $0.geo?.featureCode == "ADM1" }
            && !found.contains { $0.kind == .country && $0.code == "GEO" }
    }

    private func isCountry(_ found: [ArticleEntity]) -> Bool {
        found.contains { $0.name == "Georgia" && $0.kind == .country && $0.code == "GEO" }
            && !found.contains { $0.kind == .location && $0.geo?.country == "USA" && $0.geo?.featureCode == "ADM1" && $0.name == "Georgia" }
    }

    @Test func withoutEvidenceTheMorePopulousReadingWins() {
        // The US state (GeoNames: more people than the country) when nothing else is named.
        #expect(isState(entities(["Lawmakers in Georgia passed the spending plan on Thursday."])))
        // Far countries are evidence for neither reading.
        #expect(isState(entities(["Farmers in Georgia shipped more peanuts to China and Japan this year."])))
        // Saint Lucia the country (180,000 people) over the Maltese council of the same name.
        #expect(entities(["Tourists returned to Saint Lucia after the storm."]).contains { $0.kind == .country && $0.code == "LCA" })
    }

    @Test func theCountrysCapitalNeighboursPlacesOrDemonymMakeItTheCountry() {
        for other in ["Tbilisi", "Abkhazia", "Russia", "Armenia", "Ukraine"] {
            let found = entities(["Georgia signed the agreement on Friday.", "Officials in \(other) welcomed the deal."])
            #expect(isCountry(found), "\(other)")
        }
        #expect(isCountry(entities(["Georgian officials welcomed the deal.", "Georgia signed the agreement on Friday."])))
    }

    @Test func theDivisionsCountrysPlacesMakeItTheDivision() {
        for other in ["Atlanta", "Alabama", "Gwinnett County"] {
            let found = entities(["Georgia signed the agreement on Friday.", "Officials in \(other) welcomed the deal."])
            #expect(isState(found), "\(other)")
        }
        // The state's places outweigh one neighbour of the country.
        #expect(isState(entities(["Georgia sent aid to Ukraine, officials in Atlanta and Savannah said."])))
        // The country's capital and a neighbour outweigh one city of the state.
        #expect(isCountry(entities(["Georgia's envoy flew from Tbilisi to Atlanta.", "Russia protested on Monday."])))
    }

    @Test func namesOfNoOneReadingThatShareADivisionLieInIt() {
        // Savannah is a Ghanaian region and a Georgia city, Macon a Georgia city and a French town (Mâcon).
        let savannah = place("Savannah", in: ["Officials in Savannah and Macon opened shelters on Monday."])
        #expect(savannah?.country == "USA" && savannah?.admin1 == "Georgia")
        #expect(place("Savannah", in: ["Officials in Savannah opened shelters on Monday."])?.country == "GHA")
    }

    @Test func proseDenseWithNamesIsNoTitleCaseHeadline() {
        // Five of six long words are capitalised, but "compared" is prose: "Virginia" starts a person's name.
        let found = entities(["Critics compared her to Virginia Woolf and Edith Wharton."])
        #expect(!found.contains { $0.kind == .location && $0.geo != nil })
        // A headline that leaves only its prepositions in lower case is still Title Case.
        let headline = entities(["Wildfire Near Boulder Forces Evacuations from Colorado Foothills"])
        #expect(headline.contains { $0.name == "Boulder" && $0.geo?.admin1 == "Colorado" })
    }

    @Test func aPersonsNameIsNoPlace() {
        // An honorific before the name, and a surname the article writes in a full name elsewhere.
        #expect(place("Washington", in: ["\"Chicago is growing,\" Mr. Washington said on Monday."]) == nil)
        let tennis = entities(["Feliciano Lopez won the opening set in Madrid.", "Granollers and Lopez then took the doubles."])
        #expect(!tennis.contains { $0.kind == .location && $0.name == "Lopez" })
        #expect(tennis.contains { $0.name == "Madrid" && $0.kind == .location })
        // A state keeps its reading beside a person of the same first name.
        let state = entities(["Georgia Harris, a nurse from Macon, testified on Monday.", "Voters in Georgia and Alabama backed the measure."])
        #expect(state.contains { $0.name == "Georgia" && $0.kind == .location && $0.geo?.country == "USA" })
    }

    @Test func aCountryIsNotAnotherCountrysDivisionOfALongerName() {
        let found = entities(["Aid groups in Niger warned of cholera, and Maiduguri in Nigeria and Kano, Nigeria, were at risk."])
        #expect(found.contains { $0.kind == .country && $0.code == "NER" })
        #expect(!found.contains { $0.name == "Niger State" })
    }
}

/// The gazetteer's names carry the token hashes the generator computed; they must be the tokenizer's, which the
/// lookups use, or a name is never found.
@Suite struct GazetteerNameHashTests {
    @Test func storedHashesAreTheTokenizers() {
        #expect(Gazetteer.nameHashMismatches().isEmpty)
        #expect(Gazetteer.phraseHashes(of: "New York") != Gazetteer.phraseHashes(of: "New Yorker"))
    }

    @Test func storedHashesAreCheckedAgainstTheSurface() {
        let stale = "N\tParis\t0\t\t0123456789abcdef\nN\tSt. Albans\t1\t\t\nN\tNice\t2\tW\t"
        #expect(Gazetteer.nameHashMismatches(stale) == ["Paris", "St. Albans", "Nice"])
    }

    @Test func tableHoldsPlacesDivisionsAndCountries() {
        #expect(Gazetteer.standard.placeCount > 50_000)
        let iran = Gazetteer.standard.country("IRN")
        #expect(iran?.featureCode == "PCLI" && iran?.id == 130758)
    }
}
