/// Cuts scraped text into units (a line, or a hard-wrapped paragraph joined back) and measures each.
enum TextUnitReader {
    static func units(of text: String) -> [TextUnit] {
        var units: [TextUnit] = []
        var block: [Substring] = []
        var blanks = 0, blanksBeforeBlock = 0
        func flushBlock() {
            guard !block.isEmpty else { return }
            if looksHardWrapped(block) {
                units.append(measure(block.joined(separator: " "), blanksBefore: blanksBeforeBlock))
            } else {
                for (offset, line) in block.enumerated() {
                    units.append(measure(String(line), blanksBefore: offset == 0 ? blanksBeforeBlock : 0))
                }
            }
            block.removeAll(keepingCapacity: true)
        }
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            if line.allSatisfy(\.isWhitespace) {
                flushBlock()
                blanks += 1
            } else {
                if block.isEmpty { blanksBeforeBlock = blanks }
                blanks = 0
                block.append(line)
            }
        }
        flushBlock()
        var seen: [String: Int] = [:]
        for unit in units { seen[unit.text.lowercased(), default: 0] += 1 }
        for index in units.indices { units[index].occurrences = seen[units[index].text.lowercased()] ?? 1 }
        return units
    }

    /// Lines of one block that were wrapped at a fixed width (40–100 characters each, not list items, and not
    /// every one a finished sentence) are one paragraph; otherwise each line stands alone.
    static func looksHardWrapped(_ lines: [Substring]) -> Bool {
        guard lines.count >= 2 else { return false }
        let leading = lines.dropLast()
        return leading.allSatisfy { line in
            let count = line.unicodeScalars.count
            return count >= 40 && count <= 100 && !startsWithBullet(line.drop { $0 == " " })
        } && leading.contains { !endsSentence($0) }
    }

    static func measure(_ raw: String, blanksBefore: Int) -> TextUnit {
        let words = raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" })
        let text = words.joined(separator: " ")
        var stop = 0, long = 0, capitalized = 0, secondPerson = 0, links = 0, handles = 0
        for word in words {
            let bare = word.drop { !$0.isLetter }.reversed().drop { !$0.isLetter }.reversed()
            let core = Substring(String(bare))
            if StopWords.contains(core) { stop += 1 }
            if core.count >= 4 {
                long += 1
                if core.first?.isUppercase == true { capitalized += 1 }
            }
            let lower = core.lowercased()
            if lower == "you" || lower == "your" || lower == "yours" || lower == "yourself" { secondPerson += 1 }
            if word.hasPrefix("http://") || word.hasPrefix("https://") || word.hasPrefix("www.") { links += 1 }
            if word.hasPrefix("@"), word.count > 2, !word.dropFirst().contains("@") { handles += 1 }
        }
        let trimmed = text.drop { startsWithBulletCharacter($0) || $0 == " " }
        return TextUnit(
            text: text, words: words.count,
            stopWordRatio: words.isEmpty ? 0 : Double(stop) / Double(words.count),
            capitalizedRatio: long == 0 ? 0 : Double(capitalized) / Double(long),
            endsSentence: endsSentence(text[...]), truncated: text.hasSuffix("...") || text.hasSuffix("…"),
            bulleted: startsWithBullet(text[...]), labelled: startsWithLabel(trimmed),
            personalData: PersonalDataScanner.scan(text).count + handles, links: links,
            secondPerson: secondPerson, blankLinesBefore: blanksBefore)
    }

    static func endsSentence(_ line: Substring) -> Bool {
        let closing: Set<Character> = ["\"", "'", "”", "’", ")", "]", "»", " "]
        guard let last = line.reversed().first(where: { !closing.contains($0) }) else { return false }
        return last == "." || last == "!" || last == "?"
    }

    private static func startsWithBulletCharacter(_ character: Character) -> Bool {
        "•·▪◦‣●■►▶–—*-".contains(character)
    }

    static func startsWithBullet(_ line: Substring) -> Bool {
        let start = line.drop { $0 == " " }
        guard let first = start.first else { return false }
        if startsWithBulletCharacter(first) { return start.dropFirst().first == " " }
        let digits = start.prefix { $0.isNumber }
        guard (1...2).contains(digits.count) else { return false }
        let after = start.dropFirst(digits.count)
        return (after.first == "." || after.first == ")") && after.dropFirst().first == " "
    }

    /// A label of one to three words and a colon at the start: "Email :", "linkedin:", "Detail Author:".
    static func startsWithLabel(_ line: Substring) -> Bool {
        guard let colon = line.prefix(32).firstIndex(of: ":") else { return false }
        let label = line[..<colon]
        let words = label.split(separator: " ")
        guard (1...3).contains(words.count), label.allSatisfy({ $0.isLetter || $0 == " " || $0 == "’" || $0 == "'" }) else {
            return false
        }
        let after = line[line.index(after: colon)...]
        return after.isEmpty || after.first == " "
    }
}
