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

    /// The byte bound on a results line's figures says no only where the Character counts find fewer than two,
    /// on table lines and on lines with non-ASCII numbers, marks and quotes.
    @Test func figureBoundNeverHidesTwoFigures() {
        let lines = Self.tableLines + Self.samples + [
            "Europe’s 2 best", "Europe’s best team", "½ and ¾", "Team ½", "Ⅻ Legion ( Rome )", "١٢ ٣٤ مدينة",
            "2\u{301} 3\u{301} Town", " \u{301}4 5 Town", "Ünal 3 Özil 2", "(Ünal) 1", "x (A) (B)", "“Quoted” 1 Team",
        ]
        var bounded = 0
        for line in lines where !WireLines.mayHoldTwoFigures(line) {
            bounded += 1
            #expect(WireLines.characterCounts(line).figures < 2, "\(line)")
        }
        #expect(bounded > 5)
        #expect(WireLines.mayHoldTwoFigures("Japan 2 Syria 1"))
        #expect(!WireLines.mayHoldTwoFigures("Europe’s best team of the year"))
    }

    /// The author-bio test read on ASCII bytes answers as the Character reading does, on bios, near misses,
    /// punctuation-only words, quotes, pronouns and names of every length.
    @Test func asciiAuthorBioIsCharacterAuthorBio() {
        let lines = [
            "Ann Lee is a senior reporter for the Daily News.", "She covers energy and can be reached at ann@example.com.",
            "John Smith writes for the Daily News about energy.", "The mayor is a former engineer who worked on the bridge.",
            "\"He is a reporter,\" the mayor said of the man.", "HE IS A STAFF WRITER.", "they, was: (editor)",
            "Ann Lee Bo Chan Di is an editor", "Ann Lee Bo Chan Di Ed is an editor", "Ann (Lee) ... has joined as producer",
            "- - Ann is editor", "Ann Lee covers", "Ann Lee Covers politics", "ann Lee is a reporter", "She is",
            "He reports on one two three four five six seven eight nine ten eleven twelve thirteen reporter",
            "He reports on one two three four five six seven eight nine ten reporter", "  Ann   Lee  is   staff  ",
            "Who is Ann? Contact the desk.", "She previously worked as a freelance writer.", "Ann Lee WRITES daily.",
            "Bob was here and reached nobody.", "It is what it is.", "Mr. Smith is a Reporter.", "'She' is a columnist",
        ]
        for line in lines + Self.samples + Self.tableLines {
            #expect(AuthorBio.isASCIIBio(line.utf8.span) == AuthorBio.isBioByCharacters(line), "\(line)")
        }
        #expect(AuthorBio.isBio("Ann Lee is a senior reporter for the Daily News."))
        #expect(!AuthorBio.isBio("It is what it is."))
    }

    /// The unit's sentence end read on a span is the one read on the Substring's UTF-8 view.
    @Test func spanSentenceEndIsSubstringSentenceEnd() {
        let lines = [
            "Done.", "Done", "He said \"yes.\"", "Why? ", "(Really!)", "Quoted.”", "Quoted”", "It’s", "Right.’ ", "Fine.»",
            "x»", "»", "”", "’.", "\u{9D}", "a\u{99}", "]", " ", "", "Many. ) ] ' \"", "Ends with é", "Ends with ….",
        ]
        for line in lines + Self.samples + Self.tableLines {
            #expect(TextUnitReader.endsSentence(line.utf8.span) == TextUnitReader.endsSentence(line[...]), "\(line)")
        }
        let closed = TextUnitReader.endsSentence("Quoted.”".utf8.span), open = TextUnitReader.endsSentence("Quoted”".utf8.span)
        #expect(closed && !open)
    }

    /// The byte test before `bylineName` says no only where the full reading finds no byline.
    @Test func bylineByteTestNeverHidesAByline() {
        let lines = [
            "By Jubin Katiraie", "BY ANN LEE", "Written by Ann Lee and Bo Chan", "Author: Ann Lee", ":By Ann Lee",
            "posted by Bo Chan", "Reporting by Bo Chan", "Authors: Ann Lee, Bo Chan", "The story by Ann Lee", "By",
            "É by Ann", "\u{212A} Kelvin", "b\u{301}y Ann Lee", " : by Ann Lee", "BY: Ann Lee", "Authors:: Ann Lee",
            "Bylines by Ann Lee", "Bye Ann Lee", "by, Ann Lee", "Written: by Ann Lee", "REPORTING BY BO CHAN", "by:Ann Lee",
            "Posted by", "author Ann Lee", "by\u{301} Ann Lee", "Brussels by night",
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
