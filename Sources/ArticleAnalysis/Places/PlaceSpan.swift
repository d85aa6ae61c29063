/// A run of tokens the gazetteer names, before the resolver decides what it is.
struct PlaceSpan {
    enum Origin: Equatable {
        /// Words no other pass claimed.
        case text
        /// The entity lexicon's country mention at this index (a country by name, or a capital: "Tehran").
        case country(Int)
        /// The entity lexicon's place mention at this index ("Helmand").
        case location(Int)
        /// A person the name rules made of a place's words ("Fort Worth", "Santa Clara County").
        case person(Int)
        /// A one-word person after a locative word ("deputies were sent from Clinton"): a place only when the
        /// article names the place's division.
        case personAfterLocative(Int)
        /// A division's abbreviation after "City," ("Calif."): the division itself.
        case abbreviation(UInt32)
        /// One place of a tagger or rule mention that holds several ("Texarkana and Sherman", "Residents of
        /// Hinds County", a Title Case headline): the mention goes, its places stay.
        case part(Int)

        var isPart: Bool { if case .part = self { true } else { false } }
        var isLocation: Bool { if case .location = self { true } else { false } }
    }

    var sentence: Int
    var tokens: Range<Int>
    var candidates: CandidateRange
    var origin: Origin
    /// The phrase's hash, to leave a name out of its own context.
    var surface: UInt64
    /// "City, State" / "City, Country": the region after the comma.
    var region: PlaceRegion?
    /// A locative word ("in", "near") stands right before the name.
    var afterLocative: Bool
}

/// The region a "City, Region" pattern names: a division (with its country) or a country.
struct PlaceRegion: Equatable {
    var country: UInt16
    var division: UInt32?
}
