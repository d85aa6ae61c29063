import Foundation

/// The article's evidence for the two readings of a name that is both a country and another country's
/// first-level division ("Georgia": the country, and the US state), weighed the same way in both directions.
/// Each other name the article writes counts once, however often it is written:
///   - for the country: a name in it (its capital, its places, its demonym "Georgian"), two; a third country
///     or a place in one near it (its neighbours: within `nearby` of its capital, not of the division), one;
///   - for the division: a place in the division itself (a city, a county), two; another place of its country
///     (another state, a city elsewhere), one; a third country or a place in one near the division, one.
/// A mention of the division's country by name ("the U.S.") counts for neither: foreign news about the
/// country names it as often as local news about the division does. With the evidence even (none at all, most
/// often), the reading of more people wins (GeoNames' populations; a division's is the sum of its towns'): in
/// English-language news the US state is the more frequent "Georgia" (issue 14 found "Georgia" mistyped in 30
/// articles of held-out geoparsing news), and the larger place is the one more often named.
struct CountryOrDivision {
    /// How near a third country's capital must lie to a reading's point to count for it (km): the country's
    /// neighbours and region (Russia, Ukraine, Turkey, Iran for Georgia; Canada, Cuba, the Bahamas for the US
    /// state), not the far countries every kind of news names (China, Japan).
    static let nearby = 2_000.0

    private(set) var forCountry = 0
    private(set) var forDivision = 0
    private let countryPopulation: UInt32
    private let divisionPopulation: UInt32

    /// The evidence `view` (the context without the name's own votes) gives for `country` against `division`.
    init(country: UInt16, division: GazetteerPlace, view: PlaceContext.View, gazetteer: Gazetteer) {
        countryPopulation = gazetteer.countryPopulation(country)
        divisionPopulation = division.population
        let countryPoint = gazetteer.countryPoint(country)
        let divisionPoint = (latitude: Double(division.latitude), longitude: Double(division.longitude))
        var forCountry = 0
        var forDivision = 0
        view.forEachOtherName { countries, placesIn, divisions in
            if countries.contains(UInt32(country)) {
                forCountry += 2
            } else if divisions.contains(division.admin1) {
                forDivision += 2
            } else if placesIn.contains(UInt32(division.country)) {
                forDivision += 1
            } else if let other = countries.first(where: { $0 != UInt32(division.country) }),
                let point = gazetteer.countryPoint(UInt16(truncatingIfNeeded: other))
            {
                let nearCountry = countryPoint.map { Self.kilometres(point, $0) <= Self.nearby } ?? false
                let nearDivision = Self.kilometres(point, divisionPoint) <= Self.nearby
                if nearCountry && !nearDivision {
                    forCountry += 1
                } else if nearDivision && !nearCountry {
                    forDivision += 1
                }
            }
        }
        self.forCountry = forCountry
        self.forDivision = forDivision
    }

    /// The division is the likelier reading: more evidence, or as much and more people.
    var isDivision: Bool {
        forDivision != forCountry ? forDivision > forCountry : divisionPopulation > countryPopulation
    }

    /// Great-circle distance (haversine, mean Earth radius).
    static func kilometres(_ a: (latitude: Double, longitude: Double), _ b: (latitude: Double, longitude: Double)) -> Double {
        let radians = Double.pi / 180
        let halfLatitude = sin((b.latitude - a.latitude) * radians / 2)
        let halfLongitude = sin((b.longitude - a.longitude) * radians / 2)
        let h = halfLatitude * halfLatitude
            + cos(a.latitude * radians) * cos(b.latitude * radians) * halfLongitude * halfLongitude
        return 2 * 6_371 * asin(min(1, h.squareRoot()))
    }
}
