import Foundation

/// Repairs what scraping does to text, one paragraph at a time, in a single pass over its scalars:
/// odd spaces and invisible characters, spaced hyphens ("Russian -Iranian" → "Russian-Iranian"), spaces before
/// punctuation ("Ukraine? ”"), a mix of curly and straight quotes (unified to the document's majority), and
/// Unicode NFC.
struct TextRepair: Sendable {
    /// Which quote style the document mostly uses; the minority style is rewritten to it.
    enum QuoteStyle: Sendable { case keep, curly, straight }

    var quotes: QuoteStyle = .keep

    /// Decides the quote style from the whole text: only a real mix (both styles present) is rewritten.
    static func quoteStyle(of text: some StringProtocol) -> QuoteStyle {
        var curly = 0, straight = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x2018, 0x2019, 0x201C, 0x201D: curly += 1
            case 0x22, 0x27: straight += 1
            default: break
            }
        }
        guard curly > 0, straight > 0 else { return .keep }
        return curly >= straight ? .curly : .straight
    }

    func repair(_ text: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var needsNormalization = false
        var pendingSpace = false
        // The last two scalars written, for the hyphen and punctuation rules.
        var previous: Unicode.Scalar?
        var beforePrevious: Unicode.Scalar?
        let scalars = Array(text.unicodeScalars)
        for (index, original) in scalars.enumerated() {
            if Self.isInvisible(original) { continue }
            if Self.isSpace(original) {
                pendingSpace = previous != nil
                continue
            }
            var scalar = original
            if scalar.value >= 0x300, !needsNormalization { needsNormalization = Self.mayChangeUnderNFC(scalar) }
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if scalar.value == 0x22 || scalar.value == 0x27 || (0x2018...0x201D).contains(scalar.value) {
                scalar = requote(scalar, after: pendingSpace ? " " : previous, before: next)
            }
            if pendingSpace, let previous {
                pendingSpace = !Self.dropsSpaceBefore(scalar, after: previous, next: next)
                    && !Self.isSpacedHyphen(previous: previous, scalar: scalar, following: scalars[(index + 1)...])
                    && !Self.isHangingHyphen(beforeHyphen: beforePrevious, hyphen: previous, scalar: scalar, following: scalars[index...])
            }
            if pendingSpace {
                out.append(0x20)
                beforePrevious = previous
                previous = " "
            }
            pendingSpace = false
            if scalar.isASCII { out.append(UInt8(scalar.value)) } else { out.append(contentsOf: UTF8.encode(scalar)!) }
            beforePrevious = previous
            previous = scalar
        }
        let repaired = String(decoding: out, as: UTF8.self)
        return needsNormalization ? repaired.precomposedStringWithCanonicalMapping : repaired
    }

    private func requote(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Unicode.Scalar {
        switch (quotes, scalar.value) {
        case (.straight, 0x201C), (.straight, 0x201D): return "\""
        case (.straight, 0x2018), (.straight, 0x2019): return "'"
        case (.curly, 0x22): return Self.opensQuote(after: previous) ? "\u{201C}" : "\u{201D}"
        case (.curly, 0x27):
            if let previous, previous.properties.isAlphabetic || previous.properties.numericType != nil { return "\u{2019}" }
            return Self.opensQuote(after: previous) && next.map { $0.properties.isAlphabetic } == true ? "\u{2018}" : "\u{2019}"
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
            return previous.properties.isAlphabetic || previous.properties.numericType != nil
        case ".":
            return previous.properties.isAlphabetic && (next == nil || next == " ")
        case "\u{201D}":
            return ".!?,".unicodeScalars.contains(previous)
        default:
            return false
        }
    }

    /// "Russian -Iranian", "al -Assad", "long -term": a hyphen glued to the next word but spaced from the last.
    /// Not before a function word: "beauty -and selflessness", "meat -a mixture" set a dash, not a broken
    /// compound (the VADER data's NYT snippets set many dashes so; joining hid "beauty" from the tone).
    private static func isSpacedHyphen(previous: Unicode.Scalar, scalar: Unicode.Scalar, following: ArraySlice<Unicode.Scalar>) -> Bool {
        guard scalar == "-", let next = following.first, previous.properties.isAlphabetic, next.properties.isAlphabetic
        else { return false }
        let word = String(String.UnicodeScalarView(following.prefix { $0.properties.isAlphabetic })).lowercased()
        return !dashFollowers.contains(word)
    }

    /// Words that start a clause or phrase after a dash and never end a hyphenated compound.
    private static let dashFollowers: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "no", "not", "as", "if", "of", "just", "so", "yet", "even",
    ]

    /// "Russian- Iranian": a hyphen glued to the last word but spaced from the next, unless it is a suspended
    /// hyphen ("pre- and post-war").
    private static func isHangingHyphen(
        beforeHyphen: Unicode.Scalar?, hyphen: Unicode.Scalar, scalar: Unicode.Scalar, following: ArraySlice<Unicode.Scalar>
    ) -> Bool {
        guard hyphen == "-", scalar.properties.isAlphabetic, beforeHyphen?.properties.isAlphabetic == true else { return false }
        let word = String(String.UnicodeScalarView(following.prefix { $0.properties.isAlphabetic })).lowercased()
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
