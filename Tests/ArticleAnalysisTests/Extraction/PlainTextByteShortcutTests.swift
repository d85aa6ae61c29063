@testable import ArticleAnalysis
import Testing

/// The plain-text path reads bytes where it used to walk Characters or generic collections (issue 17): each
/// byte shortcut must give what the slower reading gave, including on the Unicode edge cases that a byte
/// rule could get wrong (combining marks, prepended marks, CR LF, no-break spaces).
@Suite struct PlainTextByteShortcutTests {
    static let samples = [
        "", "a", "The", "THE", "yourselves", "Straße", "naïve", "e\u{301}tude", "© 2024", "don't", "l'été",
        "Bayern Munich 2 Borussia Moenchengladbach 0", "\u{600}a b", "a\r\nb", "x\u{A0}y",
    ]

    @Test func spanWordHashIsWordHashSetsHash() {
        for sample in Self.samples {
            #expect(WordHashSet.hash(sample.utf8.span, 0..<sample.utf8.count) == WordHashSet.hash(sample.utf8[...]), "\(sample)")
        }
    }

    @Test func keptCharactersBoundNeverExceedsTheCount() {
        let paragraphs = ["e\u{301}e\u{301}", "a\r\nb", "\u{600}a", "👩‍👩‍👧 family", "plain words here", "x\u{A0}y"]
        let count = paragraphs.reduce(0) { $0 + $1.count }
        for minimum in 0...(count + 3) {
            #expect(CharacterCount.atLeast(minimum, in: paragraphs) == (count >= minimum), "\(minimum) of \(count)")
        }
        for text in paragraphs + Self.samples + ["plain ASCII text longer than eight bytes", "twelve bytes\r\n and more"] {
            #expect(CharacterCount.of(text) == text.count, "\(text)")
        }
    }

    /// The lower-case word count on bytes agrees with counting `split(separator: " ")` words whose first
    /// Character is lower case, whenever it says five or more.
    @Test func fiveLowercaseWordsOnBytesAreFiveByCharacters() {
        let lines = [
            "results of the first division matches played on Saturday",
            "e\u{301}a b c d e", "a\u{301} b\u{301} c\u{301} d\u{301} e\u{301} f",
            "\u{600} a \u{600} b \u{600} c \u{600} d \u{600} e", "Japan 2 Syria 1", "one two three four",
            "one two three four five", "x y z w v",
        ]
        for line in lines {
            let byCharacters = line.split(separator: " ").filter { $0.first?.isLowercase == true }.count
            if WireLines.hasFiveLowercaseWords(line) { #expect(byCharacters >= 5, "\(line)") }
        }
        #expect(WireLines.hasFiveLowercaseWords("one two three four five"))
        #expect(!WireLines.hasFiveLowercaseWords("one two three four"))
        #expect(!WireLines.hasFiveLowercaseWords("a\u{301} b\u{301} c\u{301} d\u{301} e\u{301} f"))
    }

    /// A line copied as it is (nothing to collapse) and a line collapsed byte by byte give the same unit text.
    @Test func linesWithNothingToCollapseKeepTheirText() {
        let lines = ["Plain line.", " leading", "trailing ", "two  spaces", "tab\there", "no\u{A0}break", "© fine", "a\rb"]
        let units = TextUnitReader.units(of: lines.joined(separator: "\n\n"))
        #expect(units.map(\.text) == lines.map { TextUnitReader.collapseSpaces($0) })
        #expect(units.map(\.text) == ["Plain line.", "leading", "trailing", "two spaces", "tab here", "no break", "© fine", "a b"])
    }

    @Test func repeatedLinesAreCountedCaseFolded() {
        let units = TextUnitReader.units(of: "Share this\n\nSome story text.\n\nSHARE THIS\n\nshare that\n")
        #expect(units.map(\.occurrences) == [2, 1, 2, 1])
    }
}
