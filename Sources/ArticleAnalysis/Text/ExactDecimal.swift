/// A decimal read as an integer of digits and a count of fraction digits, turned into a Double with one
/// division. Both operands are exact Doubles (digits below 2^53, powers of ten up to 10^22), so the quotient
/// is the correctly rounded value of the decimal: what `Double(String)` gives, and what a digit-by-digit
/// reading gives while its partial values stay exact. Shared by the bundled tables' byte parsers (the VADER
/// lexicon, the gazetteer's coordinates).
enum ExactDecimal {
    /// `digits` / 10^`fractionDigits`, negated when `negative`; nil when either is past what a Double holds
    /// exactly, and the caller must parse another way. (The power is multiplied up rather than read from a
    /// global table: the bundled values have a few fraction digits, and a global costs a once-check per call.)
    @inline(__always)
    static func value(digits: UInt64, fractionDigits: Int, negative: Bool) -> Double? {
        guard digits < 1 << 53, fractionDigits >= 0, fractionDigits <= 22 else { return nil }
        var scale = 1.0
        for _ in 0..<fractionDigits { scale *= 10 }
        let magnitude = Double(digits)
        return (negative ? -magnitude : magnitude) / scale
    }
}
