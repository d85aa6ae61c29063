/// The one place that decides whether a four-digit number is a year. Amounts and dates both ask it, so a
/// number is never both a year and a count ("in 2016" is a year; "$2016", "2016 percent" and
/// "Russia sent 1500 troops" are not).
enum YearRule {
    /// Years news writes about; four-digit numbers outside this range are ordinary numbers.
    static let plausibleYears = 1000...2099

    static func isYear(_ tokens: [FactToken], at index: Int) -> Bool {
        let token = tokens[index]
        guard token.isPlainInteger, token.integerDigits == 4, plausibleYears.contains(Int(token.value)) else { return false }
        if index + 1 < tokens.count {
            let next = tokens[index + 1]
            if next.kind == .word, !next.spaceBefore { return false }  // "1990s", "2000mAh": not a plain year
            if next.kind == .percentSign { return false }
            if next.kind == .word, QuantityLexicon.scales[next.key] != nil || QuantityLexicon.percentWords.contains(next.key)
                || QuantityLexicon.currencyWords[next.key] != nil
            {
                return false
            }
        }
        if index > 0 {
            let previous = tokens[index - 1]
            if previous.kind == .currency { return false }
            if !token.spaceBefore, previous.kind == .word { return false }  // "A2000"
            if !token.spaceBefore, previous.kind == .dash, !previous.spaceBefore, index > 1, tokens[index - 2].kind == .word,
                !CalendarLexicon.yearPrefixes.contains(tokens[index - 2].key)
            {
                return false  // "F-2000", but "mid-2023" stays a year
            }
        }
        return !countsNoun(tokens, at: index)
    }

    /// "Russia sent 1500 troops": a plural noun right after, and a lower-case word before that is not a date
    /// word ("in", "the"): "Black Friday 2019 deals" and "the 2022 elections" keep their year.
    private static func countsNoun(_ tokens: [FactToken], at index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count else { return false }
        let previous = tokens[index - 1]
        guard previous.kind == .word, !previous.capitalized, !CalendarLexicon.yearCues.contains(previous.key),
            CalendarLexicon.months[previous.key] == nil
        else { return false }
        let next = tokens[index + 1]
        return next.kind == .word && !next.capitalized && CountNoun.isPlural(next, in: tokens)
    }
}
