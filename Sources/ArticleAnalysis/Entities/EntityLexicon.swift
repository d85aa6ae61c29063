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
    /// One pass over the bytes through a `Span` (no String per line or field; issue 17 keeps pointer code in
    /// `Text/`) finds the rows' fields and gathers the surfaces one a line, tokenized in one `WordTokenizer`
    /// call (a tokenizer call per row made three arrays and a String per row, most of what reading the rows
    /// cost); then each row is added with its share of those tokens. A canonical name, code or country equal
    /// to the previous row's shares its String: rows come grouped by entity, so most of the ~22,000 rows repeat
    /// the one before. Start-up and resident memory of the daemon both went mostly to this table.
    public init(rows text: String) { self.init(rows: text) { _, _ in } }

    /// `init(rows:)`, handing each row kind's surfaces' tokens (all of them at once, in row order) to
    /// `eachKind` as well: the name tagger's word classes OR a kind's bit into each word's entry, which no order
    /// changes, and one call per kind spares a token array per row.
    init(rows text: String, eachKind: (LexiconRowKind, WordTokens) -> Void) {
        phrases.reserveCapacity(text.utf8.count / 48)
        let bytes = text.utf8.span
        let (rows, all) = Self.tokenizedRows(bytes)
        // The previous row's Strings and the bytes they were made from (0..<0: "").
        var canonical = (text: "", bytes: 0..<0), code = (text: "", bytes: 0..<0), country = (text: "", bytes: 0..<0)
        var hashes: [UInt64] = []
        var kindTokens: [[WordToken]] = Array(repeating: [], count: Self.rowKinds.count)
        for row in rows {
            if !Self.same(bytes, canonical.bytes, row.canonical) {
                canonical = (String(utf8Bytes: bytes.extracting(row.canonical)), row.canonical)
            }
            if !Self.same(bytes, code.bytes, row.code) { code = (String(utf8Bytes: bytes.extracting(row.code)), row.code) }
            if !Self.same(bytes, country.bytes, row.country) {
                country = (String(utf8Bytes: bytes.extracting(row.country)), row.country)
            }
            let tokens = all.tokens[row.tokens]
            kindTokens[Self.number(row.kind)].append(contentsOf: tokens)
            // Emptied from the end: `removeAll(keepingCapacity:)` took the generic replace path.
            while !hashes.isEmpty { hashes.removeLast() }
            for token in tokens { hashes.append(token.hash) }
            add(
                surfaceBytes: bytes.extracting(row.surface), hashes: hashes,
                LexiconEntry(kind: row.kind, canonical: canonical.text, code: code.text, country: country.text, needsCapitals: false))
            if row.kind == .countryName, countryNames[code.text] == nil { countryNames[code.text] = canonical.text }
        }
        for (number, kind) in Self.rowKinds.enumerated() where !kindTokens[number].isEmpty {
            eachKind(kind, WordTokens(tokens: kindTokens[number], textBytes: all.textBytes, keyBytes: all.keyBytes))
        }
        phrases.shrinkToFit()
        phrases.filterContinuations()
    }

    private static let rowKinds: [LexiconRowKind] = [.countryName, .seatOfPower, .place, .organization, .person]

    /// The kind's position in `rowKinds`.
    private static func number(_ kind: LexiconRowKind) -> Int {
        switch kind {
        case .countryName: 0
        case .seatOfPower: 1
        case .place: 2
        case .organization: 3
        case .person: 4
        }
    }

    /// Whether two byte ranges of the rows hold the same bytes.
    @inline(__always)
    private static func same(_ bytes: Span<UInt8>, _ first: Range<Int>, _ second: Range<Int>) -> Bool {
        guard first.count == second.count else { return false }
        var index = 0
        while index < first.count {
            if bytes[first.lowerBound &+ index] != bytes[second.lowerBound &+ index] { return false }
            index &+= 1
        }
        return true
    }

    /// One row as the lexicon reads it: its kind, the byte ranges of its fields in the rows, and the range of
    /// its surface's tokens in the tokens of all surfaces.
    struct Row {
        var kind: LexiconRowKind
        var surface: Range<Int>
        var canonical: Range<Int>
        var code: Range<Int>
        var country: Range<Int>
        var tokens: Range<Int> = 0..<0
    }

    /// The rows with at least five fields and a known kind, in order, and the tokens of all their surfaces,
    /// tokenized together one a line (whitespace ends every token, so each surface splits as it does alone:
    /// `EntityLexiconRowsTests` checks every bundled row against its own `WordTokenizer.tokens(of:)`). The
    /// first five tab-separated fields are read; more are ignored.
    static func tokenizedRows(_ bytes: Span<UInt8>) -> (rows: [Row], tokens: WordTokens) {
        var rows: [Row] = []
        rows.reserveCapacity(bytes.count / 40)
        var surfaces: [UInt8] = []
        surfaces.reserveCapacity(bytes.count / 2)
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes.firstOffset(of: 10, from: lineStart, to: bytes.count)
            defer { lineStart = lineEnd &+ 1 }
            guard lineEnd > lineStart else { continue }
            var fields: (Range<Int>, Range<Int>, Range<Int>, Range<Int>, Range<Int>) = (0..<0, 0..<0, 0..<0, 0..<0, 0..<0)
            var fieldCount = 0
            var fieldStart = lineStart
            while fieldCount < 5 {
                let fieldEnd = bytes.firstOffset(of: 9, from: fieldStart, to: lineEnd)
                let range = fieldStart..<fieldEnd
                switch fieldCount {
                case 0: fields.0 = range
                case 1: fields.1 = range
                case 2: fields.2 = range
                case 3: fields.3 = range
                default: fields.4 = range
                }
                fieldCount &+= 1
                guard fieldEnd < lineEnd else { break }
                fieldStart = fieldEnd &+ 1
            }
            guard fieldCount >= 5, let kind = kind(bytes.extracting(fields.0)) else { continue }
            rows.append(Row(kind: kind, surface: fields.1, canonical: fields.2, code: fields.3, country: fields.4))
            surfaces.append(bytes: bytes.extracting(fields.1))
            surfaces.append(10)
        }
        let all = WordTokenizer.tokens(of: String(decoding: surfaces, as: UTF8.self))
        var next = 0
        var surfaceEnd = 0
        for index in rows.indices {
            surfaceEnd &+= rows[index].surface.count
            let first = next
            while next < all.tokens.count, all.tokens[next].textRange.lowerBound < surfaceEnd { next &+= 1 }
            surfaceEnd &+= 1
            rows[index].tokens = first..<next
        }
        return (rows, all)
    }

    /// The row kind named by a field: its first Character, as `LexiconRowKind`.
    private static func kind(_ field: Span<UInt8>) -> LexiconRowKind? {
        guard !field.isEmpty else { return nil }
        let first = field[0]
        if first < 0x80, field.count == 1 || field[1] < 0x80 {
            switch first {
            case UInt8(ascii: "C"): return .countryName
            case UInt8(ascii: "K"): return .seatOfPower
            case UInt8(ascii: "L"): return .place
            case UInt8(ascii: "O"): return .organization
            case UInt8(ascii: "P"): return .person
            default: return nil
            }
        }
        return String(utf8Bytes: field).first.flatMap { LexiconRowKind(rawValue: $0) }
    }

    /// Adds one surface form. Short single-word forms ("US", "UN", "EU") only match when written in capitals.
    public mutating func add(surface: String, _ entry: LexiconEntry) {
        add(surfaceBytes: surface.utf8.span, hashes: WordTokenizer.tokens(of: surface).map(\.hash), entry)
    }

    /// Adds a surface given as its bytes and their tokens' hashes.
    private mutating func add(surfaceBytes surface: Span<UInt8>, hashes: [UInt64], _ entry: consuming LexiconEntry) {
        guard !hashes.isEmpty else { return }
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
