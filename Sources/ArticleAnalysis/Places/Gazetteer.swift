/// The place gazetteer: GeoNames towns, cities, first-level divisions, US counties and countries, parsed once
/// (on first use) from the generated rows in GazetteerData.swift (scripts/generate-gazetteer.py). Names are
/// tokenized with `WordTokenizer` into a `PhraseTable`, so a lookup costs what an entity-lexicon lookup does;
/// each name points at its candidate places, most likely first.
public struct Gazetteer: Sendable {
    /// The bundled gazetteer.
    public static let standard = Gazetteer(rows: rows)

    /// The generated rows (a literal in the binary): the places' records are read from them when an article
    /// names a place.
    let source: String
    private(set) var places: [GazetteerPlace] = []
    private(set) var candidates: [UInt32] = []
    private(set) var names = PhraseTable<CandidateRange>()
    /// The first words of `names`, asked before it (a miss there costs cache misses).
    private var firstWords = FirstWordFilter(log2Bits: 20)
    /// Division abbreviations ("Calif.", "W.Va.", "TX"): only after a comma.
    private(set) var abbreviations = PhraseTable<UInt32>()
    private(set) var countryCodes: [String] = []
    private var countryIndex = CountryCodeIndex()
    private var countryPlaces: [GeoPlace] = []
    /// Each country's people (GeoNames countryInfo), by country number; 0 where unknown.
    private var countryPopulations: [UInt32] = []
    /// First-level division names by division number (`GazetteerPlace.admin1`).
    private var divisionNames: [String] = []
    /// The division place (ADM1) of each division number, when the gazetteer has it.
    private(set) var divisionPlace: [UInt32] = []

    init(rows: String) {
        source = rows
        let span = rows.utf8.span
        places.reserveCapacity(span.count / 80)
        candidates.reserveCapacity(span.count / 40)
        names.reserveCapacity(span.count / 50)
        // One pass over the bytes in place, each read once through the `Span`.
        var hashes: [UInt64] = []
        hashes.reserveCapacity(16)
        var lineStart = 0
        while lineStart < span.count {
            let lineEnd = GazetteerFields.lineEnd(span, from: lineStart)
            var position = lineStart
            let kind = GazetteerFields.next(span, &position, end: lineEnd)
            if kind.count == 1 {
                switch span[kind.lowerBound] {
                case UInt8(ascii: "P"): addPlace(span, &position, end: lineEnd, offset: lineStart)
                case UInt8(ascii: "N"): addName(span, &position, end: lineEnd, hashes: &hashes)
                case UInt8(ascii: "A"): addAbbreviation(span, &position, end: lineEnd)
                case UInt8(ascii: "D"): addDivision(span, &position, end: lineEnd)
                case UInt8(ascii: "C"): addCountry(span, &position, end: lineEnd)
                default: break
                }
            }
            lineStart = lineEnd + 1
        }
        names.shrinkToFit()
        names.filterContinuations()
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
        guard firstWords.mayContain(hashes[start]) else { return nil }
        return names.longestMatch(in: hashes, at: start) { length, _ in accept(length) }.map { ($0.length, $0.value) }
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

    /// A country's people by its number (0 where unknown).
    func countryPopulation(_ number: UInt16) -> UInt32 {
        Int(number) < countryPopulations.count ? countryPopulations[Int(number)] : 0
    }

    /// The point of a country's capital by its number, nil where the gazetteer has none.
    func countryPoint(_ number: UInt16) -> (latitude: Double, longitude: Double)? {
        guard Int(number) < countryPlaces.count, countryPlaces[Int(number)].id != 0 else { return nil }
        return (countryPlaces[Int(number)].latitude, countryPlaces[Int(number)].longitude)
    }

    /// The full record of a place, read from its row.
    func geoPlace(_ index: UInt32) -> GeoPlace {
        let place = places[Int(index)]
        let bytes = source.utf8.span
        let end = GazetteerFields.lineEnd(bytes, from: Int(place.row))
        var position = Int(place.row)
        _ = GazetteerFields.next(bytes, &position, end: end)
        _ = GazetteerFields.next(bytes, &position, end: end)
        let name = String(utf8Bytes: bytes.extracting(GazetteerFields.next(bytes, &position, end: end)))
        let featureCode = String(utf8Bytes: bytes.extracting(GazetteerFields.next(bytes, &position, end: end)))
        _ = GazetteerFields.next(bytes, &position, end: end)
        _ = GazetteerFields.next(bytes, &position, end: end)
        let latitude = GazetteerFields.decimal(bytes, GazetteerFields.next(bytes, &position, end: end))
        let longitude = GazetteerFields.decimal(bytes, GazetteerFields.next(bytes, &position, end: end))
        return GeoPlace(
            id: Int(place.id), name: name, featureCode: featureCode, country: countryCodes[Int(place.country)],
            admin1: place.admin1 == UInt32.max ? "" : divisionNames[Int(place.admin1)], latitude: latitude,
            longitude: longitude)
    }

    // MARK: parsing

    private mutating func addCountry(_ bytes: Span<UInt8>, _ position: inout Int, end: Int) {
        let code = String(utf8Bytes: bytes.extracting(GazetteerFields.next(bytes, &position, end: end)))
        _ = GazetteerFields.next(bytes, &position, end: end)
        let id = GazetteerFields.integer(bytes, GazetteerFields.next(bytes, &position, end: end))
        let name = String(utf8Bytes: bytes.extracting(GazetteerFields.next(bytes, &position, end: end)))
        let latitude = GazetteerFields.decimal(bytes, GazetteerFields.next(bytes, &position, end: end))
        let longitude = GazetteerFields.decimal(bytes, GazetteerFields.next(bytes, &position, end: end))
        countryPopulations.append(GazetteerFields.integer(bytes, GazetteerFields.next(bytes, &position, end: end)))
        countryIndex[code] = UInt16(countryCodes.count)
        countryCodes.append(code)
        countryPlaces.append(
            GeoPlace(id: Int(id), name: name, featureCode: "PCLI", country: code, admin1: "", latitude: latitude, longitude: longitude))
    }

    private mutating func addDivision(_ bytes: Span<UInt8>, _ position: inout Int, end: Int) {
        _ = GazetteerFields.next(bytes, &position, end: end)
        divisionNames.append(String(utf8Bytes: bytes.extracting(GazetteerFields.next(bytes, &position, end: end))))
    }

    private mutating func addPlace(_ bytes: Span<UInt8>, _ position: inout Int, end: Int, offset: Int) {
        let id = GazetteerFields.nextInteger(bytes, &position, end: end)
        _ = GazetteerFields.nextShort(bytes, &position, end: end)
        let feature = PlaceFeature(code: GazetteerFields.next(bytes, &position, end: end), in: bytes)
        let country = UInt16(truncatingIfNeeded: GazetteerFields.nextInteger(bytes, &position, end: end))
        let division = GazetteerFields.nextOptionalInteger(bytes, &position, end: end) ?? UInt32.max
        let latitude = Float(GazetteerFields.nextDecimal(bytes, &position, end: end))
        let longitude = Float(GazetteerFields.nextDecimal(bytes, &position, end: end))
        let population = GazetteerFields.nextInteger(bytes, &position, end: end)
        places.append(
            GazetteerPlace(
                id: id, row: UInt32(offset), latitude: latitude, longitude: longitude, population: population,
                country: country, feature: feature, admin1: division))
    }

    /// A name row: its surface, its places, the English-word flag and the surface's token hashes as the
    /// generator computed them with `phraseHashes(of:)` (so start-up hashes no name; `nameHashMismatches`
    /// checks they still agree with the tokenizer).
    private mutating func addName(_ bytes: Span<UInt8>, _ position: inout Int, end: Int, hashes: inout [UInt64]) {
        let surface = GazetteerFields.nextShort(bytes, &position, end: end)
        // The places are read into `candidates` before the hashes; a name without hashes takes them back out.
        let start = UInt32(candidates.count)
        GazetteerFields.nextIntegers(bytes, &position, end: end, into: &candidates)
        let flag = GazetteerFields.nextShort(bytes, &position, end: end)
        // Emptied from the end: `removeAll(keepingCapacity:)` took the generic replace path, for one or two hashes.
        while !hashes.isEmpty { hashes.removeLast() }
        GazetteerFields.hexadecimals(bytes, GazetteerFields.next(bytes, &position, end: end), into: &hashes)
        if hashes.isEmpty { hashes = Self.phraseHashes(of: String(utf8Bytes: bytes.extracting(surface))) }
        guard !hashes.isEmpty else {
            candidates.removeLast(candidates.count - Int(start))
            return
        }
        let isCommonWord = flag.count == 1 && bytes[flag.lowerBound] == UInt8(ascii: "W")
        firstWords.insert(hashes[0])
        names.insert(
            hashes: hashes, CandidateRange(start: start, count: UInt32(candidates.count) - start, isCommonWord: isCommonWord))
    }

    private mutating func addAbbreviation(_ bytes: Span<UInt8>, _ position: inout Int, end: Int) {
        let surface = GazetteerFields.next(bytes, &position, end: end)
        let phrase = Self.phraseHashes(of: String(utf8Bytes: bytes.extracting(surface)))
        guard !phrase.isEmpty else { return }
        abbreviations.insert(hashes: phrase, GazetteerFields.integer(bytes, GazetteerFields.next(bytes, &position, end: end)))
    }

    /// The token hashes `WordTokenizer` gives a name: the keys the lookups probe with.
    public static func phraseHashes(of name: String) -> [UInt64] {
        WordTokenizer.tokens(of: name).map(\.hash)
    }

    /// The names whose stored hashes are not the tokenizer's (empty unless the tokenizer or `TokenHash` changed
    /// since scripts/generate-gazetteer.py ran: run it again).
    public static func nameHashMismatches() -> [String] { nameHashMismatches(rows) }

    /// `nameHashMismatches()` over other rows.
    public static func nameHashMismatches(_ rows: String) -> [String] {
        let bytes = rows.utf8.span
        var mismatches: [String] = []
        var stored: [UInt64] = []
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = GazetteerFields.lineEnd(bytes, from: lineStart)
            var position = lineStart
            lineStart = lineEnd + 1
            guard GazetteerFields.equals(bytes, GazetteerFields.next(bytes, &position, end: lineEnd), "N") else { continue }
            let surface = String(utf8Bytes: bytes.extracting(GazetteerFields.next(bytes, &position, end: lineEnd)))
            _ = GazetteerFields.next(bytes, &position, end: lineEnd)
            _ = GazetteerFields.next(bytes, &position, end: lineEnd)
            stored.removeAll(keepingCapacity: true)
            GazetteerFields.hexadecimals(bytes, GazetteerFields.next(bytes, &position, end: lineEnd), into: &stored)
            if stored != phraseHashes(of: surface) { mismatches.append(surface) }
        }
        return mismatches
    }
}
