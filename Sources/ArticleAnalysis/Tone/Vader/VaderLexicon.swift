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
    /// Emoji (one code point) → the English description VADER reads in its place.
    let emoji: [UInt32: String]
    /// One bit per code point below U+10000 that is an emoji key: news is full of typographic quotes and
    /// dashes, and hashing each into `emoji` was most of the emoji check's cost.
    private let basicPlaneEmoji: [UInt64]
    /// Special-case phrases and two-word dampeners, keyed by `phraseKey` of their word ids (a handful each:
    /// searched in order, cheaper than hashing).
    let specialCases: [(key: UInt64, value: Double)]
    let dampenerBigrams: [(key: UInt64, value: Double)]
    /// Per word id: the first word of a special-case phrase ("the" of "the bomb").
    let opensSpecialCase: [Bool]
    let ruleIDs: RuleWordIDs
    /// Per word id, what the rules ask of the word most often, in one byte each token carries
    /// (`VaderTokens.Token.traits`): a pass over a sentence tests the token, not four tables of 8 K entries.
    let traits: [Traits]

    /// The facts of a word the per-token loops test, as bits.
    struct Traits: OptionSet, Sendable, Equatable {
        let rawValue: UInt8
        /// A VADER lexicon valence (`valence` is not NaN).
        static let valence = Traits(rawValue: 1)
        /// A valence with the news supplement (`newsValence` is not NaN).
        static let newsValence = Traits(rawValue: 2)
        /// A booster or dampener (`booster` is not 0).
        static let booster = Traits(rawValue: 4)
        /// Words the news tone reads beyond VADER: critical or hedging words and action words (`ActivityWords`).
        static let critical = Traits(rawValue: 8)
        static let activity = Traits(rawValue: 16)
        /// The word occurs in a special-case phrase or two-word dampener (most words don't: the phrase checks
        /// are skipped for them).
        static let phraseWord = Traits(rawValue: 32)
    }

    /// The ids of the words the rules test by identity.
    struct RuleWordIDs: Sendable {
        let no, or, nor, kind, of, but, least, at, very, never, so, this, without, doubt: Int32
    }

    init() {
        // The words in first-seen order (a word's id is its index), parsed on the bytes: a `[String: …]`
        // dictionary and a Character-level `split` of 7,500 lines were nearly all of the lexicon's first use.
        var words = ByteInterner()
        var valence: [Double] = []
        var booster: [Double] = []
        var isNegation: [Bool] = []
        valence.reserveCapacity(8192)
        booster.reserveCapacity(8192)
        isNegation.reserveCapacity(8192)
        func entry(_ id: Int) -> Int {
            if id == valence.count {
                valence.append(.nan)
                booster.append(0)
                isNegation.append(false)
            }
            return id
        }
        let lexicon = Array(VaderLexiconText.text.utf8)
        Self.forEachLine(of: lexicon) { start, end in
            guard let tab = lexicon[start..<end].firstIndex(of: 9),
                let value = Self.decimal(lexicon[(tab + 1)..<end])
            else { return }
            valence[entry(words.intern(lexicon[start..<tab]))] = value  // a repeated token keeps its last value
        }
        for word in VaderRules.boosters { booster[entry(words.intern(word))] = VaderRules.boosterIncrement }
        for word in VaderRules.dampeners { booster[entry(words.intern(word))] = VaderRules.boosterDecrement }
        for word in VaderRules.negations { isNegation[entry(words.intern(word))] = true }
        let phraseWords = (VaderRules.specialCases.map(\.0) + VaderRules.dampenerBigrams).flatMap { $0.split(separator: " ") }
        for word in VaderRules.ruleWords + phraseWords.map(String.init) { _ = entry(words.intern(word)) }
        var supplement: [(id: Int, value: Double)] = []
        for (word, value) in NewsToneLexicon.entries where words.id(of: word).map({ valence[$0].isNaN }) ?? true {
            supplement.append((entry(words.intern(word)), value))
        }
        let critical = NewsToneModel.criticalWords.sorted().map { entry(words.intern($0)) }
        let activity = ActivityWords.all.map { entry(words.intern($0)) }
        let phraseIDs = phraseWords.map { entry(words.intern(String($0))) }
        let openings = VaderRules.specialCases.compactMap { $0.0.split(separator: " ").first.map { entry(words.intern(String($0))) } }
        func flags(_ ids: [Int]) -> [Bool] {
            var flags = [Bool](repeating: false, count: words.count)
            for id in ids { flags[id] = true }
            return flags
        }

        let table = ByteKeyTable(keys: words.keys)
        self.words = table
        self.valence = valence
        var newsValence = valence
        for (id, value) in supplement { newsValence[id] = value }
        self.newsValence = newsValence
        self.booster = booster
        self.isNegation = isNegation

        func ids(_ phrase: String) -> [Int32] { phrase.split(separator: " ").map { table.id(of: String($0)) } }
        specialCases = VaderRules.specialCases.map { (Self.phraseKey(ids($0.0)), $0.1) }
        dampenerBigrams = VaderRules.dampenerBigrams.map { (Self.phraseKey(ids($0)), VaderRules.boosterDecrement) }
        opensSpecialCase = flags(openings)
        var traits = [Traits](repeating: [], count: valence.count)
        for id in traits.indices {
            if !valence[id].isNaN { traits[id].insert(.valence) }
            if !newsValence[id].isNaN { traits[id].insert(.newsValence) }
            if booster[id] != 0 { traits[id].insert(.booster) }
        }
        for id in critical { traits[id].insert(.critical) }
        for id in activity { traits[id].insert(.activity) }
        for id in phraseIDs { traits[id].insert(.phraseWord) }
        self.traits = traits
        func id(_ word: String) -> Int32 { table.id(of: word) }
        ruleIDs = RuleWordIDs(
            no: id("no"), or: id("or"), nor: id("nor"), kind: id("kind"), of: id("of"), but: id("but"),
            least: id("least"), at: id("at"), very: id("very"), never: id("never"), so: id("so"), this: id("this"),
            without: id("without"), doubt: id("doubt"))

        var emoji: [UInt32: String] = [:]
        let emojiText = Array(VaderEmojiText.text.utf8)
        Self.forEachLine(of: emojiText) { start, end in
            // "emoji TAB description": both sides non-empty, the emoji's first code point the key.
            guard let tab = emojiText[start..<end].firstIndex(of: 9), tab > start, tab + 1 < end else { return }
            var bytes = emojiText[start..<tab].makeIterator()
            var decoder = UTF8()
            guard case let .scalarValue(scalar) = decoder.decode(&bytes) else { return }
            emoji[scalar.value] = String(decoding: emojiText[(tab + 1)..<end], as: UTF8.self)
        }
        self.emoji = emoji
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for key in emoji.keys where key < 0x10000 { bits[Int(key >> 6)] |= 1 << (key & 63) }
        basicPlaneEmoji = bits
    }

    /// Calls `body` with the bounds of each non-empty line of `text` (lines end at "\n").
    private static func forEachLine(of text: [UInt8], _ body: (Int, Int) -> Void) {
        var start = 0
        while start < text.count {
            let end = text[start...].firstIndex(of: 10) ?? text.count
            if end > start { body(start, end) }
            start = end + 1
        }
    }

    /// The number a lexicon value spells, as `Double(String)` reads it. The lexicon writes "-1.5", "2.0",
    /// which `Text/ExactDecimal` turns into the same Double with one division; any other form goes to that
    /// parse.
    static func decimal(_ text: ArraySlice<UInt8>) -> Double? {
        var index = text.startIndex
        let negative = index < text.endIndex && text[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var digits: UInt64 = 0
        var count = 0
        var fraction = -1
        while index < text.endIndex {
            let byte = text[index]
            if byte == UInt8(ascii: "."), fraction < 0 {
                fraction = 0
            } else if byte &- UInt8(ascii: "0") < 10, count < 15 {
                digits = digits * 10 + UInt64(byte &- UInt8(ascii: "0"))
                count += 1
                if fraction >= 0 { fraction += 1 }
            } else {
                return Double(String(decoding: text, as: UTF8.self))
            }
            index += 1
        }
        guard fraction > 0, count > fraction,
              let value = ExactDecimal.value(digits: digits, fractionDigits: fraction, negative: negative)
        else { return Double(String(decoding: text, as: UTF8.self)) }
        return value
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
