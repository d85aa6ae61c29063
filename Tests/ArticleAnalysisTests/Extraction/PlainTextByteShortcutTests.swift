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

    static let tableLines = [
        "Japan 2 Syria 1", "135 Phil Mickelson 67 68", "Goran Ivanisevic ( Croatia ) beat Jason Stoltenberg ( Australia ) 6-3 7-6",
        "VfB Stuttgart 6 5 1 0 19 4 16", "Leicestershire 22 points , Somerset 4 .", "Monday 12 , Tuesday 14",
        "March 3 , Sept. 4 , Dec, 5 Frankfurt", "(France) 1 2 Paris", "( lower ) 3 4 Name", "1996 2024 Results",
        "1,234 5.6 7:8 9-10 11/12 Town", "a b c 1 2 X", "( A 1 2", "Ab 1 2 ( ) )",
    ]

    /// The results-table counts read on ASCII bytes are the counts read on Characters.
    @Test func asciiResultsCountsAreCharacterCounts() {
        for line in Self.tableLines + Self.samples {
            guard let ascii = WireLines.asciiCounts(line) else {
                #expect(line.utf8.contains { $0 < 0x20 || $0 > 0x7E }, "\(line)")
                continue
            }
            let characters = WireLines.characterCounts(line)
            #expect(ascii.figures == characters.figures && ascii.lower == characters.lower, "\(line)")
            #expect(ascii.names == (characters.figures >= 2 ? characters.names : 0), "\(line)")
        }
        #expect(WireLines.asciiCounts("Japan 2 Syria 1").map { [$0.figures, $0.names, $0.lower] } == [2, 2, 0])
        #expect(WireLines.asciiCounts("Monday 12 , Tuesday 14").map { [$0.figures, $0.names, $0.lower] } == [2, 0, 0])
        #expect(WireLines.asciiCounts("Monday 12 , Japan").map { [$0.figures, $0.names, $0.lower] } == [1, 0, 0])
    }

    /// The byte test before `bylineName` says no only where the full reading finds no byline.
    @Test func bylineByteTestNeverHidesAByline() {
        let lines = [
            "By Jubin Katiraie", "BY ANN LEE", "Written by Ann Lee and Bo Chan", "Author: Ann Lee", ":By Ann Lee",
            "posted by Bo Chan", "Reporting by Bo Chan", "Authors: Ann Lee, Bo Chan", "The story by Ann Lee", "By",
            "É by Ann", "\u{212A} Kelvin", "b\u{301}y Ann Lee", " : by Ann Lee",
        ] + Self.samples + Self.tableLines
        for line in lines where !UnitClassifier.mayOpenByline(line.utf8.span) {
            #expect(UnitClassifier.bylineName(line) == nil, "\(line)")
        }
        #expect(UnitClassifier.bylineName("By Jubin Katiraie") == "Jubin Katiraie")
        #expect(UnitClassifier.bylineName("Author: Ann Lee") == "Ann Lee")
        let story = "The story by Ann Lee"
        let opens = UnitClassifier.mayOpenByline(story.utf8.span)
        #expect(!opens)
    }

    /// Lines without four digits in a row hold no full date, so the byte test may skip reading their dates.
    @Test func linesWithoutYearDigitsHoldNoFullDate() {
        let lines = [
            "BRUSSELS 1996-08-22", "LONDON, March 12, 2024", "AL-AIN , United Arab Emirates 1996-12-06", "March 12, 24",
            "12 March ２０２４", "Updated: 14 March 2024 18:02 GMT", "Mar 12 199", "1996-8-22", "+999-01-01",
        ] + Self.samples + Self.tableLines
        for line in lines where !PublishedDateReader.hasYearDigits(line.utf8.span) {
            #expect(PublishedDateReader.fullDate(in: DateLineToken.tokens(of: line)) == nil, "\(line)")
        }
        #expect(WireLines.isPlaceDateline("BRUSSELS 1996-08-22"))
        #expect(WireLines.isPlaceDateline("LONDON, March 12, 2024"))
        #expect(!WireLines.isPlaceDateline("LONDON, March 12, 24"))
    }

    @Test func repeatedLinesAreCountedCaseFolded() {
        let units = TextUnitReader.units(of: "Share this\n\nSome story text.\n\nSHARE THIS\n\nshare that\n")
        #expect(units.map(\.occurrences) == [2, 1, 2, 1])
    }
}
