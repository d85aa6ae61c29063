/// Which kinds of dictionary name each word occurs in, as a tagger feature: "Mughniyeh" is a word of a
/// person in the lexicon even where the full name is not written. Built from the entity lexicon's rows
/// (the same data the dictionary pass uses), leaving out words the rules treat as common (titles,
/// organisation heads, function words), which would say nothing about a name. GeoNames place names are
/// the places stage's `Gazetteer`, read by `NameTagPlaceMatches`.
public struct NameTagGazetteer: Sendable {
    /// Bits of `classes(of:)`.
    public static let person: UInt8 = 1, place: UInt8 = 2, organization: UInt8 = 4
    public static let title: UInt8 = 16, organizationHead: UInt8 = 32, commonWord: UInt8 = 64, particle: UInt8 = 128
    /// The name kinds (the gazetteer feature's value).
    public static let nameKinds: UInt8 = 7

    /// Open addressing by the word hash's high 32 bits: the key in the high half of a slot, the bits in its
    /// low byte (0 = empty). One probe answers every word list the features ask about; a word taken for
    /// another with the same 32 bits is about n / 2³² likely.
    private var slots: [UInt64]
    private var shift: UInt64
    public private(set) var count = 0

    /// Read in the entity lexicon's own pass over its rows (`EntityLexicon.bundled`), which tokenizes every
    /// surface anyway: tokenizing the 22,000 surfaces a second time was a sixth of the entity stage's start-up.
    public static let standard = EntityLexicon.bundled.wordClasses

    public init(rows: String) {
        self.init()
        // Byte by byte over the rows (kind, tab, surface, tab, …) through a `Span` (issue 17): this runs at
        // start-up, and splitting 22,000 lines into Strings cost several times the tokenizing.
        let bytes = rows.utf8.span
        do {
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                var tab = lineStart
                while tab < lineEnd, bytes[tab] != 9 { tab += 1 }
                guard tab > lineStart, tab < lineEnd else { continue }
                let bit: UInt8
                switch bytes[lineStart] {
                case UInt8(ascii: "P"): bit = Self.person
                case UInt8(ascii: "C"), UInt8(ascii: "K"), UInt8(ascii: "L"): bit = Self.place
                case UInt8(ascii: "O"): bit = Self.organization
                default: continue
                }
                var surfaceEnd = tab + 1
                while surfaceEnd < lineEnd, bytes[surfaceEnd] != 9 { surfaceEnd += 1 }
                addNameWords(WordTokenizer.tokens(of: String(utf8Bytes: bytes.extracting((tab + 1)..<surfaceEnd))), bit)
            }
        }
        addWordLists()
    }

    /// An empty table: `addNameWords` for each lexicon surface, then `addWordLists` once.
    init() {
        // 2¹⁶ slots (512 KB) for ~23,000 words: a third full, so a probe that finds nothing still stops within
        // its cache line or the next, and half the footprint of 2¹⁷ in the caches the other stages share.
        slots = Array(repeating: 0, count: 1 << 16)
        shift = 64 - 16
    }

    /// The bit of the name kind a lexicon row of `kind` gives its words.
    static func bit(_ kind: LexiconRowKind) -> UInt8 {
        switch kind {
        case .person: person
        case .countryName, .seatOfPower, .place: place
        case .organization: organization
        }
    }

    /// Files the name words of one lexicon surface (its tokens) under `bit`.
    mutating func addNameWords(_ tokens: WordTokens, _ bit: UInt8) {
        for index in Self.nameWords(tokens) { add(key: Self.key(tokens[index].hash), bit) }
    }

    /// `addNameWords` once `addWordLists` has run: a word of the lists is told by the bits this table already
    /// holds for it, one probe per token instead of five set look-ups (the bundled rows give the same table
    /// as `init(rows:)`; a test compares them).
    mutating func addNameWordsAfterWordLists(_ tokens: WordTokens, _ bit: UInt8) {
        let lists = Self.title | Self.organizationHead | Self.commonWord | Self.particle
        for index in tokens.indices where tokens[index].isWord && tokens[index].keyLength > 1 {
            let key = Self.key(tokens[index].hash)
            if classes(ofKey: key) & lists == 0 { add(key: key, bit) }
        }
    }

    /// The closed word lists (titles, organisation heads, common words, particles): after the surfaces in
    /// `init(rows:)`, before them with `addNameWordsAfterWordLists`.
    mutating func addWordLists() {
        for (set, bit) in [
            (NameWords.titles, Self.title), (NameWords.organizationHeads, Self.organizationHead),
            (NameWords.notNames, Self.commonWord), (NameWords.nameParticles, Self.particle),
            (NameWords.organizationConnectors, Self.particle),
        ] {
            for hash in set.keyHashes { add(key: Self.key(hash), bit) }
        }
    }

    @inline(__always) static func key(_ hash: UInt64) -> UInt32 { max(1, UInt32(truncatingIfNeeded: hash >> 32)) }

    private mutating func add(key: UInt32, _ bit: UInt8) {
        let mask = slots.count - 1
        var slot = Int((UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while slots[slot] != 0 {
            if UInt32(truncatingIfNeeded: slots[slot] >> 32) == key {
                slots[slot] |= UInt64(bit)
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = UInt64(key) << 32 | UInt64(bit)
        count += 1
        precondition(count * 2 < slots.count, "NameTagGazetteer: table too small")
    }

    /// The tokens of a name that say something about it: words of two letters or more that are not
    /// titles, organisation heads, connectors or capitalised function words.
    public static func nameWords(_ tokens: WordTokens) -> [Int] {
        tokens.indices.filter { index in
            tokens[index].isWord && tokens[index].keyLength > 1 && !NameWords.notNames.contains(tokens, index)
                && !NameWords.titles.contains(tokens, index) && !NameWords.organizationHeads.contains(tokens, index)
                && !NameWords.organizationConnectors.contains(tokens, index) && !NameWords.nameParticles.contains(tokens, index)
        }
    }

    /// Every word's key and bits, in key order (for comparing two tables).
    var storedEntries: [UInt64] { slots.filter { $0 != 0 }.sorted() }

    /// The word lists the word with this `TokenHash` is in (the bits above; 0: none).
    @inline(__always) public func classes(of hash: UInt64) -> UInt8 { classes(ofKey: Self.key(hash)) }

    @inline(__always) private func classes(ofKey key: UInt32) -> UInt8 {
        let mask = slots.count - 1
        var slot = Int((UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let stored = slots[slot]
            if stored == 0 { return 0 }
            if UInt32(truncatingIfNeeded: stored >> 32) == key { return UInt8(truncatingIfNeeded: stored) }
            slot = (slot + 1) & mask
        }
    }
}
