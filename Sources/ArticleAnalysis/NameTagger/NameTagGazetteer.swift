/// Which kinds of dictionary name each word occurs in, as a tagger feature: "Mughniyeh" is a word of a
/// person in the lexicon even where the full name is not written. Built from the entity lexicon's rows
/// (the same data the dictionary pass uses) and the words of GeoNames place names (cities of 15,000 people
/// and more, first-level divisions: `NameTagPlaceWords`), leaving out words the rules treat as common
/// (titles, organisation heads, function words), which would say nothing about a name.
public struct NameTagGazetteer: Sendable {
    /// Bit 0 person, bit 1 country or place, bit 2 organisation, by word `TokenHash`.
    private var classes: [UInt64: UInt8] = [:]
    /// High 32 bits of the `TokenHash` of every GeoNames place-name word, sorted (bit 3).
    private var placeWords: [UInt32] = []

    public static let standard = NameTagGazetteer(rows: EntityLexicon.rows, placeWords: NameTagPlaceWords.base64)

    public init(rows: String, placeWords: String = "") {
        let bytes = Base64.decode(placeWords)
        self.placeWords = stride(from: 0, to: bytes.count - 3, by: 4).map { offset in
            (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << UInt32(8 * $1) }
        }
        classes.reserveCapacity(24_000)
        for line in rows.split(separator: "\n") {
            guard let kind = line.first, let tab = line.firstIndex(of: "\t") else { continue }
            let bit: UInt8
            switch kind {
            case "P": bit = 1
            case "C", "K", "L": bit = 2
            case "O": bit = 4
            default: continue
            }
            let surface = line[line.index(after: tab)...].prefix { $0 != "\t" }
            let tokens = WordTokenizer.tokens(of: String(surface))
            for index in Self.nameWords(tokens) { classes[tokens[index].hash, default: 0] |= bit }
        }
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

    /// The kinds of name the word with this key hash appears in (0: none): bits 0–2 from the lexicon, bit 3
    /// a GeoNames place word.
    @inline(__always) public func classes(of hash: UInt64) -> UInt8 {
        var found = classes[hash] ?? 0
        if isPlaceWord(UInt32(truncatingIfNeeded: hash >> 32)) { found |= 8 }
        return found
    }

    @inline(__always) private func isPlaceWord(_ key: UInt32) -> Bool {
        var low = 0, high = placeWords.count
        while low < high {
            let middle = (low + high) / 2
            if placeWords[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < placeWords.count && placeWords[low] == key
    }

    /// The sorted, distinct high 32 bits of the words of `names`, little-endian (the generated resource).
    public static func placeWordBytes(_ names: some Sequence<String>) -> [UInt8] {
        var keys = Set<UInt32>()
        for name in names {
            let tokens = WordTokenizer.tokens(of: name)
            for index in nameWords(tokens) { keys.insert(UInt32(truncatingIfNeeded: tokens[index].hash >> 32)) }
        }
        return keys.sorted().flatMap { key in (0..<4).map { UInt8(truncatingIfNeeded: key >> UInt32(8 * $0)) } }
    }

    public var count: Int { classes.count }
}
