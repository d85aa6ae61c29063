/// The VADER lexicon and rule words as one table of lowercase words, parsed once from the bundled text
/// (`VaderLexiconText`, `VaderEmojiText`) on first use. Each word has an id; per id the table says its
/// valence, whether it boosts or dampens, and whether it negates. A class: passed around per token, a
/// struct of a dozen arrays would be retained field by field.
final class VaderLexicon: Sendable {
    static let shared = VaderLexicon()

    let words: ByteKeyTable
    /// Lexicon valence per id; NaN for rule words that are not in the lexicon.
    let valence: [Double]
    /// `valence` plus the news supplement (`NewsToneLexicon`) for words VADER's lexicon lacks.
    let newsValence: [Double]
    /// Booster (+0.293) or dampener (−0.293) scalar per id; 0 when the word is neither.
    let booster: [Double]
    let isNegation: [Bool]
    /// Words the news tone reads beyond VADER: critical or hedging words and action words (`ActivityWords`).
    let isCritical: [Bool]
    let isActivity: [Bool]
    /// Emoji (one code point) → the English description VADER reads in its place.
    let emoji: [UInt32: String]
    /// One bit per code point below U+10000 that is an emoji key: news is full of typographic quotes and
    /// dashes, and hashing each into `emoji` was most of the emoji check's cost.
    private let basicPlaneEmoji: [UInt64]
    /// Special-case phrases and two-word dampeners, keyed by `phraseKey` of their word ids (a handful each:
    /// searched in order, cheaper than hashing).
    let specialCases: [(key: UInt64, value: Double)]
    let dampenerBigrams: [(key: UInt64, value: Double)]
    /// Whether a word occurs in any special-case phrase or two-word dampener (most words don't: the phrase
    /// checks are skipped for them).
    let isPhraseWord: [Bool]
    /// Per word id: the first word of a special-case phrase ("the" of "the bomb").
    let opensSpecialCase: [Bool]
    let ruleIDs: RuleWordIDs

    /// The ids of the words the rules test by identity.
    struct RuleWordIDs: Sendable {
        let no, or, nor, kind, of, but, least, at, very, never, so, this, without, doubt: Int32
    }

    init() {
        var entries: [String: (valence: Double, booster: Double, negation: Bool)] = [:]
        var order: [String] = []
        func entry(_ word: String) -> String {
            if entries[word] == nil {
                entries[word] = (.nan, 0, false)
                order.append(word)
            }
            return word
        }
        for line in VaderLexiconText.text.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t"), let value = Double(line[line.index(after: tab)...]) else { continue }
            entries[entry(String(line[..<tab]))]!.valence = value  // a repeated token keeps its last value
        }
        for word in VaderRules.boosters { entries[entry(word)]!.booster = VaderRules.boosterIncrement }
        for word in VaderRules.dampeners { entries[entry(word)]!.booster = VaderRules.boosterDecrement }
        for word in VaderRules.negations { entries[entry(word)]!.negation = true }
        let phraseWords = (VaderRules.specialCases.map(\.0) + VaderRules.dampenerBigrams).flatMap { $0.split(separator: " ") }
        for word in VaderRules.ruleWords + phraseWords.map(String.init) { _ = entry(word) }
        var supplement: [String: Double] = [:]
        for (word, value) in NewsToneLexicon.entries where entries[word]?.valence.isNaN ?? true {
            _ = entry(word)
            supplement[word] = value
        }

        for word in NewsToneModel.criticalWords.sorted() + ActivityWords.all { _ = entry(word) }
        let critical = NewsToneModel.criticalWords
        let activity = Set(ActivityWords.all)

        words = ByteKeyTable(keys: order.map { Array($0.utf8) })
        valence = order.map { entries[$0]!.valence }
        newsValence = order.map { supplement[$0] ?? entries[$0]!.valence }
        booster = order.map { entries[$0]!.booster }
        isNegation = order.map { entries[$0]!.negation }
        isCritical = order.map { critical.contains($0) }
        isActivity = order.map { activity.contains($0) }

        let table = words
        func ids(_ phrase: String) -> [Int32] { phrase.split(separator: " ").map { table.id(of: String($0)) } }
        specialCases = VaderRules.specialCases.map { (Self.phraseKey(ids($0.0)), $0.1) }
        dampenerBigrams = VaderRules.dampenerBigrams.map { (Self.phraseKey(ids($0)), VaderRules.boosterDecrement) }
        let phraseWordSet = Set(phraseWords.map(String.init))
        isPhraseWord = order.map { phraseWordSet.contains($0) }
        let openings = Set(VaderRules.specialCases.compactMap { $0.0.split(separator: " ").first.map(String.init) })
        opensSpecialCase = order.map { openings.contains($0) }
        func id(_ word: String) -> Int32 { table.id(of: word) }
        ruleIDs = RuleWordIDs(
            no: id("no"), or: id("or"), nor: id("nor"), kind: id("kind"), of: id("of"), but: id("but"),
            least: id("least"), at: id("at"), very: id("very"), never: id("never"), so: id("so"), this: id("this"),
            without: id("without"), doubt: id("doubt"))

        var emoji: [UInt32: String] = [:]
        for line in VaderEmojiText.text.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, let scalar = parts[0].unicodeScalars.first else { continue }
            emoji[scalar.value] = String(parts[1])
        }
        self.emoji = emoji
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for key in emoji.keys where key < 0x10000 { bits[Int(key >> 6)] |= 1 << (key & 63) }
        basicPlaneEmoji = bits
    }

    /// Whether the code point `value` is an emoji key.
    @inline(__always)
    func isEmoji(_ value: UInt32) -> Bool {
        value < 0x10000 ? basicPlaneEmoji[Int(value >> 6)] & (1 << (value & 63)) != 0 : emoji[value] != nil
    }

    /// A phrase of two or three word ids as one integer (ids below 2¹⁹; a missing third word is 0).
    static func phraseKey(_ ids: [Int32]) -> UInt64 {
        guard ids.allSatisfy({ $0 >= 0 }) else { return .max }
        return ids.reduce(UInt64(ids.count)) { ($0 << 20) | UInt64($1 + 1) }
    }

    @inline(__always)
    static func phraseKey(_ first: Int32, _ second: Int32) -> UInt64 {
        first < 0 || second < 0 ? .max - 1 : (((2 << 20) | UInt64(first + 1)) << 20) | UInt64(second + 1)
    }

    @inline(__always)
    static func phraseKey(_ first: Int32, _ second: Int32, _ third: Int32) -> UInt64 {
        guard first >= 0, second >= 0, third >= 0 else { return .max - 1 }
        return (((((3 << 20) | UInt64(first + 1)) << 20) | UInt64(second + 1)) << 20) | UInt64(third + 1)
    }
}
