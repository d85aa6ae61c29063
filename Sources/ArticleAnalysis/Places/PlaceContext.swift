/// What an article already says about where it is: the countries and first-level divisions it names, each
/// piece of evidence kept with the name that gave it, so a name can be weighed without its own vote
/// ("Georgia" the state needs other Georgia-or-US evidence than the word "Georgia").
struct PlaceContext {
    private struct Evidence {
        var surface: UInt64
        var country: UInt16
        var division: UInt32?
        /// A place inside the country (a town or division), not the country's name or people.
        var isPlace: Bool
    }

    private var evidence: [Evidence] = []
    private var countries: [UInt16: Int] = [:]
    private var divisions: Set<UInt32> = []

    mutating func add(surface: UInt64, country: UInt16, division: UInt32?, isPlace: Bool) {
        evidence.append(Evidence(surface: surface, country: country, division: division, isPlace: isPlace))
        countries[country, default: 0] += 1
        if let division { divisions.insert(division) }
    }

    func names(country: UInt16) -> Bool { countries[country, default: 0] > 0 }
    func names(division: UInt32) -> Bool { division != UInt32.max && divisions.contains(division) }

    /// Evidence for a country from names other than `surface`; `placesOnly` counts towns and divisions only.
    func count(country: UInt16, excluding surface: UInt64, placesOnly: Bool) -> Int {
        evidence.count { $0.country == country && $0.surface != surface && (!placesOnly || $0.isPlace) }
    }

    func names(division: UInt32, excluding surface: UInt64) -> Bool {
        evidence.contains { $0.division == division && $0.surface != surface }
    }
}
