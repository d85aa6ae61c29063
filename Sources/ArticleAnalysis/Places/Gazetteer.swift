/// The place gazetteer: GeoNames towns, cities, first-level divisions, US counties and countries, parsed once
/// (on first use) from the generated rows in GazetteerData.swift (scripts/generate-gazetteer.py). Names are
/// tokenized with `WordTokenizer` into a `PhraseTable`, so a lookup costs what an entity-lexicon lookup does;
/// each name points at its candidate places, most likely first.
public struct Gazetteer: Sendable {
    /// The bundled gazetteer.
    public static let standard = Gazetteer(rows: rows)

    let source: StaticString
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
        source = rows
        rows.withUTF8Buffer { bytes in
            places.reserveCapacity(bytes.count / 80)
            candidates.reserveCapacity(bytes.count / 40)
            names.reserveCapacity(bytes.count / 50)
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
                var row = GazetteerRowReader(bytes, line: lineStart..<lineEnd)
                let kind = row.field()
                if kind.count == 1 {
                    switch bytes[kind.lowerBound] {
                    case UInt8(ascii: "P"): addPlace(&row, offset: lineStart)
                    case UInt8(ascii: "N"): addName(&row)
                    case UInt8(ascii: "A"): addAbbreviation(&row)
                    case UInt8(ascii: "D"): addDivision(&row)
                    case UInt8(ascii: "C"): addCountry(&row)
                    default: break
                    }
                }
                lineStart = lineEnd + 1
            }
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
        return source.withUTF8Buffer { bytes in
            var lineEnd = Int(place.row)
            while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
            var row = GazetteerRowReader(bytes, line: Int(place.row)..<lineEnd)
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
        let feature = PlaceFeature(code: UnsafeBufferPointer(rebasing: row.bytes[row.field()]))
        let country = UInt16(row.integer())
        let division = row.optionalInteger() ?? UInt32.max
        let latitude = Float(row.decimal())
        let longitude = Float(row.decimal())
        places.append(
            GazetteerPlace(
                id: id, row: UInt32(offset), latitude: latitude, longitude: longitude, population: row.integer(),
                country: country, feature: feature, admin1: division))
    }

    private mutating func addName(_ row: inout GazetteerRowReader) {
        let surface = row.field()
        let indices = row.field()
        let flag = row.field()
        guard let phrase = Self.phraseHashes(UnsafeBufferPointer(rebasing: row.bytes[surface])) else { return }
        let start = UInt32(candidates.count)
        var value: UInt32 = 0
        for index in indices.lowerBound...indices.upperBound {
            if index == indices.upperBound || row.bytes[index] == UInt8(ascii: ",") {
                candidates.append(value)
                value = 0
            } else {
                value = value &* 10 &+ UInt32(row.bytes[index] &- 48)
            }
        }
        let isCommonWord = flag.count == 1 && row.bytes[flag.lowerBound] == UInt8(ascii: "W")
        names.insert(
            hashes: phrase, CandidateRange(start: start, count: UInt32(candidates.count) - start, isCommonWord: isCommonWord))
    }

    private mutating func addAbbreviation(_ row: inout GazetteerRowReader) {
        let surface = row.field()
        guard let phrase = Self.phraseHashes(UnsafeBufferPointer(rebasing: row.bytes[surface])) else { return }
        abbreviations.insert(hashes: phrase, row.integer())
    }

    /// The token hashes `WordTokenizer` gives a name. Most names are ASCII letters and single spaces, whose
    /// tokens are the words and whose keys are the words in lower case: those are hashed here directly, which
    /// made the table's start-up several times faster; any other name goes through the tokenizer.
    public static func phraseHashes(of name: String) -> [UInt64] {
        var name = name
        return name.withUTF8 { phraseHashes($0) } ?? []
    }

    static func phraseHashes(_ surface: UnsafeBufferPointer<UInt8>) -> [UInt64]? {
        var simple = !surface.isEmpty && surface.first != 32 && surface.last != 32
        var previousSpace = false
        for byte in surface {
            let isLetter = (byte | 0x20) &- 97 < 26
            if byte == 32 {
                if previousSpace { simple = false }
                previousSpace = true
            } else if !isLetter {
                simple = false
            } else {
                previousSpace = false
            }
            if !simple { break }
        }
        guard simple else {
            let hashes = WordTokenizer.tokens(of: surface).map(\.hash)
            return hashes.isEmpty ? nil : hashes
        }
        var hashes: [UInt64] = []
        var word = [UInt8]()
        word.reserveCapacity(32)
        for index in 0...surface.count {
            if index == surface.count || surface[index] == 32 {
                hashes.append(word.withUnsafeBufferPointer { TokenHash.of($0) })
                word.removeAll(keepingCapacity: true)
            } else {
                let byte = surface[index]
                word.append(byte &- 65 < 26 ? byte + 32 : byte)
            }
        }
        return hashes
    }
}
