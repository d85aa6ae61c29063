/// One place of the gazetteer as the resolver scores it: 28 bytes of plain values. Its name, feature code and
/// division name stay in the generated rows and become a `GeoPlace` only for the places an article names.
struct GazetteerPlace: Sendable {
    var id: UInt32
    /// Byte offset of the place's row in `Gazetteer.rows`.
    var row: UInt32
    var latitude: Float
    var longitude: Float
    var population: UInt32
    /// Index into `Gazetteer.countryCodes`.
    var country: UInt16
    var feature: PlaceFeature
    /// Index into the gazetteer's divisions (one per country and division name); `UInt32.max` for none.
    var admin1: UInt32
}

/// The kinds of place the gazetteer holds, as a prior: a division or capital is named more often than a town
/// of the same population.
enum PlaceFeature: UInt8, Sendable {
    case division, capital, seat, town, county

    init(code: Range<Int>, in bytes: Span<UInt8>) {
        if GazetteerFields.equals(bytes, code, "ADM1") {
            self = .division
        } else if GazetteerFields.equals(bytes, code, "PPLC") {
            self = .capital
        } else if GazetteerFields.equals(bytes, code, "PPLA") {
            self = .seat
        } else if GazetteerFields.equals(bytes, code, "ADM2") {
            self = .county
        } else {
            self = .town
        }
    }

    /// Added to log10(population) when scoring candidates.
    var prior: Float {
        switch self {
        case .division: 2
        case .capital: 1.5
        case .seat: 0.7
        case .town: 0
        case .county: 0.5
        }
    }
}

/// Where a name's candidate places lie in `Gazetteer.candidates`.
struct CandidateRange: Sendable {
    var start: UInt32
    var count: UInt32
    /// The name is also an English word ("Mobile", "Reading"): a place only with context.
    var isCommonWord: Bool
}
