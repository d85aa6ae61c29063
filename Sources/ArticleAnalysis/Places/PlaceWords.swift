/// Closed word lists of the place resolver, written by hand for English news.
enum PlaceWords {
    /// Words before a place name that say a place follows ("in Paris", "near Mosul"): with them a place
    /// name that is also an English word or a small town is taken when its country is in the article.
    static let locatives: TokenSet = [
        "in", "near", "at", "from", "outside", "inside", "across", "around", "toward", "towards", "into", "to",
        "via", "through", "throughout", "between", "of", "downtown", "suburban", "rural",
    ]
    /// Capitalised words that may stand right before a place without making it part of another name
    /// ("North Texas", "Greater London").
    static let beforePlace: TokenSet = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
        "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
        "greater", "downtown", "upstate", "rural", "suburban", "metro", "inner", "outer", "coastal", "neighboring",
        "neighbouring", "nearby", "adjacent",
    ]
    /// Capitalised words that may follow a place without making it part of another name ("Texas Gov. Greg
    /// Abbott", "Ohio Sen. Sherrod Brown").
    static let afterPlace: TokenSet = [
        "gov", "gov.", "governor", "sen", "sen.", "senator", "rep", "rep.", "representative", "mayor", "attorney",
        "lt", "lt.", "president", "premier", "prime", "secretary", "minister", "chief", "officials", "police",
        // Local offices ("Harris County Judge Lina Hidalgo", "Christian County Prosecutor Amy Fite").
        "judge", "prosecutor", "sheriff", "commissioner", "commissioners", "clerk", "coroner", "auditor", "assessor",
        "treasurer", "supervisor", "supervisors", "superintendent", "administrator", "councilman", "councilwoman",
        "councillor", "councilor", "coun", "coun.", "warden", "deputies", "constable",
    ]
    /// Last words of a road's name: a mention ending in one is a street, not a place ("Dundas Street",
    /// "Harrogate Road", "Thompson Bridge Road").
    static let streetWords: TokenSet = [
        "street", "road", "rd", "rd.", "avenue", "ave", "ave.", "boulevard", "blvd", "blvd.", "lane",
        "drive", "highway", "parkway", "pike", "turnpike", "expressway", "freeway", "bypass",
    ]
    /// Nouns that put a place's name right after them ("the city of Jackson", "the town of Clinton"): the name is
    /// that place even where a dictionary knows a person of the name.
    static let placeNouns: TokenSet = ["city", "town", "village", "township", "borough", "county", "parish", "hamlet"]
    /// Last words of a name that say it is a place ("Harris County", "League City", "St. Martin Parish"): a
    /// gazetteer name ending in one is a place even where the tagger cut it after its first word.
    static let placeTypeWords: TokenSet = ["county", "parish", "city", "township", "borough", "shire"]
    /// Words after a name that make it a disease or strain, not a place ("West Nile virus", "Lyme disease").
    static let afterDisease: TokenSet = [
        "virus", "viruses", "fever", "flu", "influenza", "disease", "syndrome", "variant", "strain", "encephalitis",
        "pox", "bug",
    ]
    /// Institutions named "X of Place" ("University of Florida", "Bank of England"): the place is part of the
    /// institution's name. Governments and courts are left out: "the Government of India" is India acting.
    static let institutionsOf: TokenSet = [
        "university", "college", "bank", "institute", "school", "academy", "museum", "hospital", "church",
        "library", "diocese", "archdiocese", "conservatory", "seminary",
    ]
    /// Words that join the place names of a list the tagger or the rules read as one name ("Nitro and St.
    /// Albans", "Aurora and Naperville").
    static let listJoiners: TokenSet = ["and", "&", ",", "or"]
    /// Words of four letters or more that a Title Case headline still writes in lower case (prepositions and
    /// conjunctions): any other lower-case word of that length says the sentence is not a headline but prose
    /// dense with names ("Critics compared her to Virginia Woolf and Edith Wharton").
    static let titleCaseLowercase: TokenSet = [
        "with", "from", "into", "onto", "over", "upon", "than", "that", "about", "after", "against", "along", "amid",
        "among", "around", "before", "behind", "below", "between", "beyond", "during", "near", "since", "through",
        "toward", "towards", "under", "until", "versus", "within", "without", "when", "while", "where",
    ]
    /// Honorifics: the name after one is a person's ("Mr. Washington said", "Dr. Houston").
    static let honorifics: TokenSet = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "mx", "mx."]
}
