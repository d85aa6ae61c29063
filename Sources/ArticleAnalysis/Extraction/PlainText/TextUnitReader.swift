/// Cuts scraped text into units (a line, or a hard-wrapped paragraph joined back) and measures each.
enum TextUnitReader {
    static func units(of text: String) -> [TextUnit] {
        var units: [TextUnit] = []
        let original = text
        var text = text
        text.withUTF8 { bytes in
            // Lines are byte ranges (split at 0x0A, empty lines kept); only a block of two or more lines needs
            // them as Substrings of the text, for the hard-wrap test.
            var block: [Range<Int>] = []
            var blanks = 0, blanksBeforeBlock = 0
            func flushBlock() {
                guard !block.isEmpty else { return }
                if block.count >= 2 {
                    let utf8 = original.utf8
                    let lines = block.map { range in
                        original[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
                    }
                    if looksHardWrapped(lines) {
                        units.append(measure(lines.joined(separator: " "), blanksBefore: blanksBeforeBlock))
                        block.removeAll(keepingCapacity: true)
                        return
                    }
                }
                for (offset, line) in block.enumerated() {
                    let collapsed = collapseSpaces(bytes: UnsafeBufferPointer(rebasing: bytes[line]))
                    units.append(measure(collapsed: collapsed, blanksBefore: offset == 0 ? blanksBeforeBlock : 0))
                }
                block.removeAll(keepingCapacity: true)
            }
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                if isBlank(UnsafeBufferPointer(rebasing: bytes[start..<end])) {
                    flushBlock()
                    blanks += 1
                } else {
                    if block.isEmpty { blanksBeforeBlock = blanks }
                    blanks = 0
                    block.append(start..<end)
                }
                start = end + 1
            }
            flushBlock()
        }
        var seen: [UInt64: Int] = [:]
        // Hashed over contiguous bytes: iterating a String's UTF8View generically cost 19 instructions a byte.
        let keys = units.map { unit in
            var text = unit.text
            return text.withUTF8 { WordHashSet.hash($0) }
        }
        for key in keys { seen[key, default: 0] += 1 }
        for index in units.indices { units[index].occurrences = seen[keys[index]] ?? 1 }
        return units
    }

    /// Only spaces, tabs, carriage returns, form feeds or other white space. A printable ASCII byte after the
    /// ASCII blanks settles it without walking the line's Characters (a line starts after a line feed, so no
    /// Character reaches into it from before).
    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0C }) else { return true }
        if first >= 0x21 && first <= 0x7E { return false }
        return String(decoding: bytes, as: UTF8.self).allSatisfy(\.isWhitespace)
    }

    /// Lines of one block that were wrapped at a fixed width are one paragraph: every line but the last 50–100
    /// characters long and within 30 of each other (mail clients wrap at 72–80), none a list item, and not every
    /// one a finished sentence. Otherwise each line stands alone (ad and headline stacks are ragged).
    static func looksHardWrapped(_ lines: [Substring]) -> Bool {
        guard lines.count >= 2 else { return false }
        let leading = lines.dropLast()
        // A line of fewer than 50 bytes has fewer than 50 scalars: no need to count them.
        guard leading.allSatisfy({ $0.utf8.count >= 50 }) else { return false }
        let lengths = leading.map { $0.unicodeScalars.count }
        guard let shortest = lengths.min(), let longest = lengths.max(), shortest >= 50, longest <= 100,
            longest - shortest <= 30
        else { return false }
        return leading.allSatisfy { !startsWithBullet($0.drop { $0 == " " }) } && leading.contains { !endsSentence($0) }
    }

    static func measure(_ raw: String, blanksBefore: Int) -> TextUnit {
        measure(collapsed: collapseSpaces(raw), blanksBefore: blanksBefore)
    }

    /// Measures a unit whose spaces `collapseSpaces` has already collapsed.
    static func measure(collapsed: String, blanksBefore: Int) -> TextUnit {
        var text = collapsed
        var words = 0, stop = 0, long = 0, capitalized = 0, secondPerson = 0, links = 0, handles = 0
        // Read once, not once per word (each read of a `static let` goes through its lazy initialiser).
        let stopWords = StopWords.englishHashes, secondPersonWords = StopWords.secondPerson
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                while index < bytes.count, bytes[index] == 0x20 { index += 1 }
                let start = index
                while index < bytes.count, bytes[index] != 0x20 { index += 1 }
                guard index > start else { continue }
                words += 1
                let word = bytes[start..<index]
                let first = word[word.startIndex]
                if first == UInt8(ascii: "h") || first == UInt8(ascii: "w"), isWebAddress(UnsafeBufferPointer(rebasing: word)) {
                    links += 1
                }
                if word.first == UInt8(ascii: "@"), word.count > 2, !word.dropFirst().contains(UInt8(ascii: "@")) { handles += 1 }
                guard let coreStart = word.firstIndex(where: WordHashSet.isWordByte),
                    let coreEnd = word.lastIndex(where: WordHashSet.isWordByte)
                else { continue }
                let core = bytes[coreStart...coreEnd]
                if core.count <= 10 {
                    let hash = WordHashSet.hash(core)
                    if stopWords.contains(hash: hash) { stop += 1 }
                    if secondPersonWords.contains(hash: hash) { secondPerson += 1 }
                }
                if core.count >= 4 {
                    long += 1
                    let first = core[core.startIndex]
                    if first >= 0x41 && first <= 0x5A { capitalized += 1 }
                }
            }
        }
        let trimmed = startsWithPlainASCII(text) ? text[...] : text.drop { startsWithBulletCharacter($0) || $0 == " " }
        return TextUnit(
            text: text, words: words,
            stopWordRatio: words == 0 ? 0 : Double(stop) / Double(words),
            capitalizedRatio: long == 0 ? 0 : Double(capitalized) / Double(long),
            endsSentence: endsSentence(text[...]), truncated: endsWithEllipsis(text),
            bulleted: startsWithPlainASCII(text) ? false : startsWithBullet(text[...]), labelled: startsWithLabel(trimmed),
            personalData: PersonalDataScanner.scan(text).count + handles, links: links,
            secondPerson: secondPerson, blankLinesBefore: blanksBefore)
    }

    /// Starts with "http://", "https://" or "www.".
    private static func isWebAddress(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        func matches(_ prefix: StaticString, at offset: Int) -> Bool {
            prefix.withUTF8Buffer { prefix in
                offset + prefix.count <= word.count && prefix.indices.allSatisfy { word[offset + $0] == prefix[$0] }
            }
        }
        if matches("www.", at: 0) { return true }
        guard matches("http", at: 0) else { return false }
        return matches("://", at: 4) || matches("s://", at: 4)
    }

    /// The first byte is printable ASCII other than a space, a digit, "*" or "-": then the first Character is no
    /// bullet, list number or space, whatever follows it (a Character's first scalar decides those).
    private static func startsWithPlainASCII(_ text: String) -> Bool {
        guard let first = text.utf8.first, first >= 0x21 && first <= 0x7E else { return false }
        return first != UInt8(ascii: "*") && first != UInt8(ascii: "-") && !(0x30...0x39).contains(first)
    }

    /// `hasSuffix("...") || hasSuffix("…")` on bytes: neither has a canonical equivalent, so the bytes must
    /// match; only a non-ASCII byte before them could join the first dot into a larger Character (a prepended
    /// mark), and then String's own comparison decides.
    private static func endsWithEllipsis(_ text: String) -> Bool {
        let utf8 = text.utf8
        for suffix in [Self.threeDots, Self.ellipsis] where utf8.count >= 3 {
            let start = utf8.index(utf8.endIndex, offsetBy: -3)
            guard utf8[start...].elementsEqual(suffix) else { continue }
            if start == utf8.startIndex || utf8[utf8.index(before: start)] < 0x80 { return true }
            return text.hasSuffix("...") || text.hasSuffix("…")
        }
        return false
    }

    private static let threeDots: [UInt8] = Array("...".utf8)
    private static let ellipsis: [UInt8] = Array("…".utf8)

    /// Runs of spaces, tabs, carriage returns and no-break spaces become one space; ends are trimmed.
    static func collapseSpaces(_ raw: String) -> String {
        var raw = raw
        return raw.withUTF8 { collapseSpaces(bytes: $0) }
    }

    /// Written straight into the new String's storage: the result is never longer than the input.
    static func collapseSpaces(bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            var pending = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == 0xC2, index < bytes.count, bytes[index] == 0xA0 { index += 1; pending = count > 0; continue }
                if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C { pending = count > 0; continue }
                if pending {
                    out[count] = 0x20
                    count += 1
                    pending = false
                }
                // This byte and the run after it of ordinary bytes and single spaces between them come out as
                // they are: copied whole (byte by byte, this loop cost 8 instructions a byte in callgrind).
                var end = index
                while end < bytes.count {
                    if isOrdinary(bytes[end]) {
                        end += 1
                    } else if bytes[end] == 0x20, end + 1 < bytes.count, isOrdinary(bytes[end + 1]) {
                        end += 2
                    } else {
                        break
                    }
                }
                out[count] = byte
                count += 1
                (out.baseAddress! + count).update(from: bytes.baseAddress! + index, count: end - index)
                count += end - index
                index = end
            }
            return count
        }
    }

    /// Neither a space nor the lead byte of a no-break space (C2 A0): `collapseSpaces` keeps it as it is.
    private static func isOrdinary(_ byte: UInt8) -> Bool {
        byte != 0x20 && byte != 0x09 && byte != 0x0D && byte != 0x0C && byte != 0xC2
    }

    /// The last three bytes are a U+20xx punctuation mark (E2 80 xx): ” or ’, not some other xx-ending character.
    private static func endsWithE280(_ utf8: Substring.UTF8View.SubSequence) -> Bool {
        utf8.count >= 3 && utf8[utf8.index(utf8.endIndex, offsetBy: -3)] == 0xE2
            && utf8[utf8.index(utf8.endIndex, offsetBy: -2)] == 0x80
    }

    /// Ends with ., ! or ? before any closing quotes, brackets or spaces (checked on the last UTF-8 bytes).
    static func endsSentence(_ line: Substring) -> Bool {
        var utf8 = line.utf8[...]
        while let last = utf8.last {
            switch last {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return true
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"), 0x20:
                utf8 = utf8.dropLast()
            case 0x9D where Self.endsWithE280(utf8), 0x99 where Self.endsWithE280(utf8):
                utf8 = utf8.dropLast(3)  // ” or ’
            case 0xBB where utf8.count >= 2 && utf8[utf8.index(before: utf8.index(before: utf8.endIndex))] == 0xC2:
                utf8 = utf8.dropLast(2)  // »
            default: return false
            }
        }
        return false
    }

    private static func startsWithBulletCharacter(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
        switch scalar.value {
        case 0x2022, 0x00B7, 0x25AA, 0x25E6, 0x2023, 0x25CF, 0x25A0, 0x25BA, 0x25B6, 0x2013, 0x2014, 0x2A, 0x2D: return true
        default: return false
        }
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
        let utf8 = line.utf8
        guard let colon = utf8.prefix(32).firstIndex(of: UInt8(ascii: ":")) else { return false }
        var words = 0, inWord = false
        for byte in utf8[..<colon] {
            if byte == 0x20 { inWord = false; continue }
            // Letters, apostrophes, and any non-ASCII byte (accented letters, ’).
            guard byte >= 0x80 || byte == UInt8(ascii: "'") || ASCIIClass.isLetter(byte) else { return false }
            if !inWord { words += 1; inWord = true }
        }
        guard (1...3).contains(words) else { return false }
        let after = utf8.index(after: colon)
        return after == utf8.endIndex || utf8[after] == 0x20
    }
}
