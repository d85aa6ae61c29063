/// The place gazetteer: GeoNames towns, cities, first-level divisions, US counties and countries, parsed once
/// (on first use) from the generated rows in GazetteerData.swift (scripts/generate-gazetteer.py). Names are
/// tokenized with `WordTokenizer` into a `PhraseTable`, so a lookup costs what an entity-lexicon lookup does;
/// each name points at its candidate places, most likely first.
public struct Gazetteer: Sendable {
    /// The bundled gazetteer.
    public static let standard = Gazetteer(rows: rows)

    let source: StaticTableBytes
    private(set) var places: [GazetteerPlace] = []
    private(set) var candidates: [UInt32] = []
    private(set) var names = PhraseTable<CandidateRange>()
    /// Division abbreviations ("Calif.", "W.Va.", "TX"): only after a comma.
    private(set) var abbreviations = PhraseTable<UInt32>()
    private(set) var countryCodes: [String] = []
    private var countryIndex: [String: UInt16] = [:]
    private var countryPlaces: [GeoPlace] = []
    /// First-level division names by division number (`GazetteerPlace.admin1`).
    private var divisionNames: [String] = []
    /// The division place (ADM1) of each division number, when the gazetteer has it.
    private(set) var divisionPlace: [UInt32] = []

    init(rows: StaticString) {
        let bytes = StaticTableBytes(rows)
        source = bytes
        places.reserveCapacity(bytes.count / 80)
        candidates.reserveCapacity(bytes.count / 40)
        names.reserveCapacity(bytes.count / 50)
        var hashes: [UInt64] = []
        hashes.reserveCapacity(16)
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes.firstIndex(of: 10, from: lineStart)
            var row = GazetteerRowReader(bytes, line: lineStart..<lineEnd)
            let kind = row.field()
            if kind.count == 1 {
                switch bytes[kind.lowerBound] {
                case UInt8(ascii: "P"): addPlace(&row, offset: lineStart)
                case UInt8(ascii: "N"): addName(&row, hashes: &hashes)
                case UInt8(ascii: "A"): addAbbreviation(&row)
                case UInt8(ascii: "D"): addDivision(&row)
                case UInt8(ascii: "C"): addCountry(&row)
                default: break
                }
            }
            lineStart = lineEnd + 1
        }
        divisionPlace = Array(repeating: UInt32.max, count: divisionNames.count)
        for index in places.indices where places[index].feature == .division && places[index].admin1 != UInt32.max {
            divisionPlace[Int(places[index].admin1)] = UInt32(index)
        }
    }

    /// Places in the table (towns, cities, divisions, counties).
    public var placeCount: Int { places.count }

    // MARK: lookups

    /// The places a phrase (token hashes from `start`) can name: the longest name there, as (tokens, range).
    func longestName(in hashes: [UInt64], at start: Int, accept: (Int) -> Bool) -> (length: Int, range: CandidateRange)? {
        names.longestMatch(in: hashes, at: start) { length, _ in accept(length) }.map { ($0.length, $0.value) }
    }

    /// The division an abbreviation at `start` names ("Calif." → California), as (tokens, place index).
    func abbreviation(in hashes: [UInt64], at start: Int) -> (length: Int, place: UInt32)? {
        abbreviations.longestMatch(in: hashes, at: start).map { ($0.length, $0.value) }
    }

    func candidateIndices(_ range: CandidateRange) -> ArraySlice<UInt32> {
        candidates[Int(range.start)..<Int(range.start + range.count)]
    }

    /// The country's own geo: its GeoNames id and its capital's point.
    public func country(_ alpha3: String) -> GeoPlace? {
        countryIndex[alpha3].flatMap { countryPlaces[Int($0)].id == 0 ? nil : countryPlaces[Int($0)] }
    }

    func countryCode(_ place: GazetteerPlace) -> String { countryCodes[Int(place.country)] }

    /// The index of a country code, if the gazetteer knows the country.
    func countryNumber(_ alpha3: String) -> UInt16? { countryIndex[alpha3] }

    /// The full record of a place, read from its row.
    func geoPlace(_ index: UInt32) -> GeoPlace {
        let place = places[Int(index)]
        var row = GazetteerRowReader(source, line: Int(place.row)..<source.firstIndex(of: 10, from: Int(place.row)))
        row.skip()
        row.skip()
        let name = row.text()
        let featureCode = row.text()
        row.skip()
        row.skip()
        return GeoPlace(
            id: Int(place.id), name: name, featureCode: featureCode, country: countryCodes[Int(place.country)],
            admin1: place.admin1 == UInt32.max ? "" : divisionNames[Int(place.admin1)], latitude: row.decimal(),
            longitude: row.decimal())
    }

    // MARK: parsing

    private mutating func addCountry(_ row: inout GazetteerRowReader) {
        let code = row.text()
        row.skip()
        let id = row.integer()
        let name = row.text()
        let latitude = row.decimal()
        let longitude = row.decimal()
        countryIndex[code] = UInt16(countryCodes.count)
        countryCodes.append(code)
        countryPlaces.append(
            GeoPlace(id: Int(id), name: name, featureCode: "PCLI", country: code, admin1: "", latitude: latitude, longitude: longitude))
    }

    private mutating func addDivision(_ row: inout GazetteerRowReader) {
        row.skip()
        divisionNames.append(row.text())
    }

    private mutating func addPlace(_ row: inout GazetteerRowReader, offset: Int) {
        let id = row.integer()
        row.skip()
        let feature = PlaceFeature(code: row.field(), in: row.bytes)
        let country = UInt16(row.integer())
        let division = row.optionalInteger() ?? UInt32.max
        let latitude = Float(row.decimal())
        let longitude = Float(row.decimal())
        places.append(
            GazetteerPlace(
                id: id, row: UInt32(offset), latitude: latitude, longitude: longitude, population: row.integer(),
                country: country, feature: feature, admin1: division))
    }

    /// A name row: its surface, its places, the English-word flag and the surface's token hashes as the
    /// generator computed them with `phraseHashes(of:)` (so start-up hashes no name; `nameHashMismatches`
    /// checks they still agree with the tokenizer).
    private mutating func addName(_ row: inout GazetteerRowReader, hashes: inout [UInt64]) {
        let surface = row.field()
        let indices = row.field()
        let flag = row.field()
        hashes.removeAll(keepingCapacity: true)
        row.hexadecimals(into: &hashes)
        if hashes.isEmpty { hashes = Self.phraseHashes(of: row.string(surface)) }
        guard !hashes.isEmpty else { return }
        let start = UInt32(candidates.count)
        row.bytes.integers(indices, into: &candidates)
        let isCommonWord = flag.count == 1 && row.bytes[flag.lowerBound] == UInt8(ascii: "W")
        names.insert(
            hashes: hashes, CandidateRange(start: start, count: UInt32(candidates.count) - start, isCommonWord: isCommonWord))
    }

    private mutating func addAbbreviation(_ row: inout GazetteerRowReader) {
        let surface = row.field()
        let phrase = Self.phraseHashes(of: row.string(surface))
        guard !phrase.isEmpty else { return }
        abbreviations.insert(hashes: phrase, row.integer())
    }

    /// The token hashes `WordTokenizer` gives a name: the keys the lookups probe with.
    public static func phraseHashes(of name: String) -> [UInt64] {
        WordTokenizer.tokens(of: name).map(\.hash)
    }

    /// The names whose stored hashes are not the tokenizer's (empty unless the tokenizer or `TokenHash` changed
    /// since scripts/generate-gazetteer.py ran: run it again).
    public static func nameHashMismatches() -> [String] { nameHashMismatches(rows) }

    /// `nameHashMismatches()` over other rows.
    public static func nameHashMismatches(_ rows: StaticString) -> [String] {
        let bytes = StaticTableBytes(rows)
        var mismatches: [String] = []
        var stored: [UInt64] = []
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes.firstIndex(of: 10, from: lineStart)
            var row = GazetteerRowReader(bytes, line: lineStart..<lineEnd)
            lineStart = lineEnd + 1
            guard bytes.equals(row.field(), "N") else { continue }
            let surface = row.text()
            row.skip()
            row.skip()
            stored.removeAll(keepingCapacity: true)
            row.hexadecimals(into: &stored)
            if stored != phraseHashes(of: surface) { mismatches.append(surface) }
        }
        return mismatches
    }
}
