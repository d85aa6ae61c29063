/// Finds the publication date that scraped text carries near its title: a date line ("Published: 12 March
/// 2024", "Mar 12, 2024 10:31 AM", "First published on November 19, 2019 / 8:16 AM") among the lines before
/// the body, or a dateline opening the first body paragraph ("LONDON, March 12, 2024 — …"). Returned as an
/// ISO date ("2024-03-12"): the clock time and zone of such lines are too often missing or local to keep.
///
/// Only full dates (day, month name and four-digit year, or ISO "2024-03-12") count: "03/04/2024" is
/// ambiguous between day-first and month-first. A line labelled as an update ("Updated", "Last updated",
/// "Modified") is not the publication, and a line with any other label ("Birthdate :", "Event:") is not
/// about the article at all.
enum PublishedDateReader {
    /// A date line is short: the longest seen in the benchmark pages' text renderings was 12 words
    /// ("Last Updated : Nov 20, 2019 01:41 PM IST | Source: Moneycontrol.com").
    static let maximumLineWords = 16
    /// Words besides the date, times, weekdays, zones and the label that an unlabelled date line may hold: a
    /// place ("NEW YORK, March 12, 2024"), not a headline ("Markets slump on rates, Mar 12, 2024").
    static let maximumOtherWordsUnlabelled = 2
    /// …and a line with a publication label ("Posted on Nov 19, 2019 by Admin Team") or a byline that carries
    /// the date ("By Ann Lee and Bo Chan | March 12, 2024").
    static let maximumOtherWordsLabelled = 6
    /// A dateline's date sits within this many bytes of the paragraph's start, before its dash or colon.
    static let datelineBytes = 100

    /// The date of the first labelled publication line before the body, else of the unlabelled date line
    /// nearest the body (a page header's "today" comes first, the article's date sits by its title), else of
    /// a dateline at the start of the body.
    static func published(in units: [TextUnit], body: Range<Int>) -> String? {
        var unlabelled: CivilDate?
        for unit in units[..<min(body.lowerBound, units.count)] where unit.words <= maximumLineWords {
            guard let (date, cue) = dateLine(unit.text) else { continue }
            if cue == .published { return iso(date) }
            unlabelled = date
        }
        if let unlabelled { return iso(unlabelled) }
        guard body.lowerBound < units.count, let date = dateline(units[body.lowerBound].text) else { return nil }
        return iso(date)
    }

    enum Cue: Equatable { case published, none }

    /// The date a short line gives, and whether a publication label introduces it.
    static func dateLine(_ line: String) -> (CivilDate, Cue)? {
        guard hasYearDigits(line.utf8.span) else { return nil }
        let tokens = DateLineToken.tokens(of: line)
        var cue = Cue.none
        var labelWords = 0
        if let label = tokens.firstIndex(where: \.endsWithColon), label < 3 {
            // "Published:", "Date :", "First published:" — or "Birthdate :", which rules the line out.
            guard labelKind(tokens[...label].map(\.lowered)) == .published else { return nil }
            cue = .published
            labelWords = label + 1
        } else if let kind = labelKind(Array(tokens.prefix(2).map(\.lowered))) {
            guard kind == .published else { return nil }
            cue = .published
            labelWords = tokens.count >= 2 && tokens[1].lowered == "published" ? 2 : 1
        }
        guard let found = fullDate(in: tokens) else { return nil }
        // "By", and the same credit cue in German, French, Spanish and Dutch ("Von Ann Lee publiziert am …").
        let byline = tokens.first.map { ["by", "von", "par", "por", "door"].contains($0.lowered) } ?? false
        var others = 0
        for (index, token) in tokens.enumerated()
        where index >= labelWords && !found.used.contains(index) && !token.isDateFurniture {
            others += 1
        }
        let limit = cue == .published || byline ? maximumOtherWordsLabelled : maximumOtherWordsUnlabelled
        return others <= limit ? (found.date, cue) : nil
    }

    /// "NEW YORK, March 12, 2024 — The …": a full date in the paragraph's opening words, before its first
    /// dash or colon, with at most a place besides it. Read on bytes up to the separator: this runs on every
    /// plain-text article, and searching the String for each separator cost 300 k instructions an article.
    static func dateline(_ paragraph: String) -> CivilDate? {
        let bytes = paragraph.utf8.span
        let head = bytes.extracting(0..<min(bytes.count, datelineBytes))
        guard let end = firstSeparator(in: head), hasYearDigits(head.extracting(0..<end)) else { return nil }
        let opening = String(utf8Bytes: head.extracting(0..<end))
        let tokens = DateLineToken.tokens(of: opening)
        guard let found = fullDate(in: tokens) else { return nil }
        let others = tokens.indices.filter { !found.used.contains($0) && !tokens[$0].isDateFurniture }.count
        return others <= maximumOtherWordsUnlabelled ? found.date : nil
    }

    /// Four digits in a row: every full date has them (its year), so a line without them is not read further.
    static func hasYearDigits(_ bytes: Span<UInt8>) -> Bool {
        var run = 0
        for index in bytes.indices {
            let byte = bytes[index]
            run = byte >= 0x30 && byte <= 0x39 ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// Where " — ", " – ", " - ", " -- " or ": " first starts.
    private static func firstSeparator(in bytes: Span<UInt8>) -> Int? {
        for index in bytes.indices {
            switch bytes[index] {
            case UInt8(ascii: ":") where byte(bytes, index + 1) == 0x20:
                return index
            case 0x20 where byte(bytes, index + 1) == UInt8(ascii: "-"):
                if byte(bytes, index + 2) == 0x20 || byte(bytes, index + 2) == UInt8(ascii: "-") && byte(bytes, index + 3) == 0x20 { return index }
            case 0x20 where byte(bytes, index + 1) == 0xE2 && byte(bytes, index + 2) == 0x80:
                if (byte(bytes, index + 3) == 0x93 || byte(bytes, index + 3) == 0x94) && byte(bytes, index + 4) == 0x20 { return index }
            default:
                break
            }
        }
        return nil
    }

    /// The byte at `index`, or 0 past the end.
    private static func byte(_ bytes: Span<UInt8>, _ index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0 }

    private enum LabelKind { case published, updated }

    /// "published", "posted", "first published", "date", "dated" → publication; "updated", "last
    /// updated", "modified" → an update; anything else → not a date label (nil).
    private static func labelKind(_ words: [String]) -> LabelKind? {
        let words = words.map { $0.hasSuffix(":") ? String($0.dropLast()) : $0 }.filter { !$0.isEmpty }
        guard let first = words.first else { return nil }
        switch first {
        case "published", "posted", "date", "dated", "pubdate", "released": return .published
        case "first" where words.dropFirst().first == "published": return .published
        case "updated", "modified", "edited": return .updated
        case "last" where words.dropFirst().first == "updated" || words.dropFirst().first == "modified": return .updated
        default: return nil
        }
    }

    /// The first full date among the tokens: ISO "2024-03-12", or a month name with a day on one side and a
    /// four-digit year after ("Mar 12, 2024", "12 March 2024", "March 12th 2024").
    static func fullDate(in tokens: [DateLineToken]) -> (date: CivilDate, used: Set<Int>)? {
        for (index, token) in tokens.enumerated() {
            if let date = token.isoDate { return (date, [index]) }
            guard let month = token.month else { continue }
            if index + 2 < tokens.count, let day = tokens[index + 1].day, let year = tokens[index + 2].year {
                let date = CivilDate(year: year, month: month, day: day)
                if date.isValid { return (date, [index, index + 1, index + 2]) }
            }
            if index >= 1, index + 1 < tokens.count, let day = tokens[index - 1].day, let year = tokens[index + 1].year {
                let date = CivilDate(year: year, month: month, day: day)
                if date.isValid { return (date, [index - 1, index, index + 1]) }
            }
        }
        return nil
    }

    private static func iso(_ date: CivilDate) -> String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(date.year, 4))-\(padded(date.month, 2))-\(padded(date.day, 2))"
    }
}
