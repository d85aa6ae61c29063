/// Cuts scraped text into units (a line, or a hard-wrapped paragraph joined back) and measures each.
enum TextUnitReader {
    static func units(of text: String) -> [TextUnit] {
        let bytes = text.utf8.span
        var units: [TextUnit] = []
        // Lines are byte ranges (split at 0x0A, empty lines kept); only a block of two or more lines needs
        // them as Substrings of the text, for the hard-wrap test.
        var block: [Range<Int>] = []
        var blanks = 0, blanksBeforeBlock = 0
        var start = 0
        while start <= bytes.count {
            let end = lineEnd(from: start, in: bytes)
            if isBlank(bytes.extracting(start..<end)) {
                appendUnits(of: block, blanksBefore: blanksBeforeBlock, in: text, to: &units)
                block.removeAll(keepingCapacity: true)
                blanks += 1
            } else {
                if block.isEmpty { blanksBeforeBlock = blanks }
                blanks = 0
                block.append(start..<end)
            }
            start = end + 1
        }
        appendUnits(of: block, blanksBefore: blanksBeforeBlock, in: text, to: &units)
        countOccurrences(&units)
        return units
    }

    /// The offset of the next line feed from `start`, or the end: eight bytes at a time while none holds one.
    private static func lineEnd(from start: Int, in bytes: Span<UInt8>) -> Int {
        var end = bytes.skippingWords(from: start) { !ByteWord.contains(0x0A, in: $0) }
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        return end
    }

    /// The units of one block of non-blank lines: one joined unit when the block was hard-wrapped, else a unit a line.
    private static func appendUnits(of block: [Range<Int>], blanksBefore: Int, in text: String, to units: inout [TextUnit]) {
        guard !block.isEmpty else { return }
        if block.count >= 2 {
            let lines = block.map { SentenceSplitter.slice(text[...], $0) }
            if looksHardWrapped(lines) {
                units.append(measure(lines.joined(separator: " "), blanksBefore: blanksBefore))
                return
            }
        }
        for (offset, line) in block.enumerated() {
            // Most lines have nothing to collapse: then the line is copied as it is (a String from a Substring
            // skips the UTF-8 validation that a String written byte by byte goes through).
            let bytes = text.utf8.span.extracting(line)
            let collapsed = isCollapsed(bytes) ? String(SentenceSplitter.slice(text[...], line)) : collapseSpaces(bytes: bytes)
            units.append(measure(collapsed: collapsed, blanksBefore: offset == 0 ? blanksBefore : 0))
        }
    }

    /// Whether `collapseSpaces` surely gives the bytes back unchanged: no control byte (tab, carriage return,
    /// form feed), no A0 byte (a no-break space ends in it), no space at either end and no two spaces in a
    /// row. A false answer only costs the collapse. Eight bytes at a time: the tests a byte cost 8 instructions.
    private static func isCollapsed(_ bytes: Span<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes[0] != 0x20, bytes[bytes.count - 1] != 0x20 else { return false }
        var spaceBefore = false  // the last byte of the previous eight was a space
        let end = bytes.skippingWords(from: 0) { word in
            let spaces = ByteWord.equalBytes(0x20, in: word)
            let controls = ByteWord.containsBelow(0x20, in: word)
            let noBreak = ByteWord.equalBytes(0xA0, in: word)
            let pairs = spaces & (spaces << 8) | (spaceBefore ? spaces & 0x80 : 0)
            spaceBefore = spaces >> 63 != 0
            return controls | noBreak | pairs == 0
        }
        var previous: UInt8 = end > 0 ? bytes[end - 1] : 0
        for index in end..<bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0xA0 || byte == 0x20 && previous == 0x20 { return false }
            previous = byte
        }
        return true
    }


    /// How many times each unit's text occurs in the page, ASCII case folded (units are keyed by their
    /// `WordHashSet.hash`). Only units of equal byte length can be equal, so most need no hash at all.
    private static func countOccurrences(_ units: inout [TextUnit]) {
        // Sorted as one integer each, the length above the index: a comparison of two units' lengths cost a
        // call to the closure and two reads of a String's count. Equal lengths stay together, which is all
        // the runs below need (the order inside a run changes no count).
        var byLengthAndIndex = units.indices.map { UInt64(units[$0].text.utf8.count) << 32 | UInt64($0) }
        byLengthAndIndex.sort()
        let byLength = byLengthAndIndex.map { Int(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }
        var runStart = 0
        while runStart < byLength.count {
            let length = Int(byLengthAndIndex[runStart] >> 32)
            var runEnd = runStart + 1
            while runEnd < byLength.count, Int(byLengthAndIndex[runEnd] >> 32) == length { runEnd += 1 }
            if runEnd - runStart > 1 {
                let run = byLength[runStart..<runEnd]
                let keys = run.map { WordHashSet.hash(units[$0].text.utf8.span, 0..<length) }
                for (index, key) in zip(run, keys) { units[index].occurrences = keys.count { $0 == key } }
            }
            runStart = runEnd
        }
    }

    /// Only spaces, tabs, carriage returns, form feeds or other white space. A printable ASCII byte after the
    /// ASCII blanks settles it without walking the line's Characters (a line starts after a line feed, so no
    /// Character reaches into it from before).
    private static func isBlank(_ bytes: Span<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D || bytes[index] == 0x0C {
            index += 1
        }
        guard index < bytes.count else { return true }
        if bytes[index] >= 0x21 && bytes[index] <= 0x7E { return false }
        return String(utf8Bytes: bytes).allSatisfy(\.isWhitespace)
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
    static func measure(collapsed text: String, blanksBefore: Int) -> TextUnit {
        let bytes = text.utf8.span
        var words = 0, stop = 0, long = 0, capitalized = 0, secondPerson = 0, links = 0, handles = 0
        // Read once, not once per word (each read of a `static let` goes through its lazy initialiser).
        let stopWords = StopWords.englishHashes, secondPersonWords = StopWords.secondPerson
        let stopWordLengths = StopWords.lengthsByFirstByte, stopWordLengthsByEnds = StopWords.lengthsByEnds
        var index = 0
        while index < bytes.count {
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            let start = index
            index = nextSpace(from: index, in: bytes)
            guard index > start else { continue }
            words += 1
            let first = bytes[start]
            if first == UInt8(ascii: "h") || first == UInt8(ascii: "w"), isWebAddress(bytes, start..<index) { links += 1 }
            if first == UInt8(ascii: "@"), index - start > 2, !contains(UInt8(ascii: "@"), bytes, start + 1..<index) { handles += 1 }
            // The word's core: from its first to its last letter (`WordHashSet.isWordByte`).
            var coreStart = start
            while coreStart < index, !WordHashSet.isWordByte(bytes[coreStart]) { coreStart += 1 }
            guard coreStart < index else { continue }
            var coreEnd = index
            while !WordHashSet.isWordByte(bytes[coreEnd - 1]) { coreEnd -= 1 }
            let length = coreEnd - coreStart
            // Every second-person word is a stop word too: only a stop word needs the second look-up.
            let firstLetter = bytes[coreStart] >= 0x41 && bytes[coreStart] <= 0x5A ? bytes[coreStart] | 0x20 : bytes[coreStart]
            let lastByte = bytes[coreEnd - 1], lastLetter = lastByte >= 0x41 && lastByte <= 0x5A ? lastByte | 0x20 : lastByte
            if length <= 10, stopWordLengths[Int(firstLetter)] & 1 << length != 0,
                let ends = StopWords.endsIndex(first: firstLetter, last: lastLetter), stopWordLengthsByEnds[ends] & 1 << length != 0
            {
                let hash = WordHashSet.hash(bytes, coreStart..<coreEnd)
                if stopWords.contains(hash: hash) {
                    stop += 1
                    if secondPersonWords.contains(hash: hash) { secondPerson += 1 }
                }
            }
            if length >= 4 {
                long += 1
                if bytes[coreStart] >= 0x41 && bytes[coreStart] <= 0x5A { capitalized += 1 }
            }
        }
        let plain = startsWithPlainASCII(bytes)
        let labelStart = plain ? 0 : text.utf8.count - text.drop { startsWithBulletCharacter($0) || $0 == " " }.utf8.count
        return TextUnit(
            text: text, words: words,
            stopWordRatio: words == 0 ? 0 : Double(stop) / Double(words),
            capitalizedRatio: long == 0 ? 0 : Double(capitalized) / Double(long),
            endsSentence: endsSentence(bytes), truncated: endsWithEllipsis(text),
            bulleted: plain ? false : startsWithBullet(text[...]), labelled: startsWithLabel(bytes, from: labelStart),
            personalData: PersonalDataScanner.scan(text).count + handles, links: links,
            secondPerson: secondPerson, blankLinesBefore: blanksBefore)
    }

    /// The offset of the first space from `start`, or the end: a word's bytes eight at a time (a byte loop
    /// cost ~6 instructions a byte of every word).
    @inline(__always)
    private static func nextSpace(from start: Int, in bytes: Span<UInt8>) -> Int {
        var index = start
        while index &+ 8 <= bytes.count {
            let spaces = ByteWord.equalBytes(0x20, in: bytes.word64(at: index))
            if spaces != 0 { return index &+ ByteWord.firstFlagged(spaces) }
            index &+= 8
        }
        while index < bytes.count, bytes[index] != 0x20 { index += 1 }
        return index
    }

    /// Whether `byte` occurs in `range`.
    private static func contains(_ byte: UInt8, _ bytes: Span<UInt8>, _ range: Range<Int>) -> Bool {
        for index in range where bytes[index] == byte { return true }
        return false
    }

    /// The word in `range` starts with "http://", "https://" or "www.".
    private static func isWebAddress(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Bool {
        let start = range.lowerBound, length = range.count
        if length >= 4, bytes[start] == UInt8(ascii: "w"), bytes[start + 1] == UInt8(ascii: "w"),
            bytes[start + 2] == UInt8(ascii: "w"), bytes[start + 3] == UInt8(ascii: ".")
        {
            return true
        }
        guard length >= 7, bytes[start] == UInt8(ascii: "h"), bytes[start + 1] == UInt8(ascii: "t"),
            bytes[start + 2] == UInt8(ascii: "t"), bytes[start + 3] == UInt8(ascii: "p")
        else { return false }
        let scheme = bytes[start + 4] == UInt8(ascii: "s") ? start + 5 : start + 4  // after "http" or "https"
        return scheme + 3 <= range.upperBound && bytes[scheme] == UInt8(ascii: ":")
            && bytes[scheme + 1] == UInt8(ascii: "/") && bytes[scheme + 2] == UInt8(ascii: "/")
    }

    /// The first byte is printable ASCII other than a space, a digit, "*" or "-": then the first Character is no
    /// bullet, list number or space, whatever follows it (a Character's first scalar decides those).
    private static func startsWithPlainASCII(_ bytes: Span<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes[0] >= 0x21 && bytes[0] <= 0x7E else { return false }
        return bytes[0] != UInt8(ascii: "*") && bytes[0] != UInt8(ascii: "-") && !(0x30...0x39).contains(bytes[0])
    }

    /// `hasSuffix("...") || hasSuffix("…")` on bytes: neither has a canonical equivalent, so the bytes must
    /// match; only a non-ASCII byte before them could join the first dot into a larger Character (a prepended
    /// mark), and then String's own comparison decides.
    private static func endsWithEllipsis(_ text: String) -> Bool {
        let bytes = text.utf8.span
        guard bytes.count >= 3 else { return false }
        let start = bytes.count - 3
        let dots = bytes[start] == 0x2E && bytes[start + 1] == 0x2E && bytes[start + 2] == 0x2E
        let ellipsis = bytes[start] == 0xE2 && bytes[start + 1] == 0x80 && bytes[start + 2] == 0xA6  // …
        guard dots || ellipsis else { return false }
        if start == 0 || bytes[start - 1] < 0x80 { return true }
        return text.hasSuffix("...") || text.hasSuffix("…")
    }

    /// Runs of spaces, tabs, carriage returns and no-break spaces become one space; ends are trimmed.
    static func collapseSpaces(_ raw: String) -> String {
        collapseSpaces(bytes: raw.utf8.span)
    }

    /// Written straight into the new String's storage: the result is never longer than the input.
    static func collapseSpaces(bytes: Span<UInt8>) -> String {
        String(utf8Capacity: bytes.count) { out in
            var pending = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == 0xC2, index < bytes.count, bytes[index] == 0xA0 { index += 1; pending = out.count > 0; continue }
                if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C { pending = out.count > 0; continue }
                if pending {
                    out.append(0x20)
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
                out.append(byte)
                out.append(copying: bytes.extracting(index..<end))
                index = end
            }
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

    /// `endsSentence` on the bytes of a whole String: the same tests from the last byte back, read through a
    /// span (the Substring's UTF-8 view cost ~250 instructions a unit in its index arithmetic).
    static func endsSentence(_ bytes: Span<UInt8>) -> Bool {
        var end = bytes.count
        while end > 0 {
            switch bytes[end - 1] {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return true
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"), 0x20:
                end -= 1
            case 0x9D where end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80,
                0x99 where end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80:
                end -= 3  // ” or ’
            case 0xBB where end >= 2 && bytes[end - 2] == 0xC2:
                end -= 2  // »
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
    /// Read from the byte offset `start` (after any bullet).
    static func startsWithLabel(_ bytes: Span<UInt8>, from start: Int) -> Bool {
        var colon = start
        while colon < min(bytes.count, start + 32), bytes[colon] != UInt8(ascii: ":") { colon += 1 }
        guard colon < min(bytes.count, start + 32) else { return false }
        var words = 0, inWord = false
        for index in start..<colon {
            let byte = bytes[index]
            if byte == 0x20 { inWord = false; continue }
            // Letters, apostrophes, and any non-ASCII byte (accented letters, ’).
            guard byte >= 0x80 || byte == UInt8(ascii: "'") || ASCIIClass.isLetter(byte) else { return false }
            if !inWord { words += 1; inWord = true }
        }
        guard (1...3).contains(words) else { return false }
        return colon + 1 == bytes.count || bytes[colon + 1] == 0x20
    }
}
