@testable import ArticleAnalysis
import Testing

/// Hard cases written down as they were met: glued breadcrumbs, teaser lists, profile cards, repeated ads,
/// hard-wrapped paragraphs, and text in other languages.
@Suite struct PlainTextExtractorTests {
    @Test func profileTeasersAndAdsAreRemoved() throws {
        let document = try AnalysisFixtures.document(try AnalysisFixtures.fixture("profile-and-teasers.txt"))
        #expect(document.metadata.title == "City Council Approves New Budget")
        #expect(document.metadata.byline == "Maria Lopez and Tom Reed")
        #expect(document.paragraphs.count == 4)
        #expect(document.paragraphs.first?.hasPrefix("The city council voted") == true)
        #expect(document.paragraphs.last?.hasPrefix("Residents can reach") == true)
        for junk in ["Related stories", "Transit Agency", "maria.lopez", "Followers", "Download our app", "Sponsored"] {
            #expect(!document.cleanText.contains(junk), "kept \(junk)")
        }
        // The body's own contact details are counted; the profile card's never reach the text.
        let pii = try #require(document.sections.pii.json["emails"])
        #expect(pii == .int(1))
        #expect(document.sections.pii.json["phones"] == .int(1))
        let removed = try #require(document.sections.boilerplate.json["byKind"])
        #expect(removed["breadcrumb"] != nil)
        #expect(removed["related-links"] != nil)
        #expect(removed["repeated"] != nil)
        #expect(removed["author-profile"] != nil)
    }

    @Test func redactionMasksBodyPersonalData() throws {
        var options = AnalysisOptions()
        options.redactPII = true
        let document = try AnalysisFixtures.document(try AnalysisFixtures.fixture("profile-and-teasers.txt"), options: options)
        #expect(document.cleanText.contains("[email]"))
        #expect(document.cleanText.contains("[phone]"))
        #expect(!document.cleanText.contains("budget@city.example.org"))
        #expect(document.sections.pii.json["redacted"] == .bool(true))
    }

    @Test func hardWrappedParagraphsAreJoined() {
        let text = """
        Wrapped Story Title

        The first paragraph of this story was wrapped by an old mail client at
        seventy-two columns, so every line breaks in the middle of a sentence and
        only a blank line marks where the paragraph really ends in the source.

        A second paragraph follows the same pattern, with a line that ends here
        and continues on the next one, which the reader must join back together.
        """
        let (article, _) = PlainTextExtractor().extract(text)
        #expect(article.metadata.title == "Wrapped Story Title")
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs[0].contains("columns, so every line breaks"))
    }

    @Test func nonEnglishProseIsKept() throws {
        let text = """
        La Russie et l'Iran

        Les relations entre Moscou et Téhéran se sont renforcées depuis le début de la guerre en Ukraine, selon plusieurs diplomates interrogés cette semaine.

        Mais les deux pays restent des partenaires prudents, qui se méfient l'un de l'autre sur les questions d'énergie et de sécurité régionale.

        Télécharger l'application
        """
        let document = try AnalysisFixtures.document(text)
        #expect(document.metadata.title == "La Russie et l'Iran")
        #expect(document.paragraphs.count == 2)
        #expect(document.language?.code == "fr")
    }

    @Test func bodyRunIsTheBestScoringSegment() {
        #expect(PlainTextExtractor.bestRun([-2, 30, -2, 25, -20, -20, 5]) == 1..<4)
        #expect(PlainTextExtractor.bestRun([-1, -3]) == nil)
    }
}

