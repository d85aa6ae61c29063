/// Gives a year to a day or month the text names without one ("Thursday, February 23"), using the
/// article's publication date: of the candidate years around it, the one that puts the date nearest to
/// publication, and that matches the weekday when one is named. Used only when `published` is known.
struct PublicationAnchor: Sendable {
    let published: CivilDate

    /// Reads "2023-02-25", "2023-02-25T10:00:00Z", or a date written out (`looseDate`).
    init?(published text: String?) {
        guard let text else { return nil }
        let bytes = Array(text.utf8.prefix(10))
        if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = Int(text.prefix(4)), let month = Int(text.dropFirst(5).prefix(2)), let day = Int(text.dropFirst(8).prefix(2))
        {
            let date = CivilDate(year: year, month: month, day: day)
            guard date.isValid else { return nil }
            published = date
            return
        }
        guard let date = Self.looseDate(text) else { return nil }
        published = date
    }

    /// A date in the forms pages put in their metadata: "Sat, 25 Feb 2023 10:00:00 GMT" (RFC 1123),
    /// "February 25, 2023", "25 February 2023": a month name or its first three letters, a day and a year,
    /// in any order; the numbers of a time ("10:00") are skipped.
    static func looseDate(_ text: String) -> CivilDate? {
        var tokens: [FactToken] = []
        let bytes = text.utf8.span
        FactTokenizer.tokenize(bytes, 0..<bytes.count, into: &tokens)
        var year: Int?, month: Int?, day: Int?
        for (index, token) in tokens.enumerated() {
            let timePart = (index + 1 < tokens.count && tokens[index + 1].byte == UInt8(ascii: ":") && !tokens[index + 1].spaceBefore)
                || (index > 0 && tokens[index - 1].byte == UInt8(ascii: ":") && !token.spaceBefore)
            if token.kind == .word, month == nil, token.end - token.start >= 3 {
                month = CalendarLexicon.months[WordKey(bytes, token.start..<(token.start + 3))]
                    ?? CalendarLexicon.months[token.key]
            } else if token.isPlainInteger, !timePart {
                if token.integerDigits == 4, year == nil, YearRule.plausibleYears.contains(Int(token.value)) {
                    year = Int(token.value)
                } else if token.integerDigits <= 2, day == nil, (1...31).contains(Int(token.value)) {
                    day = Int(token.value)
                }
            }
        }
        guard let year, let month, let day else { return nil }
        let date = CivilDate(year: year, month: month, day: day)
        return date.isValid ? date : nil
    }

    /// The mention with its year filled in when one candidate fits, unchanged otherwise.
    func anchor(_ mention: DateMention) -> DateMention {
        guard mention.year == nil, let month = mention.month else { return mention }
        let candidates = (published.year - 1)...(published.year + 1)
        var best: (year: Int, distance: Int)?
        for year in candidates {
            let distance: Int
            if mention.granularity == .day, let day = mention.day {
                let date = CivilDate(year: year, month: month, day: day)
                guard date.isValid else { continue }
                if let weekday = mention.weekday, date.weekday != weekday { continue }
                distance = abs(date.dayNumber - published.dayNumber)
            } else {
                distance = abs((year * 12 + month) - (published.year * 12 + published.month))
            }
            if best == nil || distance < best!.distance { best = (year, distance) }
        }
        guard let best else { return mention }
        var anchored = mention
        anchored.year = best.year
        anchored.yearSource = .published
        return anchored
    }
}
