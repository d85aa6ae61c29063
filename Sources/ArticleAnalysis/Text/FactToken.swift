/// One token of a sentence as the amount and date scanners see it: where it is in the sentence's UTF-8
/// bytes, what kind it is, and the little each scanner needs (a word's key, a number's value).
struct FactToken: Sendable, Equatable {
    enum Kind: UInt8, Sendable, Equatable {
        case word, number, currency, percentSign, dash, punctuation
    }

    var kind: Kind
    /// Byte offsets into the sentence's UTF-8.
    var start: Int
    var end: Int
    /// Whitespace (or the sentence start) comes right before this token: "mid-2023" has none before "2023".
    var spaceBefore: Bool
    /// Words: the first letter is an upper-case ASCII letter.
    var capitalized = false
    /// Words: every letter is an upper-case ASCII letter ("USD", "UN").
    var upperCase = false
    /// Words: the case-folded lexicon key (`.none` for long or non-ASCII words).
    var key = WordKey.none
    /// Words: ends like an English plural ("troops"; see `FactTokenizer.looksPlural`).
    var looksPlural = false
    /// Numbers: the value ("2,000" → 2000, "12.5" → 12.5).
    var value: Double = 0
    /// Numbers: digits before any decimal point, and whether a thousands comma or a decimal point was seen.
    var integerDigits = 0
    var hasGrouping = false
    var hasFraction = false
    /// Currency symbols: index into `currencyCodes`. Punctuation: the ASCII byte, or 0 for non-ASCII marks.
    /// Small integers rather than strings keep the token a plain value (no reference counting per token).
    var currency: UInt8 = 0
    var byte: UInt8 = 0

    /// ISO 4217 codes of the symbols the tokenizer knows: $ £ ¥ € ₹ ₽ ₺ ₩ ₪.
    static let currencyCodes = ["USD", "GBP", "JPY", "EUR", "INR", "RUB", "TRY", "KRW", "ILS"]
    var currencyCode: String { Self.currencyCodes[Int(currency)] }

    var isPlainInteger: Bool { kind == .number && !hasGrouping && !hasFraction }
}
