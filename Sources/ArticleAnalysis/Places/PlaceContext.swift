/// What an article already says about where it is: the countries and first-level divisions it names, each
/// piece of evidence kept with the name that gave it, so a name can be weighed without its own vote
/// ("Oklahoma" names its division, which must not pull it towards Oklahoma City; "Georgia" the state needs
/// other evidence than the word "Georgia"). Counts are kept per country and per (country, name), so each
/// question is a couple of hash lookups, asked for every candidate of every name.
struct PlaceContext {
    private struct Vote: Hashable {
        var area: UInt32
        var surface: UInt64
    }

    private var countries: [UInt32: Int] = [:]
    private var countriesBySurface: [Vote: Int] = [:]
    private var placesInCountry: [UInt32: Int] = [:]
    private var placesInCountryBySurface: [Vote: Int] = [:]
    private var divisions: [UInt32: Int] = [:]
    private var divisionsBySurface: [Vote: Int] = [:]

    mutating func add(surface: UInt64, country: UInt16, division: UInt32?, isPlace: Bool) {
        let area = UInt32(country)
        countries[area, default: 0] += 1
        countriesBySurface[Vote(area: area, surface: surface), default: 0] += 1
        if isPlace {
            placesInCountry[area, default: 0] += 1
            placesInCountryBySurface[Vote(area: area, surface: surface), default: 0] += 1
        }
        if let division, division != UInt32.max {
            divisions[division, default: 0] += 1
            divisionsBySurface[Vote(area: division, surface: surface), default: 0] += 1
        }
    }

    /// Evidence for a country from names other than `surface`; `placesOnly` counts towns and divisions only.
    func count(country: UInt16, excluding surface: UInt64, placesOnly: Bool) -> Int {
        let area = UInt32(country)
        if placesOnly {
            return placesInCountry[area, default: 0] - placesInCountryBySurface[Vote(area: area, surface: surface), default: 0]
        }
        return countries[area, default: 0] - countriesBySurface[Vote(area: area, surface: surface), default: 0]
    }

    func names(division: UInt32, excluding surface: UInt64) -> Bool {
        guard division != UInt32.max, let total = divisions[division] else { return false }
        return total > divisionsBySurface[Vote(area: division, surface: surface), default: 0]
    }
}
