/// Finds absolute dates in one sentence by walking its tokens once: "February 23, 2023", "23 February 2023",
/// "Thursday, February 23", "September 2015", "April and October 2024", "2022", "mid-2023", "the 1990s",
/// "2023-02-23". Bare weekdays and relative phrases ("last week") are not absolute and are left out.
struct DateScanner {
    private var tokens: [FactToken] = []
    private var found: [Found] = []

    init() {}

    /// One date before its text is cut out: token span and parts.
    private struct Found {
        var first: Int
        var last: Int
        var granularity: DateMention.Granularity
        var year: Int?
        var month: Int?
        var day: Int?
        var weekday: Int?
    }

    /// The dates of sentence `sentenceIndex` of `table`, its tokens read from the table's rows.
    /// `cache`: the document's fact tokens, which the quote and amount stages may have split already.
    mutating func scan(
        _ table: TokenTable, sentence sentenceIndex: Int, cache: inout FactTokenCache, into mentions: inout [DateMention]
    ) {
        let text = table.sentences[sentenceIndex].textBytes
        let bytes = text.span
        guard Self.mayContainDate(bytes) else { return }
        cache.factTokens(ofSentence: sentenceIndex, in: table, into: &tokens)
        found.removeAll(keepingCapacity: true)
        var position = 0
        while position < tokens.count {
            position = match(at: position) ?? position + 1
        }
        for date in found {
            mentions.append(DateMention(
                text: bytes.decoded(tokens[date.first].start..<tokens[date.last].end),
                granularity: date.granularity, year: date.year, month: date.month, day: date.day,
                weekday: date.weekday, sentence: sentenceIndex))
        }
    }

    /// A date needs a digit or a capitalised month name; most sentences have neither and skip the tokenizer.
    /// The check: digits, or a capital starting one of the twelve three-letter month stems. Eight bytes at a time first (`skippingWords`): a word with no ASCII digit or capital, nearly every
    /// word of running text, is stepped over whole; the byte rules run from the first word that has one,
    /// for its eight bytes. The skipped bytes hold no digit and no capital, so no rule could fire there.
    static func mayContainDate(_ bytes: Span<UInt8>) -> Bool {
        // The stems read once per sentence, not through their global's once-check at every capital.
        let stems = monthStems, initials = monthInitials
        var index = 0
        while index < bytes.count {
            index = bytes.skippingWords(from: index) { !hasDigitOrCapital($0) }
            let end = min(index + 8, bytes.count)
            while index < end {
                if startsDate(bytes, at: index, stems: stems, initials: initials) { return true }
                index += 1
            }
        }
        return false
    }

    /// Whether any byte of `word` lies in 0x30…0x5A (the digits, the capitals and the few marks between
    /// them): a true "no" for a word of lower-case letters, blanks, punctuation and non-ASCII bytes.
    @inline(__always)
    private static func hasDigitOrCapital(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let lows = word & (ones &* 0x7F)
        // Per byte below 0x80: (0x7F + 0x5B − low) has its high bit when low < 0x5B, (low + 0x7F − 0x2F)
        // when low > 0x2F; a byte of 0x80 or more is masked out by ~word.
        return ((ones &* (0x7F + 0x5B)) &- lows) & ~word & (lows &+ (ones &* (0x7F - 0x2F))) & (ones &* 0x80) != 0
    }

    /// A digit, or a capital at a word's start beginning one of the twelve month stems. `initials`: a bit
    /// per capital that starts a stem, so most capitals (names, sentence starts) skip the stem search.
    @inline(__always)
    private static func startsDate(_ bytes: Span<UInt8>, at index: Int, stems: [UInt32], initials: UInt32) -> Bool {
        let byte = bytes[index]
        if byte &- UInt8(ascii: "0") < 10 { return true }
        let capital = byte &- UInt8(ascii: "A")
        if capital < 26, initials & (1 &<< UInt32(capital)) != 0, index + 2 < bytes.count,
            index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == UInt8(ascii: "-"),
            stems.contains(UInt32(byte) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]))
        {
            return true
        }
        return false
    }

    /// Bit `c - "A"` set for each capital `c` that starts a month stem.
    private static let monthInitials: UInt32 = monthStems.reduce(0) { $0 | 1 &<< (($1 >> 16) &- UInt32(UInt8(ascii: "A"))) }

    /// Twelve packed stems, searched in order: a `Set` hashed each capital's three bytes with SipHash.
    private static let monthStems: [UInt32] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map { stem in
            stem.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        }

    /// Records what starts at `index` and returns the index after it, or nil when nothing does.
    private mutating func match(at index: Int) -> Int? {
        let token = tokens[index]
        switch token.kind {
        case .word where token.capitalized:
            if let weekday = CalendarLexicon.weekdays[token.key] { return weekdayDate(at: index, weekday: weekday) }
            if CalendarLexicon.months[token.key] != nil { return monthFirst(at: index, cued: hasMonthCue(before: index)) }
            return nil
        case .number:
            return isoDate(at: index) ?? dayFirst(at: index, weekday: nil, first: index) ?? decade(at: index) ?? year(at: index)
        default:
            return nil
        }
    }

    /// "Thursday, February 23", "Thursday 23 February 2023": a weekday alone is relative and skipped.
    private mutating func weekdayDate(at index: Int, weekday: Int) -> Int? {
        var next = index + 1
        if next < tokens.count, tokens[next].byte == UInt8(ascii: ",") { next += 1 }
        guard next < tokens.count else { return nil }
        if tokens[next].kind == .number { return dayFirst(at: next, weekday: weekday, first: index) }
        guard tokens[next].capitalized, CalendarLexicon.months[tokens[next].key] != nil else { return nil }
        let before = found.count
        guard let end = monthFirst(at: next, cued: false, requireDay: true), found.count > before else { return nil }
        found[before].first = index
        found[before].weekday = weekday
        return end
    }

    /// "February 23", "February 23, 2023", "Feb. 23rd", "September 2015", "April and October 2024", "in May".
    private mutating func monthFirst(at index: Int, cued: Bool, requireDay: Bool = false) -> Int? {
        guard let month = CalendarLexicon.months[tokens[index].key] else { return nil }
        let isFullName = CalendarLexicon.fullMonthNames.contains(tokens[index].key)
        var next = index + 1
        if !isFullName {
            guard next < tokens.count, tokens[next].byte == UInt8(ascii: "."), !tokens[next].spaceBefore else { return nil }
            next += 1  // "Feb."
        }
        if let (day, afterDay) = dayNumber(at: next), CivilDate(year: 2000, month: month, day: day).isValid {
            var last = afterDay - 1
            var year: Int?
            var yearIndex = afterDay
            if yearIndex < tokens.count, tokens[yearIndex].byte == UInt8(ascii: ",") { yearIndex += 1 }
            if let found = yearNumber(at: yearIndex), CivilDate(year: found, month: month, day: day).isValid {
                year = found
                last = yearIndex
            }
            self.found.append(Found(first: index, last: last, granularity: .day, year: year, month: month, day: day))
            return last + 1
        }
        if requireDay { return nil }
        if let (year, last) = yearAfterMonth(from: next) {
            found.append(Found(first: index, last: last, granularity: .month, year: year, month: month))
            return last + 1
        }
        // "April and October 2024": the months share the year that closes the list.
        if let (months, year, last) = monthList(from: index) {
            for (position, listedMonth) in months {
                let isLast = position == months.last?.0
                found.append(Found(first: position, last: isLast ? last : position, granularity: .month, year: year, month: listedMonth))
            }
            return last + 1
        }
        guard cued, isFullName else { return nil }
        found.append(Found(first: index, last: index, granularity: .month, month: month))
        return index + 1
    }

    /// A year after a month: "September 2015", "September, 2015", "September of 2015".
    private func yearAfterMonth(from index: Int) -> (Int, Int)? {
        var next = index
        if next < tokens.count, tokens[next].byte == UInt8(ascii: ",") || tokens[next].key == CalendarLexicon.of { next += 1 }
        guard let year = yearNumber(at: next) else { return nil }
        return (year, next)
    }

    /// Months joined by "and", "or" or commas, closed by a year: [(token index, month)], the year, its index.
    private func monthList(from index: Int) -> ([(Int, Int)], Int, Int)? {
        var months: [(Int, Int)] = []
        var position = index
        while position < tokens.count, tokens[position].capitalized,
            CalendarLexicon.fullMonthNames.contains(tokens[position].key), let month = CalendarLexicon.months[tokens[position].key]
        {
            months.append((position, month))
            if let (year, last) = yearAfterMonth(from: position + 1) {
                return months.count > 1 ? (months, year, last) : nil
            }
            var next = position + 1
            if next < tokens.count, tokens[next].byte == UInt8(ascii: ",") { next += 1 }
            if next < tokens.count, tokens[next].key == CalendarLexicon.and || tokens[next].key == CalendarLexicon.or { next += 1 }
            guard next > position + 1 else { return nil }
            position = next
        }
        return nil
    }

    /// "23 February 2023", "23rd of February", "Thursday 23 February".
    private mutating func dayFirst(at index: Int, weekday: Int?, first: Int) -> Int? {
        guard let (day, afterDay) = dayNumber(at: index) else { return nil }
        var next = afterDay
        if next < tokens.count, tokens[next].key == CalendarLexicon.of { next += 1 }
        guard next < tokens.count, tokens[next].capitalized, CalendarLexicon.fullMonthNames.contains(tokens[next].key),
            let month = CalendarLexicon.months[tokens[next].key], CivilDate(year: 2000, month: month, day: day).isValid
        else { return nil }
        var last = next
        var year: Int?
        var yearIndex = next + 1
        if yearIndex < tokens.count, tokens[yearIndex].byte == UInt8(ascii: ",") { yearIndex += 1 }
        if let found = yearNumber(at: yearIndex), CivilDate(year: found, month: month, day: day).isValid {
            year = found
            last = yearIndex
        }
        found.append(Found(first: first, last: last, granularity: .day, year: year, month: month, day: day, weekday: weekday))
        return last + 1
    }

    /// "2023-02-23" (glued hyphens).
    private mutating func isoDate(at index: Int) -> Int? {
        guard index + 4 < tokens.count, tokens[index].isPlainInteger, tokens[index].integerDigits == 4,
            YearRule.plausibleYears.contains(Int(tokens[index].value))
        else { return nil }
        for offset in 1...4 where tokens[index + offset].spaceBefore { return nil }
        guard tokens[index + 1].kind == .dash, tokens[index + 3].kind == .dash, tokens[index + 1].end - tokens[index + 1].start == 1,
            tokens[index + 2].isPlainInteger, tokens[index + 2].integerDigits == 2,
            tokens[index + 4].isPlainInteger, tokens[index + 4].integerDigits == 2
        else { return nil }
        let date = CivilDate(year: Int(tokens[index].value), month: Int(tokens[index + 2].value), day: Int(tokens[index + 4].value))
        guard date.isValid else { return nil }
        found.append(Found(first: index, last: index + 4, granularity: .day, year: date.year, month: date.month, day: date.day))
        return index + 5
    }

    /// "1990s", "the 1960s and 1970s".
    private mutating func decade(at index: Int) -> Int? {
        let token = tokens[index]
        guard token.isPlainInteger, token.integerDigits == 4, Int(token.value) % 10 == 0,
            YearRule.plausibleYears.contains(Int(token.value)), index + 1 < tokens.count,
            !tokens[index + 1].spaceBefore, tokens[index + 1].key == WordKey("s")
        else { return nil }
        found.append(Found(first: index, last: index + 1, granularity: .decade, year: Int(token.value)))
        return index + 2
    }

    /// A year on its own, with a glued "mid-"/"early-" prefix kept in the text.
    private mutating func year(at index: Int) -> Int? {
        guard YearRule.isYear(tokens, at: index) else { return nil }
        var first = index
        if index >= 2, !tokens[index].spaceBefore, tokens[index - 1].kind == .dash,
            CalendarLexicon.yearPrefixes.contains(tokens[index - 2].key)
        {
            first = index - 2
        }
        found.append(Found(first: first, last: index, granularity: .year, year: Int(tokens[index].value)))
        return index + 1
    }

    /// A day of the month: 1–31 written with one or two digits, with a glued "st"/"nd"/"rd"/"th".
    private func dayNumber(at index: Int) -> (Int, Int)? {
        guard index < tokens.count, tokens[index].isPlainInteger, tokens[index].integerDigits <= 2,
            (1...31).contains(Int(tokens[index].value))
        else { return nil }
        var next = index + 1
        if next < tokens.count, !tokens[next].spaceBefore, tokens[next].kind == .word {
            guard Self.ordinalSuffixes.contains(tokens[next].key) else { return nil }
            next += 1
        }
        if next < tokens.count, !tokens[next].spaceBefore, tokens[next].kind == .number || tokens[next].kind == .dash {
            return nil  // "23-25", "1/2"
        }
        return (Int(tokens[index].value), next)
    }

    /// A year right after a month or day: four digits in range, not money or a count.
    private func yearNumber(at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .number, YearRule.isYear(tokens, at: index) else { return nil }
        return Int(tokens[index].value)
    }

    private func hasMonthCue(before index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = tokens[index - 1]
        if previous.kind == .dash, index > 1 { return CalendarLexicon.yearPrefixes.contains(tokens[index - 2].key) }
        return previous.kind == .word && CalendarLexicon.monthCues.contains(previous.key)
    }

    private static let ordinalSuffixes = WordSet(["st", "nd", "rd", "th"])
}
