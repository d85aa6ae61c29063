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
    private var divisionIndex: [DivisionKey: UInt32] = [:]
    /// The division place (ADM1) of each division index, when the gazetteer has it.
    private(set) var divisionPlace: [UInt32] = []

    init(rows: StaticString) {
        source = rows
        rows.withUTF8Buffer { bytes in
            places.reserveCapacity(bytes.count / 80)
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
                let fields = Self.fields(bytes, lineStart..<lineEnd)
                if let kind = fields.first.flatMap({ $0.count == 1 ? bytes[$0.lowerBound] : nil }) {
                    switch kind {
                    case UInt8(ascii: "P"): addPlace(bytes, fields, row: lineStart)
                    case UInt8(ascii: "N"): addName(bytes, fields)
                    case UInt8(ascii: "A"): addAbbreviation(bytes, fields)
                    case UInt8(ascii: "C"): addCountry(bytes, fields)
                    default: break
                    }
                }
                lineStart = lineEnd + 1
            }
        }
        divisionPlace = Array(repeating: UInt32.max, count: divisionIndex.count)
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
            let fields = Self.fields(bytes, Int(place.row)..<lineEnd)
            func text(_ field: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[field]]), as: UTF8.self) }
            return GeoPlace(
                id: Int(place.id), name: text(2), featureCode: text(3), country: text(4), admin1: text(5),
                latitude: Double(text(6)) ?? Double(place.latitude), longitude: Double(text(7)) ?? Double(place.longitude))
        }
    }

    // MARK: parsing

    private static func fields(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        var start = line.lowerBound
        for index in line.lowerBound...line.upperBound where index == line.upperBound || bytes[index] == 9 {
            fields.append(start..<index)
            start = index + 1
        }
        return fields
    }

    private static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32 {
        var value: UInt32 = 0
        for index in range where bytes[index] &- 48 < 10 { value = value &* 10 &+ UInt32(bytes[index] - 48) }
        return value
    }

    private static func decimal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Float {
        Float(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)) ?? 0
    }

    private mutating func countryNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt16 {
        let code = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        if let number = countryIndex[code] { return number }
        let number = UInt16(countryCodes.count)
        countryCodes.append(code)
        countryIndex[code] = number
        countryPlaces.append(GeoPlace(id: 0, name: "", featureCode: "PCLI", country: code, admin1: "", latitude: 0, longitude: 0))
        return number
    }

    private mutating func addPlace(_ bytes: UnsafeBufferPointer<UInt8>, _ fields: [Range<Int>], row: Int) {
        guard fields.count >= 9 else { return }
        let country = countryNumber(bytes, fields[4])
        var admin1 = UInt32.max
        if !fields[5].isEmpty {
            let key = DivisionKey(country: country, name: String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[5]]), as: UTF8.self))
            if let known = divisionIndex[key] {
                admin1 = known
            } else {
                admin1 = UInt32(divisionIndex.count)
                divisionIndex[key] = admin1
            }
        }
        places.append(
            GazetteerPlace(
                id: Self.integer(bytes, fields[1]), row: UInt32(row), latitude: Self.decimal(bytes, fields[6]),
                longitude: Self.decimal(bytes, fields[7]), population: Self.integer(bytes, fields[8]), country: country,
                feature: PlaceFeature(code: UnsafeBufferPointer(rebasing: bytes[fields[3]])), admin1: admin1))
    }

    private mutating func addName(_ bytes: UnsafeBufferPointer<UInt8>, _ fields: [Range<Int>]) {
        guard fields.count >= 3 else { return }
        let hashes = WordTokenizer.tokens(of: UnsafeBufferPointer(rebasing: bytes[fields[1]])).map(\.hash)
        guard !hashes.isEmpty else { return }
        let start = UInt32(candidates.count)
        var value: UInt32 = 0
        for index in fields[2].lowerBound...fields[2].upperBound {
            if index == fields[2].upperBound || bytes[index] == UInt8(ascii: ",") {
                candidates.append(value)
                value = 0
            } else {
                value = value &* 10 &+ UInt32(bytes[index] &- 48)
            }
        }
        let isCommonWord = fields.count > 3 && fields[3].count == 1 && bytes[fields[3].lowerBound] == UInt8(ascii: "W")
        names.insert(
            hashes: hashes, CandidateRange(start: start, count: UInt32(candidates.count) - start, isCommonWord: isCommonWord))
    }

    private mutating func addAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ fields: [Range<Int>]) {
        guard fields.count >= 3 else { return }
        let hashes = WordTokenizer.tokens(of: UnsafeBufferPointer(rebasing: bytes[fields[1]])).map(\.hash)
        guard !hashes.isEmpty else { return }
        abbreviations.insert(hashes: hashes, Self.integer(bytes, fields[2]))
    }

    private mutating func addCountry(_ bytes: UnsafeBufferPointer<UInt8>, _ fields: [Range<Int>]) {
        guard fields.count >= 7 else { return }
        let number = Int(countryNumber(bytes, fields[1]))
        func text(_ field: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[field]]), as: UTF8.self) }
        countryPlaces[number] = GeoPlace(
            id: Int(Self.integer(bytes, fields[3])), name: text(4), featureCode: "PCLI", country: text(1), admin1: "",
            latitude: Double(text(5)) ?? 0, longitude: Double(text(6)) ?? 0)
    }
}

/// A first-level division: its country and its name.
private struct DivisionKey: Hashable {
    let country: UInt16
    let name: String
}
