@testable import ArticleAnalysis
import Testing

/// News-wire copy in plain text (issue 14): a tokenised headline, a bare byline and a dateline before the
/// story, and sports stories that are mostly results tables. The shapes are read by rule, never by list.
@Suite struct WireCopyTests {
    static let lamb = """
        EU rejects German call to boycott British lamb .
        Peter Blackburn
        BRUSSELS 1996-08-22
        The European Commission said on Thursday it disagreed with German advice to consumers to shun British lamb until scientists determine whether mad cow disease can be transmitted to sheep .
        Germany 's representative to the European Union 's veterinary committee Werner Zwingmann said on Wednesday consumers should buy sheepmeat from countries other than Britain until the scientific advice was clearer .

        """

    @Test func headlineBylineAndDatelineAreRead() throws {
        let document = try AnalysisFixtures.document(Self.lamb)
        #expect(document.metadata.title == "EU rejects German call to boycott British lamb.")
        #expect(document.metadata.byline == "Peter Blackburn")
        #expect(document.metadata.published == "1996-08-22")
        #expect(document.paragraphs.first == "BRUSSELS 1996-08-22", "the dateline opens the story")
        #expect(!document.cleanText.contains("Blackburn"))
    }

    @Test func aFirstSentenceWithItsPeriodAttachedIsNoTitle() throws {
        let text = "They met in Tehran on Monday.\n\nThe talks, which lasted six hours, ended without a statement from either side, officials said.\n"
        let document = try AnalysisFixtures.document(text)
        #expect(document.metadata.title == nil)
        #expect(document.cleanText.hasPrefix("They met in Tehran"))
    }

    @Test func resultsTablesAreContent() throws {
        let text = """
            SOCCER - GERMAN FIRST DIVISION RESULTS .
            BONN 1996-09-14
            Results of German first division soccer matches played on Saturday :
            Bayern Munich 2 Borussia Moenchengladbach 0
            Hamburg 1 Werder Bremen 1
            Standings ( tabulate under played , won , drawn , lost , goals for , against , points ) :
            VfB Stuttgart 6 5 1 0 19 4 16
            Bayern Munich 6 4 2 0 11 3 14

            """
        let document = try AnalysisFixtures.document(text)
        for row in ["Hamburg 1 Werder Bremen 1", "VfB Stuttgart 6 5 1 0 19 4 16"] {
            #expect(document.cleanText.contains(row), "dropped \(row)")
        }
        let organizations = Set(document.sections.entities.filter { $0.kind == .organization }.map(\.name))
        #expect(organizations.isSuperset(of: ["Hamburg", "Werder Bremen", "VfB Stuttgart"]), "\(organizations)")
    }

    @Test func lineShapes() {
        func unit(_ text: String) -> TextUnit { TextUnitReader.measure(text, blanksBefore: 0) }
        #expect(WireLines.isResultsLine(unit("Japan 2 Syria 1")))
        #expect(WireLines.isResultsLine(unit("Leicestershire 22 points , Somerset 4 .")))
        #expect(!WireLines.isResultsLine(unit("Copyright 2024 Reuters")))
        #expect(!WireLines.isResultsLine(unit("Page 1 2 3 Next")))
        #expect(!WireLines.isResultsLine(unit("Share 12 Comments 4")))
        #expect(!WireLines.isResultsLine(unit("March 12, 2024 10:31")))
        #expect(WireLines.isPlaceDateline("AL-AIN , United Arab Emirates 1996-12-06"))
        #expect(WireLines.isPlaceDateline("LONDON, March 12, 2024"))
        #expect(!WireLines.isPlaceDateline("Monday, 18 March 2024"))
        #expect(!WireLines.isPlaceDateline("Updated March 12, 2024"))
        #expect(WireLines.bareBylineName("Peter Blackburn") == "Peter Blackburn")
        #expect(WireLines.bareBylineName("BRUSSELS 1996-08-22") == nil)
    }
}
