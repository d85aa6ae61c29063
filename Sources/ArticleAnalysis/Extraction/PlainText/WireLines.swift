/// Line shapes of news-wire copy in plain text (a headline, a bare byline, a dateline, tables of results) that
/// the prose rules of `PlainTextExtractor` would otherwise take for page furniture: wire stories are short
/// lines around a few sentences, and a sports story can be mostly a table.
///
/// "EU rejects German call to boycott British lamb ." / "Peter Blackburn" / "BRUSSELS 1996-08-22" / body…
/// "Japan 2 Syria 1", "Leicestershire 22 points , Somerset 4 .", "VfB Stuttgart 6 5 1 0 19 4 16".
enum WireLines {
    /// A headline of tokenised text: short, and its closing period stands apart as a token of its own
    /// ("… British lamb ."), the shape of text cut into tokens before it was written out. Prose written by
    /// hand puts the period against the word, so this never takes a first sentence for a title.
    static func isTokenizedHeadline(_ unit: TextUnit) -> Bool {
        (2...20).contains(unit.words) && !unit.truncated && !unit.bulleted && !unit.labelled && unit.links == 0
            && unit.personalData == 0 && unit.text.hasSuffix(" .")
    }

    /// A byline of names alone, with no "By" ("Peter Blackburn", "Anna Lee-Smith"): two to four capitalised
    /// words of letters. Only read right after the title and before a date line, where wire copy puts it.
    static func bareBylineName(_ text: String) -> String? {
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count) else { return nil }
        let joiners: Set<Substring> = ["de", "van", "von", "al", "bin", "da", "del", "la", "der", "den"]
        for word in words where !joiners.contains(word) {
            guard let first = word.first, first.isUppercase,
                word.dropFirst().contains(where: \.isLowercase),
                word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "." })
            else { return nil }
        }
        return words.joined(separator: " ")
    }

    /// Words that open a labelled date line rather than a place ("Updated March 12, 2024").
    private static let dateLabels: Set<String> = [
        "published", "posted", "updated", "modified", "date", "dated", "last", "first", "by", "on", "as", "from",
    ]

    /// A dateline on a line of its own: a place of one to five capitalised words, then a full date and
    /// nothing else ("BRUSSELS 1996-08-22", "AL-AIN , United Arab Emirates 1996-12-06", "LONDON, March 12,
    /// 2024"). Unlike a bare date line it names where the story was filed, which belongs to the story.
    static func isPlaceDateline(_ text: String) -> Bool {
        // No four digits in a row, no full date (`PublishedDateReader.hasYearDigits`): read on bytes first.
        guard PublishedDateReader.hasYearDigits(text.utf8.span) else { return false }
        guard !text.contains(":"), text.split(separator: " ").count <= 10 else { return false }
        let tokens = DateLineToken.tokens(of: text)
        guard let found = PublishedDateReader.fullDate(in: tokens), let firstDate = found.used.min(),
            firstDate >= 1, found.used.max() == tokens.count - 1
        else { return false }
        // The same cuts as `DateLineToken.tokens`, keeping the case, to see that each place word is capitalised.
        let words = text.split { $0.isWhitespace || $0 == "," || $0 == "(" || $0 == ")" || $0 == "|" || $0 == "/" }
        guard words.count == tokens.count, firstDate <= 5, !dateLabels.contains(tokens[0].lowered) else { return false }
        for index in 0..<firstDate {
            guard !tokens[index].isDateFurniture, words[index].first?.isUppercase == true,
                words[index].contains(where: \.isLetter)
            else { return false }
        }
        return true
    }

    /// A line of a results table or a standings list: names and figures with hardly any other words, such as
    /// "Japan 2 Syria 1", "135 Phil Mickelson 67 68" or "Goran Ivanisevic ( Croatia ) beat Jason Stoltenberg
    /// ( Australia ) 6-3 7-6". It needs two figures besides any year (a name in brackets counts as one), a
    /// capitalised name that is no month or weekday, at most four lower-case words, and no cue word of page
    /// furniture (navigation, sharing, copyright). A line with a full date is a date line, no table line.
    static func isResultsLine(_ unit: TextUnit) -> Bool {
        guard (2...40).contains(unit.words), unit.links == 0, unit.personalData == 0, !unit.truncated,
            unit.occurrences == 1 || unit.words <= 4
        else { return false }
        if hasFiveLowercaseWords(unit.text) || !mayHoldTwoFigures(unit.text) { return false }
        // On printable ASCII (a byte is a Character) the words are counted on bytes; the Character walk of
        // `characterCounts` cost about 900 instructions a byte of a heading.
        let (figures, names, lower) = asciiCounts(unit.text) ?? characterCounts(unit.text)
        guard figures >= 2, names >= 1, lower <= 4, lower * 3 <= names + figures else { return false }
        if CueWords.count(CueWords.navigation, in: unit.text) > 0 || CueWords.count(CueWords.callToAction, in: unit.text) > 0
            || CueWords.count(CueWords.disclaimer, in: unit.text) > 0
        {
            return false
        }
        // Any full date ("Updated: 14 March 2024 18:02 GMT") makes a date line, however it is labelled.
        return !PublishedDateReader.hasYearDigits(unit.text.utf8.span)
            || PublishedDateReader.fullDate(in: DateLineToken.tokens(of: unit.text)) == nil
    }

    /// The figures, capitalised names (no month or weekday) and lower-case words of `isResultsLine`, read on
    /// the text's Characters.
    static func characterCounts(_ text: String) -> (figures: Int, names: Int, lower: Int) {
        var figures = 0, names = 0, lower = 0
        let words = text.split(separator: " ")
        for (index, word) in words.enumerated() {
            guard let first = word.first else { continue }
            // A name in brackets ("( Croatia )", "(France)") is a table's cell as much as a figure is.
            if word == "(", index + 2 < words.count, words[index + 2] == ")", words[index + 1].first?.isUppercase == true {
                figures += 1
            } else if first == "(", word.count > 2, word.last == ")", word.dropFirst().first?.isUppercase == true {
                figures += 1
                continue
            }
            if first.isNumber {
                let isYear = word.count == 4 && word.allSatisfy(\.isNumber)
                if !isYear, word.allSatisfy({ $0.isNumber || ",.:-/".contains($0) }) { figures += 1 }
            } else if first.isUppercase, word.contains(where: \.isLetter) {
                if CalendarWords.isMonthOrWeekday(word.lowercased()) { continue }
                names += 1
            } else if first.isLowercase {
                lower += 1
            }
        }
        return (figures, names, lower)
    }

    /// Whether at least five words of the text (split at " " as `isResultsLine` splits it) surely start with a
    /// lower-case letter, read on bytes: more than four lower-case words make no results line, and most lines
    /// asked are prose, which the Character walk below read at about 90 instructions a byte. A byte a-z counts
    /// when it starts the text or follows a space that follows an ASCII byte (no Prepend scalar glues the
    /// space to a Character before it), and no non-ASCII byte follows it (a combining mark would make it part
    /// of a larger Character): then it is a word's first Character on its own, and lower case.
    static func hasFiveLowercaseWords(_ text: String) -> Bool {
        let bytes = text.utf8.span
        var found = 0
        for index in bytes.indices where bytes[index] &- 0x61 < 26 {
            guard index == 0 || bytes[index - 1] == 0x20 && (index == 1 || bytes[index - 2] < 0x80) else { continue }
            guard index + 1 == bytes.count || bytes[index + 1] < 0x80 else { continue }
            found += 1
            if found == 5 { return true }
        }
        return false
    }

    /// Whether the text may hold the two figures a results line needs, read on bytes: a figure is a word (split
    /// at " ") whose first Character is a number or "(", and such a word starts at the text's start or after a
    /// space byte with a digit, "(" or a non-ASCII byte (`Character.isNumber` reads the first scalar, and only
    /// 0–9 of ASCII have a numeric type). Fewer than two such starts mean fewer than two figures, whatever the
    /// Characters: most lines asked are headings without figures, and a curly apostrophe in one sent it through
    /// the Character walk of `characterCounts` (~40 K instructions a line).
    static func mayHoldTwoFigures(_ text: String) -> Bool {
        let bytes = text.utf8.span
        var starts = 0
        var afterSpace = true
        for index in bytes.indices {
            let byte = bytes[index]
            if afterSpace, byte &- 0x30 < 10 || byte == UInt8(ascii: "(") || byte >= 0x80 {
                starts += 1
                if starts == 2 { return true }
            }
            afterSpace = byte == 0x20
        }
        return false
    }

    /// `characterCounts` when the text is all printable ASCII (a byte is a Character: digits are its numbers,
    /// A–Z its capitals, a–z its lower case), except that names are counted only when there are two figures;
    /// nil for any other text.
    static func asciiCounts(_ text: String) -> (figures: Int, names: Int, lower: Int)? {
        let bytes = text.utf8.span
        var words: [Range<Int>] = []
        var start = 0
        for index in bytes.indices {
            guard bytes[index] >= 0x20 && bytes[index] <= 0x7E else { return nil }
            if bytes[index] == 0x20 {
                if index > start { words.append(start..<index) }
                start = index + 1
            }
        }
        if bytes.count > start { words.append(start..<bytes.count) }
        func isCapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        var figures = 0, names = 0, lower = 0
        for (index, word) in words.enumerated() {
            let first = bytes[word.lowerBound]
            if first == UInt8(ascii: "("), word.count == 1, index + 2 < words.count, words[index + 2].count == 1,
                bytes[words[index + 2].lowerBound] == UInt8(ascii: ")"), isCapital(bytes[words[index + 1].lowerBound])
            {
                figures += 1  // "( Croatia )"
            } else if first == UInt8(ascii: "("), word.count > 2, bytes[word.upperBound - 1] == UInt8(ascii: ")"),
                isCapital(bytes[word.lowerBound + 1])
            {
                figures += 1  // "(France)"
                continue
            }
            if isCapital(first) {
                names += 1  // months and weekdays are taken out below, when it matters
                continue
            }
            if first >= 0x61 && first <= 0x7A {
                lower += 1
                continue
            }
            guard ASCIIClass.isDigit(first) else { continue }
            var digits = 0, figureBytes = 0
            for offset in word {
                let byte = bytes[offset]
                if ASCIIClass.isDigit(byte) { digits += 1 }
                if ASCIIClass.isDigit(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/")
                {
                    figureBytes += 1
                }
            }
            let isYear = word.count == 4 && digits == 4
            if !isYear, figureBytes == word.count { figures += 1 }
        }
        // Telling a month or weekday costs a String a word: only a line with two figures can be a results
        // line, so only then are the names counted exactly (else they stay 0).
        guard figures >= 2 else { return (figures, 0, lower) }
        names -= words.count { isCapital(bytes[$0.lowerBound]) && CalendarWords.isMonthOrWeekday(bytes, $0) }
        return (figures, names, lower)
    }

    /// `text.hasSuffix(":")` read on its last bytes: a colon after an ASCII byte (or alone) is a Character of
    /// its own; only after a non-ASCII byte (a prepended mark would join it) does String's comparison decide.
    static func endsWithColon(_ text: String) -> Bool {
        let bytes = text.utf8.span
        guard !bytes.isEmpty, bytes[bytes.count - 1] == UInt8(ascii: ":") else { return false }
        return bytes.count == 1 || bytes[bytes.count - 2] < 0x80 || text.hasSuffix(":")
    }

    /// A line that introduces a table ("Results on Saturday :", "Standings :"): kept with the table it opens.
    static func introducesTable(_ unit: TextUnit, next: TextUnit?) -> Bool {
        guard let next, endsWithColon(unit.text), unit.words <= 30, unit.links == 0, unit.personalData == 0 else { return false }
        return isResultsLine(next)
    }
}

/// Month and weekday names (full and short), which a results line's capitalised words must not all be.
private enum CalendarWords {
    static let words: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    static func isMonthOrWeekday(_ word: String) -> Bool {
        words.contains(word.hasSuffix(".") || word.hasSuffix(",") ? String(word.dropLast()) : word)
    }

    /// The same question for an ASCII word given by its byte range: lower-cased, one closing "." or ","
    /// dropped. Only words of 3 to 10 letters can be one, so most capitalised words need no String at all.
    static func isMonthOrWeekday(_ bytes: Span<UInt8>, _ word: Range<Int>) -> Bool {
        var end = word.upperBound
        if end - word.lowerBound > 1, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: ",") { end -= 1 }
        guard (3...9).contains(end - word.lowerBound) else { return false }
        var lowered = ""
        for index in word.lowerBound..<end {
            let byte = bytes[index]
            lowered.unicodeScalars.append(Unicode.Scalar(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte))
        }
        return words.contains(lowered)
    }
}
