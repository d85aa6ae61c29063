/// What an article already says about where it is: the countries and first-level divisions it names, each
/// piece of evidence kept with the name that gave it, so a name can be weighed without its own vote
/// ("Oklahoma" names its division, which must not pull it towards Oklahoma City; "Georgia" the state needs
/// other evidence than the word "Georgia").
///
/// Totals are dense arrays indexed by country number (a small table by division number), and each name's own
/// votes a short list: the resolver asks about every candidate of every name (dozens for "Springfield"), and a
/// read plus a scan of one or two own votes costs a fraction of the two hash lookups per question this used to be.
struct PlaceContext {
    fileprivate enum Area: UInt8 {
        case country, placeInCountry, division
    }

    fileprivate struct Vote {
        var area: Area
        var number: UInt32
        var count: Int
    }

    private var countries: [Int]
    private var placesInCountry: [Int]
    /// Per division number named: its count. A table of the few an article names, not an array of every
    /// division: zeroing and then touching ~3,800 counts per article cost more than the lookups.
    private var divisions = KeyedTable<UInt64, Int>(capacity: 16)
    private let divisionCount: Int
    private var votesBySurface: [UInt64: [Vote]] = [:]

    /// `names`: about how many names will vote (the dictionary is made that large at once: grown vote by vote,
    /// it rehashed every name several times per article).
    init(countryCount: Int, divisionCount: Int, names: Int) {
        votesBySurface.reserveCapacity(names)
        countries = Array(repeating: 0, count: countryCount)
        placesInCountry = Array(repeating: 0, count: countryCount)
        self.divisionCount = divisionCount
    }

    mutating func add(surface: UInt64, country: UInt16, division: UInt32?, isPlace: Bool) {
        let country = UInt32(country)
        guard Int(country) < countries.count else { return }
        countries[Int(country)] += 1
        if isPlace { placesInCountry[Int(country)] += 1 }
        let division = division.flatMap { Int($0) < divisionCount ? $0 : nil }
        if let division {
            let (found, slot) = divisions.find(forUpdating: UInt64(division))
            if found >= 0 { divisions.values[found] += 1 } else { divisions.insert(UInt64(division), 1, at: slot) }
        }
        // The name's list looked up once for its (up to three) votes, and changed in place: a list read out and
        // stored back is copied (and allocated) on every vote.
        Self.vote(country: country, isPlace: isPlace, division: division, in: &votesBySurface[surface, default: []])
    }

    private static func vote(country: UInt32, isPlace: Bool, division: UInt32?, in votes: inout [Vote]) {
        count(.country, country, in: &votes)
        if isPlace { count(.placeInCountry, country, in: &votes) }
        if let division { count(.division, division, in: &votes) }
    }

    private static func count(_ area: Area, _ number: UInt32, in votes: inout [Vote]) {
        if let index = votes.firstIndex(where: { $0.area == area && $0.number == number }) {
            votes[index].count += 1
        } else {
            votes.append(Vote(area: area, number: number, count: 1))
        }
    }

    /// The context as one name sees it: every count without that name's own votes. Made once per name, then
    /// asked about each of its candidates.
    func excluding(_ surface: UInt64) -> View { View(context: self, surface: surface, own: votesBySurface[surface] ?? []) }

    struct View {
        fileprivate let context: PlaceContext
        fileprivate let surface: UInt64
        fileprivate let own: [Vote]

        /// Evidence for a country from other names; `placesOnly` counts towns and divisions only.
        func count(country: UInt16, placesOnly: Bool) -> Int {
            let number = UInt32(country)
            guard Int(number) < context.countries.count else { return 0 }
            let area: Area = placesOnly ? .placeInCountry : .country
            let total = placesOnly ? context.placesInCountry[Int(number)] : context.countries[Int(number)]
            return total - own.reduce(0) { $0 + ($1.area == area && $1.number == number ? $1.count : 0) }
        }

        /// What every other name says, once per name however often it is written: the countries it counts
        /// for, those it places a town or division in, and the divisions it places one in.
        func forEachOtherName(_ body: (_ countries: [UInt32], _ placesIn: [UInt32], _ divisions: [UInt32]) -> Void) {
            for (surface, votes) in context.votesBySurface where surface != self.surface {
                body(
                    votes.filter { $0.area == .country }.map(\.number), votes.filter { $0.area == .placeInCountry }.map(\.number),
                    votes.filter { $0.area == .division }.map(\.number))
            }
        }

        func names(division: UInt32) -> Bool {
            guard division != UInt32.max, Int(division) < context.divisionCount,
                let total = context.divisions[UInt64(division)], total > 0
            else { return false }
            return total > own.reduce(0) { $0 + ($1.area == .division && $1.number == division ? $1.count : 0) }
        }
    }

    func count(country: UInt16, excluding surface: UInt64, placesOnly: Bool) -> Int {
        excluding(surface).count(country: country, placesOnly: placesOnly)
    }

    func names(division: UInt32, excluding surface: UInt64) -> Bool { excluding(surface).names(division: division) }
}
