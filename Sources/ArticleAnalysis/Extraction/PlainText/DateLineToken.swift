/// One word of a candidate date line, split at spaces and at the punctuation that separates a date's parts
/// and its neighbours (",", "|", "/", ";", brackets, bullets, dashes), with what it can be in a date.
struct DateLineToken: Sendable {
    /// Lower-cased, with a trailing period removed ("Nov." → "nov").
    let lowered: String
    /// Followed by a colon, glued ("Published:") or spaced ("Date :"): the token ends a label.
    var endsWithColon: Bool

    static func tokens(of line: String) -> [DateLineToken] {
        var tokens: [DateLineToken] = []
        var word = ""
        func flush() {
            defer { word = "" }
            if word == ":" {
                if !tokens.isEmpty { tokens[tokens.count - 1].endsWithColon = true }
                return
            }
            guard !word.isEmpty else { return }
            let colon = word.hasSuffix(":") && word.count > 1 && !word.dropLast().contains(":")
            var core = colon ? String(word.dropLast()) : word
            if core.hasSuffix("."), core.count > 1 { core.removeLast() }
            tokens.append(DateLineToken(lowered: core.lowercased(), endsWithColon: colon))
        }
        for character in line {
            if character.isWhitespace || separators.contains(character) {
                flush()
            } else {
                word.append(character)
            }
        }
        flush()
        return tokens
    }

    private static let separators: Set<Character> = [",", "|", "/", ";", "(", ")", "[", "]", "•", "·", "—", "–"]

    /// Full weekday names and their abbreviations (`CalendarLexicon.weekdays` has only the full names).
    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// Meridiem markers, the time zones news sites print after a time, and the prepositions around a date.
    private static let timeWords: Set<String> = [
        "am", "pm", "a.m", "p.m", "on", "at", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc",
        "bst", "ist", "cet", "cest", "eet", "eest", "aest", "aedt", "jst", "wib", "z",
    ]

    /// A month name or its abbreviation: 1…12 (the date scanner's table: "sept" too).
    var month: Int? { CalendarLexicon.months[WordKey(lowered)] }

    /// 1…31, with or without an ordinal suffix ("12", "12th", "1st").
    var day: Int? {
        var digits = Substring(lowered)
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(2)
            break
        }
        guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCIIDigit), let value = Int(digits) else { return nil }
        return (1...31).contains(value) ? value : nil
    }

    /// A four-digit year between 1900 and 2100.
    var year: Int? {
        guard lowered.count == 4, lowered.allSatisfy(\.isASCIIDigit), let value = Int(lowered) else { return nil }
        return (1900...2100).contains(value) ? value : nil
    }

    /// "2024-03-12", alone or before a time ("2024-03-12T10:31:00Z").
    var isoDate: CivilDate? {
        let characters = Array(lowered.prefix(10))
        guard characters.count == 10, characters[4] == "-", characters[7] == "-",
            lowered.count == 10 || lowered.dropFirst(10).first == "t",
            let year = Int(String(characters[0..<4])), let month = Int(String(characters[5..<7])),
            let day = Int(String(characters[8..<10])), (1900...2100).contains(year)
        else { return nil }
        let date = CivilDate(year: year, month: month, day: day)
        return date.isValid ? date : nil
    }

    /// Words a date line carries besides the date: a clock time ("10:31", "8:16am"), a weekday, a meridiem,
    /// a time zone, "on"/"at", or a dash.
    var isDateFurniture: Bool {
        if Self.weekdays.contains(lowered) || Self.timeWords.contains(lowered) || lowered == "-" { return true }
        return lowered.contains(":") && lowered.first?.isASCIIDigit == true
            && lowered.allSatisfy { $0.isASCIIDigit || $0 == ":" || $0 == "a" || $0 == "p" || $0 == "m" || $0 == "." }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
