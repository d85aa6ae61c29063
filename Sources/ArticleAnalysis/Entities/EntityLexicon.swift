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
    public init(rows text: String) {
        phrases.reserveCapacity(text.utf8.count / 24)
        // Split on bytes: splitting the 850 KB text by Characters would walk grapheme clusters.
        for line in text.utf8.split(separator: 10, omittingEmptySubsequences: true) {
            let fields = line.split(separator: 9, omittingEmptySubsequences: false).map { Substring($0) }
            guard fields.count >= 5, let kindCharacter = fields[0].first,
                let kind = LexiconRowKind(rawValue: kindCharacter)
            else { continue }
            let entry = LexiconEntry(
                kind: kind, canonical: String(fields[2]), code: String(fields[3]), country: String(fields[4]),
                needsCapitals: false)
            add(surface: String(fields[1]), entry)
            if kind == .countryName, countryNames[entry.code] == nil { countryNames[entry.code] = entry.canonical }
        }
    }

    /// Adds one surface form. Short single-word forms ("US", "UN", "EU") only match when written in capitals.
    public mutating func add(surface: String, _ entry: LexiconEntry) {
        let keys = WordTokenizer.tokens(of: surface).map(\.key)
        guard !keys.isEmpty else { return }
        var entry = entry
        var letters = 0
        for byte in surface.utf8 where (byte | 0x20) >= 97 && (byte | 0x20) <= 122 || byte >= 128 { letters += 1 }
        entry.needsCapitals = keys.count == 1 && letters <= 3
        phrases.insert(keys, entry)
    }

    public mutating func setCountryName(_ name: String, for code: String) { countryNames[code] = name }
}
