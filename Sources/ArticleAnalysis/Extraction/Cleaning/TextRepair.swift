import Foundation

/// Repairs what scraping does to text, one paragraph at a time, in a single pass over its UTF-8 bytes:
/// odd spaces and invisible characters, spaced hyphens ("Russian -Iranian" → "Russian-Iranian"), spaces before
/// punctuation ("Ukraine? ”"), a mix of curly and straight quotes (unified to the document's majority), and
/// Unicode NFC.
struct TextRepair: Sendable {
    /// Which quote style the document mostly uses; the minority style is rewritten to it.
    enum QuoteStyle: Sendable { case keep, curly, straight }

    var quotes: QuoteStyle = .keep

    /// Decides the quote style from the whole text: only a real mix (both styles present) is rewritten.
    /// Counted on UTF-8 bytes: the curly quotes are E2 80 98/99/9C/9D.
    static func quoteStyle(of text: some StringProtocol) -> QuoteStyle {
        quoteStyle(of: [String(text)])
    }

    /// The style of paragraphs taken together, counted in each without joining them (a quote's bytes never
    /// span two strings).
    static func quoteStyle(of paragraphs: [String]) -> QuoteStyle {
        var curly = 0, straight = 0
        let startsNoQuote = Self.startsNoQuote.span
        for paragraph in paragraphs {
            countQuotes(in: paragraph.utf8.span, skipping: startsNoQuote, curly: &curly, straight: &straight)
        }
        guard curly > 0, straight > 0 else { return .keep }
        return curly >= straight ? .curly : .straight
    }

    /// The bytes no quote starts with: all but " ' and E2 (curly quotes are E2 80 xx). One table look-up passes them.
    private static let startsNoQuote: [Bool] = (0...255).map { !($0 == 0x22 || $0 == 0x27 || $0 == 0xE2) }

    private static func countQuotes(
        in bytes: Span<UInt8>, skipping startsNoQuote: Span<Bool>, curly: inout Int, straight: inout Int
    ) {
        var index = 0
        while index < bytes.count {
            // Eight bytes at a time while none is a quote or E2 (most of the text); from the first that is,
            // byte by byte through the table.
            index = bytes.skippingWords(from: index) { word in
                ByteWord.equalBytes(0x22, in: word) | ByteWord.equalBytes(0x27, in: word) | ByteWord.equalBytes(0xE2, in: word) == 0
            }
            index = bytes.skippingBytes(from: index, in: startsNoQuote)
            guard index < bytes.count else { break }
            switch bytes[index] {
            case 0x22, 0x27: straight += 1
            case 0xE2: if isCurlyQuote(at: index, in: bytes) { curly += 1 }
            default: break
            }
            index += 1
        }
    }

    /// Whether the E2 byte at `index` starts ‘ ’ “ or ” (E2 80 98/99/9C/9D).
    private static func isCurlyQuote(at index: Int, in bytes: Span<UInt8>) -> Bool {
        guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return false }
        let last = bytes[index + 2]
        return last == 0x98 || last == 0x99 || last == 0x9C || last == 0x9D
    }

    func repair(_ text: String) -> String {
        var scratch: [UInt8] = []
        return repair(text, scratch: &scratch)
    }

    /// `repair(text)` written into the caller's `scratch` bytes, kept from one paragraph to the next. Most
    /// paragraphs need no repair: then the text itself is the answer, and no new String is made (making one
    /// validates its UTF-8 again, ~6 instructions a byte) — the repaired bytes become a String only when they differ.
    func repair(_ text: String, scratch: inout [UInt8]) -> String {
        let bytes = text.utf8.span
        scratch.removeAll(keepingCapacity: true)
        let (unchanged, needsNormalization) = repair(bytes: bytes, into: &scratch)
        let repaired = unchanged ? text : String(utf8Capacity: scratch.count) { $0.append(copying: scratch.span) }
        return needsNormalization ? repaired.precomposedStringWithCanonicalMapping : repaired
    }

    /// One pass over the UTF-8 bytes, decoding a scalar only where a byte is not ASCII; each scalar meets the
    /// same rules as it would in a walk over `unicodeScalars`. Written straight into the output's storage:
    /// appending to an array byte by byte was most of the extract stage's instructions in callgrind. Also
    /// tells whether the output is the input byte for byte: it is when every run copied lands where it was
    /// read from, every space written stands where a space was read, no scalar was rewritten, and the
    /// lengths agree. The output is not normalized; `needsNormalization` says when NFC may change it.
    private func repair(bytes: Span<UInt8>, into output: inout [UInt8]) -> (unchanged: Bool, needsNormalization: Bool) {
        // Only straight quotes turned curly grow (1 byte → 3); collapsed spaces, dropped characters and
        // curly quotes turned straight shrink.
        let capacity = bytes.count + (quotes == .curly ? 2 * Self.straightQuotes(in: bytes) : 0)
        var needsNormalization = false
        var unchanged = true
        output.append(addingCapacity: capacity) { out in
            var pendingSpace = false
            // The last two scalars written, for the hyphen and punctuation rules.
            var previous: Unicode.Scalar?
            var beforePrevious: Unicode.Scalar?
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x20 {
                    pendingSpace = previous != nil
                    index += 1
                    continue
                }
                // A pending space before a letter or digit stays unless a hyphen hangs before it; before
                // punctuation or after a hyphen the rules below decide.
                if Self.isPlainASCII(byte),
                    !pendingSpace || Self.isASCIIAlphanumeric(byte) && previous != nil && previous != "-"
                {
                    if pendingSpace {
                        unchanged = unchanged && out.count < bytes.count && bytes[out.count] == 0x20
                        out.append(0x20)
                        pendingSpace = false
                        beforePrevious = previous
                        previous = " "
                    }
                    // A run of printable ASCII other than quotes, and single spaces between a letter or digit
                    // and anything but a hyphen: no rule rewrites it, so the run is copied whole and only its
                    // last two bytes remembered (a word at a time cost a hundred instructions a word).
                    var end = index + 1
                    // Eight bytes at a time while all pass (a byte at a time cost ~8 instructions a byte).
                    while end &+ 8 < bytes.count, Self.continuesRun(bytes.word64(at: end), previous: bytes[end &- 1], next: bytes[end &+ 8]) {
                        end &+= 8
                    }
                    while end < bytes.count {
                        let byte = bytes[end]
                        if Self.isPlainASCII(byte) {
                            end += 1
                        } else if byte == 0x20, end + 1 < bytes.count, Self.isASCIIAlphanumeric(bytes[end + 1]),
                            bytes[end - 1] != UInt8(ascii: "-")
                        {
                            end += 2
                        } else {
                            break
                        }
                    }
                    let run = end - index
                    unchanged = unchanged && out.count == index
                    out.append(copying: bytes.extracting(index..<end))
                    beforePrevious = run >= 2 ? Unicode.Scalar(bytes[end - 2]) : previous
                    previous = Unicode.Scalar(bytes[end - 1])
                    index = end
                    continue
                }
                let start = index
                let original = Self.scalar(at: start, in: bytes)
                index += Self.length(of: byte)
                if Self.isInvisible(original) { continue }
                if Self.isSpace(original) {
                    pendingSpace = previous != nil
                    continue
                }
                var scalar = original
                if scalar.value >= 0x300, !needsNormalization { needsNormalization = Self.mayChangeUnderNFC(scalar) }
                let next = index < bytes.count ? Self.scalar(at: index, in: bytes) : nil
                if scalar.value == 0x22 || scalar.value == 0x27 || (0x2018...0x201D).contains(scalar.value) {
                    scalar = requote(scalar, after: pendingSpace ? " " : previous, before: next)
                }
                if pendingSpace, let previous {
                    pendingSpace = !Self.dropsSpaceBefore(scalar, after: previous, next: next)
                        && !Self.isSpacedHyphen(previous: previous, scalar: scalar, next: next, following: index, in: bytes)
                        && !Self.isHangingHyphen(beforeHyphen: beforePrevious, hyphen: previous, scalar: scalar, from: start, in: bytes)
                }
                if pendingSpace {
                    unchanged = unchanged && out.count < bytes.count && bytes[out.count] == 0x20
                    out.append(0x20)
                    beforePrevious = previous
                    previous = " "
                }
                pendingSpace = false
                if scalar == original {
                    unchanged = unchanged && out.count == start
                    out.append(copying: bytes.extracting(start..<index))
                } else {
                    unchanged = false
                    for unit in UTF8.encode(scalar)! { out.append(unit) }
                }
                beforePrevious = previous
                previous = scalar
            }
            unchanged = unchanged && out.count == bytes.count
        }
        return (unchanged, needsNormalization)
    }

    /// Whether each of the eight bytes of `word` continues a copied run by the rule of the byte loop in
    /// `repair(bytes:into:)`: printable ASCII other than a quote (`isPlainASCII`), or a space with a letter or
    /// digit after it and no hyphen before it. `previous` is the byte ahead of the word, `next` the one after it.
    @inline(__always)
    static func continuesRun(_ word: UInt64, previous: UInt8, next: UInt8) -> Bool {
        guard ByteWord.isASCII(word) else { return false }
        let spaces = ByteWord.equalBytes(0x20, in: word)
        let rejected = ByteWord.bytes(atMost: 0x1F, in: word) | ByteWord.equalBytes(0x7F, in: word)
            | ByteWord.equalBytes(0x22, in: word) | ByteWord.equalBytes(0x27, in: word)
        guard rejected == 0 else { return false }
        guard spaces != 0 else { return true }
        // Letters and digits: 0x30–0x39, and 0x61–0x7A once 0x20 is set in every byte (A–Z fold onto a–z).
        let folded = word | 0x2020_2020_2020_2020
        let digits = ByteWord.bytes(atMost: 0x39, in: word) & ~ByteWord.bytes(atMost: 0x2F, in: word)
        let letters = ByteWord.bytes(atMost: 0x7A, in: folded) & ~ByteWord.bytes(atMost: 0x60, in: folded)
        let alphanumeric = digits | letters
        let nextAlphanumeric = alphanumeric >> 8 | (isASCIIAlphanumeric(next) ? 0x80 << 56 : 0)
        let previousHyphen = ByteWord.equalBytes(0x2D, in: word) << 8 | (previous == UInt8(ascii: "-") ? 0x80 : 0)
        return spaces & ~(nextAlphanumeric & ~previousHyphen) == 0
    }

    private static func straightQuotes(in bytes: Span<UInt8>) -> Int {
        var count = 0
        for index in bytes.indices where bytes[index] == 0x22 || bytes[index] == 0x27 { count += 1 }
        return count
    }

    /// Printable ASCII other than the quotes, which the quote rules may rewrite.
    private static func isPlainASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x27
    }

    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// Bytes in the UTF-8 sequence that starts with `lead` (valid UTF-8: the text came from a `String`).
    private static func length(of lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar whose UTF-8 sequence starts at `index`.
    private static func scalar(at index: Int, in bytes: Span<UInt8>) -> Unicode.Scalar {
        let lead = bytes[index]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        var value: UInt32
        switch length(of: lead) {
        case 2: value = UInt32(lead & 0x1F)
        case 3: value = UInt32(lead & 0x0F)
        default: value = UInt32(lead & 0x07)
        }
        for offset in 1..<length(of: lead) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The run of alphabetic scalars starting at byte `index`, lower-cased.
    private static func alphabeticWord(from index: Int, in bytes: Span<UInt8>) -> String {
        var end = index
        while end < bytes.count, isAlphabetic(scalar(at: end, in: bytes)) { end += length(of: bytes[end]) }
        return String(utf8Bytes: bytes.extracting(index..<end)).lowercased()
    }

    /// `properties.isAlphabetic`, answered without the property lookup for ASCII.
    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) }
        return scalar.properties.isAlphabetic
    }

    /// Alphabetic or numeric (`properties.numericType != nil`), answered without the lookup for ASCII.
    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isAlphabetic(scalar) || (0x30...0x39).contains(scalar.value) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private func requote(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Unicode.Scalar {
        switch (quotes, scalar.value) {
        case (.straight, 0x201C), (.straight, 0x201D): return "\""
        case (.straight, 0x2018), (.straight, 0x2019): return "'"
        case (.curly, 0x22): return Self.opensQuote(after: previous) ? "\u{201C}" : "\u{201D}"
        case (.curly, 0x27):
            if let previous, Self.isAlphanumeric(previous) { return "\u{2019}" }
            return Self.opensQuote(after: previous) && next.map(Self.isAlphabetic) == true ? "\u{2018}" : "\u{2019}"
        default: return scalar
        }
    }

    private static func opensQuote(after previous: Unicode.Scalar?) -> Bool {
        guard let previous else { return true }
        return previous == " " || "([{\u{2014}\u{2013}/".unicodeScalars.contains(previous)
    }

    /// "Ukraine ?" / "word ," / "? ”": a space a scraper put before closing punctuation.
    private static func dropsSpaceBefore(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar, next: Unicode.Scalar?) -> Bool {
        switch scalar {
        case ",", ";", "!", "?", ")":
            return isAlphanumeric(previous)
        case ".":
            return isAlphabetic(previous) && (next == nil || next == " ")
        case "\u{201D}":
            return ".!?,".unicodeScalars.contains(previous)
        default:
            return false
        }
    }

    /// "Russian -Iranian", "al -Assad", "long -term": a hyphen glued to the next word but spaced from the last.
    /// Not before a function word: "beauty -and selflessness", "meat -a mixture" set a dash, not a broken
    /// compound (the VADER data's NYT snippets set many dashes so; joining hid "beauty" from the tone).
    private static func isSpacedHyphen(
        previous: Unicode.Scalar, scalar: Unicode.Scalar, next: Unicode.Scalar?, following: Int, in bytes: Span<UInt8>
    ) -> Bool {
        guard scalar == "-", let next, isAlphabetic(previous), isAlphabetic(next) else { return false }
        return !dashFollowers.contains(alphabeticWord(from: following, in: bytes))
    }

    /// Words that start a clause or phrase after a dash and never end a hyphenated compound.
    private static let dashFollowers: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "no", "not", "as", "if", "of", "just", "so", "yet", "even",
    ]

    /// "Russian- Iranian": a hyphen glued to the last word but spaced from the next, unless it is a suspended
    /// hyphen ("pre- and post-war").
    private static func isHangingHyphen(
        beforeHyphen: Unicode.Scalar?, hyphen: Unicode.Scalar, scalar: Unicode.Scalar, from index: Int,
        in bytes: Span<UInt8>
    ) -> Bool {
        guard hyphen == "-", isAlphabetic(scalar), beforeHyphen.map(isAlphabetic) == true else { return false }
        let word = alphabeticWord(from: index, in: bytes)
        return !["and", "or", "to", "und", "et", "y"].contains(word)
    }

    /// NFC only changes text with combining marks, Hangul jamo, or canonical singletons (Ω, Å, K signs and
    /// the CJK compatibility ideographs); everything else is already composed.
    private static func mayChangeUnderNFC(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x11FF, 0x2126, 0x212A, 0x212B, 0xF900...0xFAFF, 0x2F800...0x2FA1F: true
        default: scalar.properties.canonicalCombiningClass != .notReordered
        }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar.value == 0xA0
            || (0x2000...0x200A).contains(scalar.value) || scalar.value == 0x202F || scalar.value == 0x205F
            || scalar.value == 0x3000 || scalar.value == 0x0C
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: true
        case 0x00...0x08, 0x0B, 0x0E...0x1F, 0x7F: true
        default: false
        }
    }
}
