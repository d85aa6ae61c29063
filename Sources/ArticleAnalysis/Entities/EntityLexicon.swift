/// The gazetteer of countries, capitals, places, organisations and people, parsed once from the generated
/// rows (EntityLexiconData.swift, made by scripts/generate-entity-lexicon.py from the Phoenix dictionaries
/// and iso-codes). Surfaces are tokenized with `WordTokenizer`, so lookups and the table agree on keys.
public struct EntityLexicon: Sendable {
    public private(set) var phrases = PhraseTable<LexiconEntry>()
    /// Canonical country name by ISO alpha-3 code, for showing a country found through a capital or a person.
    public private(set) var countryNames: [String: String] = [:]

    /// The bundled lexicon.
    public static let standard = EntityLexicon(rows: rows)

    public init() {}

    /// Reads tab-separated rows `KIND surface canonical code country`; later rows override earlier ones.
    /// One pass over the bytes (no array of lines or fields, no String per surface: the surface is tokenized
    /// from its bytes), and a canonical name equal to the previous row's shares its storage: rows come
    /// grouped by entity, so most of the ~18,000 rows repeat the one before. Start-up and resident memory
    /// of the daemon both went mostly to this table.
    public init(rows text: String) {
        phrases.reserveCapacity(text.utf8.count / 48)
        var text = text
        text.withUTF8 { bytes in
            var previousCanonical = ""
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                guard lineEnd > lineStart else { continue }
                // The first five tab-separated fields (more are ignored, as before).
                var fields: (Range<Int>, Range<Int>, Range<Int>, Range<Int>, Range<Int>) = (0..<0, 0..<0, 0..<0, 0..<0, 0..<0)
                var fieldCount = 0
                var fieldStart = lineStart
                for index in lineStart...lineEnd where index == lineEnd || bytes[index] == 9 {
                    let range = fieldStart..<index
                    switch fieldCount {
                    case 0: fields.0 = range
                    case 1: fields.1 = range
                    case 2: fields.2 = range
                    case 3: fields.3 = range
                    case 4: fields.4 = range
                    default: break
                    }
                    fieldCount += 1
                    fieldStart = index + 1
                }
                guard fieldCount >= 5, let kind = Self.kind(UnsafeBufferPointer(rebasing: bytes[fields.0])) else { continue }
                let canonicalBytes = UnsafeBufferPointer(rebasing: bytes[fields.2])
                if !previousCanonical.utf8.elementsEqual(canonicalBytes) {
                    previousCanonical = String(decoding: canonicalBytes, as: UTF8.self)
                }
                let entry = LexiconEntry(
                    kind: kind, canonical: previousCanonical,
                    code: String(decoding: UnsafeBufferPointer(rebasing: bytes[fields.3]), as: UTF8.self),
                    country: String(decoding: UnsafeBufferPointer(rebasing: bytes[fields.4]), as: UTF8.self),
                    needsCapitals: false)
                add(surfaceBytes: UnsafeBufferPointer(rebasing: bytes[fields.1]), entry)
                if kind == .countryName, countryNames[entry.code] == nil { countryNames[entry.code] = entry.canonical }
            }
        }
    }

    /// The row kind named by a field: its first Character, as `LexiconRowKind`.
    private static func kind(_ field: UnsafeBufferPointer<UInt8>) -> LexiconRowKind? {
        guard let first = field.first else { return nil }
        if first < 0x80, field.count == 1 || field[1] < 0x80 {
            return LexiconRowKind(rawValue: Character(Unicode.Scalar(first)))
        }
        return String(decoding: field, as: UTF8.self).first.flatMap { LexiconRowKind(rawValue: $0) }
    }

    /// Adds one surface form. Short single-word forms ("US", "UN", "EU") only match when written in capitals.
    public mutating func add(surface: String, _ entry: LexiconEntry) {
        var surface = surface
        surface.withUTF8 { add(surfaceBytes: $0, entry) }
    }

    private mutating func add(surfaceBytes surface: UnsafeBufferPointer<UInt8>, _ entry: LexiconEntry) {
        let hashes = WordTokenizer.tokens(of: surface).map(\.hash)
        guard !hashes.isEmpty else { return }
        var entry = entry
        var letters = 0
        for byte in surface where (byte | 0x20) >= 97 && (byte | 0x20) <= 122 || byte >= 128 { letters += 1 }
        entry.needsCapitals = hashes.count == 1 && letters <= 3
        phrases.insert(hashes: hashes, entry)
    }

    public mutating func setCountryName(_ name: String, for code: String) { countryNames[code] = name }
}
