/// The gazetteer of countries, capitals, places, organisations and people, parsed once from the generated
/// rows (EntityLexiconData.swift, made by scripts/generate-entity-lexicon.py from the Phoenix dictionaries
/// and iso-codes). Surfaces are tokenized with `WordTokenizer`, so lookups and the table agree on keys.
public struct EntityLexicon: Sendable {
    public private(set) var phrases = PhraseTable<LexiconEntry>()
    /// The first words of `phrases`, asked before it (a miss there costs cache misses; Text/FirstWordFilter).
    private var firstWords = FirstWordFilter(log2Bits: 18)
    /// Canonical country name by ISO alpha-3 code, for showing a country found through a capital or a person.
    public private(set) var countryNames: [String: String] = [:]

    /// The bundled lexicon.
    public static let standard = bundled.lexicon

    /// The bundled lexicon and the name tagger's word classes (`NameTagGazetteer.standard`), read in one pass:
    /// both tokenize every surface, and tokenizing is most of what reading the rows costs.
    static let bundled: (lexicon: EntityLexicon, wordClasses: NameTagGazetteer) = {
        var wordClasses = NameTagGazetteer()
        wordClasses.addWordLists()
        let lexicon = EntityLexicon(rows: rows) { kind, tokens in
            wordClasses.addNameWordsAfterWordLists(tokens, NameTagGazetteer.bit(kind))
        }
        return (lexicon, wordClasses)
    }()

    public init() {}

    /// Reads tab-separated rows `KIND surface canonical code country`; later rows override earlier ones.
    /// One pass over the bytes through a `Span` (no array of lines or fields; issue 17 keeps pointer code in
    /// `Text/`, so each surface is tokenized from a String made of its bytes), and a canonical name equal to
    /// the previous row's shares its storage: rows come grouped by entity, so most of the ~18,000 rows repeat
    /// the one before. Start-up and resident memory of the daemon both went mostly to this table.
    public init(rows text: String) { self.init(rows: text) { _, _ in } }

    /// `init(rows:)`, handing each row's kind and tokenized surface to `eachSurface` as well.
    init(rows text: String, eachSurface: (LexiconRowKind, WordTokens) -> Void) {
        phrases.reserveCapacity(text.utf8.count / 48)
        let bytes = text.utf8.span
        do {
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
                guard fieldCount >= 5, let kind = Self.kind(bytes.extracting(fields.0)) else { continue }
                let canonicalBytes = bytes.extracting(fields.2)
                if !Self.spells(previousCanonical, canonicalBytes) {
                    previousCanonical = String(utf8Bytes: canonicalBytes)
                }
                let entry = LexiconEntry(
                    kind: kind, canonical: previousCanonical, code: String(utf8Bytes: bytes.extracting(fields.3)),
                    country: String(utf8Bytes: bytes.extracting(fields.4)), needsCapitals: false)
                let surface = bytes.extracting(fields.1)
                let tokens = WordTokenizer.tokens(of: String(utf8Bytes: surface))
                eachSurface(kind, tokens)
                add(surfaceBytes: surface, tokens: tokens, entry)
                if kind == .countryName, countryNames[entry.code] == nil { countryNames[entry.code] = entry.canonical }
            }
        }
    }

    /// The row kind named by a field: its first Character, as `LexiconRowKind`.
    private static func kind(_ field: Span<UInt8>) -> LexiconRowKind? {
        guard !field.isEmpty else { return nil }
        let first = field[0]
        if first < 0x80, field.count == 1 || field[1] < 0x80 {
            return LexiconRowKind(rawValue: Character(Unicode.Scalar(first)))
        }
        return String(utf8Bytes: field).first.flatMap { LexiconRowKind(rawValue: $0) }
    }

    /// Whether `text`'s UTF-8 bytes are `bytes`.
    private static func spells(_ text: String, _ bytes: Span<UInt8>) -> Bool {
        guard text.utf8.count == bytes.count else { return false }
        var index = 0
        for byte in text.utf8 {
            if byte != bytes[index] { return false }
            index += 1
        }
        return true
    }

    /// Adds one surface form. Short single-word forms ("US", "UN", "EU") only match when written in capitals.
    public mutating func add(surface: String, _ entry: LexiconEntry) {
        add(surfaceBytes: surface.utf8.span, tokens: WordTokenizer.tokens(of: surface), entry)
    }

    /// Adds a surface given as its bytes and their tokens.
    private mutating func add(surfaceBytes surface: Span<UInt8>, tokens: WordTokens, _ entry: LexiconEntry) {
        let hashes = tokens.map(\.hash)
        guard !hashes.isEmpty else { return }
        var entry = entry
        var letters = 0
        for index in surface.indices {
            let byte = surface[index]
            if (byte | 0x20) >= 97 && (byte | 0x20) <= 122 || byte >= 128 { letters += 1 }
        }
        entry.needsCapitals = hashes.count == 1 && letters <= 3
        firstWords.insert(hashes[0])
        phrases.insert(hashes: hashes, entry)
    }

    /// Whether some phrase may start with the word `hash` (false: none does).
    @inline(__always)
    func mayStartPhrase(_ hash: UInt64) -> Bool { firstWords.mayContain(hash) }

    public mutating func setCountryName(_ name: String, for code: String) { countryNames[code] = name }
}
