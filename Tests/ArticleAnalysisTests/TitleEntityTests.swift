@testable import ArticleAnalysis
import Testing

/// Names in the title become entities with `titleOffsets` into the title (issue 14); an ALL-CAPS headline
/// joins the body's names whatever their case and adds only dictionary countries of its own.
@Suite struct TitleEntityTests {
    private func slices(_ title: String, _ ranges: [Range<Int>]) -> [String] {
        let scalars = Array(title.unicodeScalars)
        return ranges.map { range in String(String.UnicodeScalarView(scalars[range])) }
    }

    @Test func titleMentionsCarryOffsetsIntoTheTitle() throws {
        let document = try AnalysisFixtures.document(WireCopyTests.lamb)
        let title = try #require(document.metadata.title)
        let germany = try #require(document.sections.entities.first { $0.name == "Germany" })
        #expect(slices(title, germany.titleOffsets) == ["German"])
        #expect(germany.mentions == germany.offsets.count + germany.titleOffsets.count)
    }

    @Test func capitalsHeadlineJoinsTheBodysNames() throws {
        let text = """
            SOCCER - FEYENOORD BEAT AJAX IN ROTTERDAM DERBY .
            ROTTERDAM 1996-09-01
            Feyenoord went top of the Dutch first division on Sunday with a 2-1 win over champions Ajax at home .
            Feyenoord 2 Ajax 1

            """
        let document = try AnalysisFixtures.document(text)
        let title = try #require(document.metadata.title)
        let feyenoord = try #require(document.sections.entities.first { $0.name == "Feyenoord" })
        #expect(feyenoord.kind == .organization)
        #expect(slices(title, feyenoord.titleOffsets) == ["FEYENOORD"])
        // "SOCCER" and "DERBY" are no names, however the tagger reads a line of capitals.
        let fromTitleOnly = document.sections.entities.filter { $0.offsets.isEmpty }
        #expect(fromTitleOnly.allSatisfy { $0.kind == .country }, "\(fromTitleOnly.map(\.name))")
    }

    @Test func offsetsStayInsideATitleWithEmoji() throws {
        let document = try AnalysisFixtures.document(
            "🇫🇷 France beat Italy 2-1 in Paris .\nPARIS 2024-03-12\nFrance won the match in Paris on Tuesday evening after a long and difficult game , officials said .\n")
        let title = try #require(document.metadata.title)
        let france = try #require(document.sections.entities.first { $0.name == "France" })
        #expect(slices(title, france.titleOffsets).first == "France")
        for entity in document.sections.entities {
            for range in entity.titleOffsets { #expect(range.upperBound <= title.unicodeScalars.count) }
        }
    }
}

extension TitleEntityTests {
    @Test func titleCaseHeadlineWordsAreNoPeople() {
        #expect(TitleEntities.isTitleCase("Russia and Iran Not Natural Allies"))
        #expect(!TitleEntities.isTitleCase("EU rejects German call to boycott British lamb ."))
    }
}

/// The title pass's string helpers answer what the String calls they stand for answer.
@Suite struct TitleEntityStringTests {
    @Test func lastWordIsTheLastPieceSplitAtSpaces() {
        for name in ["Damon Hill", "Hill", "", " ", "Damon  Hill  ", "Jean-Claude Van Damme", "José Mourinho", " Ajax"] {
            #expect(TitleEntities.lastWord(name) == name.split(separator: " ").last.map(String.init), "\(name)")
        }
    }

    @Test func loweredComparisonIsTheLowerCaseStringsComparison() {
        let texts = ["AJAX", "Ajax", "ajax", "Ajax Amsterdam", "SÃO PAULO", "São Paulo", "K", "\u{212A}", "", "U.S."]
        for text in texts {
            for other in texts {
                let lowered = other.lowercased()
                #expect(TitleEntities.lowercased(text, equals: lowered) == (text.lowercased() == lowered), "\(text) \(other)")
            }
        }
    }
}
