import ArticleAnalysis
import Foundation
import Testing

@Suite struct QuotesStageTests {
    private func quotes(_ text: String) throws -> [Quote] {
        QuotesStage.quotes(in: try QuotesSeedArticles.text(text).sentences)
    }

    @Test func speakerAfterTheQuote() throws {
        let found = try quotes("“We will respond to any aggression,” Putin said on Tuesday.")
        #expect(found.map(\.text) == ["We will respond to any aggression"])
        #expect(found.first?.speaker == "Putin")
        #expect(found.first?.anonymous == false)
    }

    @Test func invertedSaidWithTitleStopsAtTheRelativeClause() throws {
        let found = try quotes(#""The talks have failed," said Foreign Minister Sergei Lavrov, who spoke in Moscow."#)
        #expect(found.first?.speaker == "Foreign Minister Sergei Lavrov")
    }

    @Test func appositionBetweenNameAndVerb() throws {
        let found = try quotes(
            #""Numerical experiments of this kind are particularly successful," Dylan Nelson, a postdoctoral fellow at the Max Planck Institute, said."#)
        #expect(found.map(\.speaker) == ["Dylan Nelson"])
    }

    @Test func appositionBeforeAColonAttribution() throws {
        let found = try quotes(
            "Steve Menet, Senior Vice President of Sales for Dräger, Inc., says: “Effective alarm management remains a focus.”")
        #expect(found.map(\.speaker) == ["Steve Menet"])
    }

    @Test func appositionSkipsTimePhrasesAndLongTitles() throws {
        #expect(try quotes(
            "On Monday, the People’s Daily, the mouthpiece of the Communist party, warned that there is “absolutely no room for compromise.”"
        ).map(\.speaker) == ["the People’s Daily"])
        #expect(try quotes(
            #"Senior author Dr. Silvia S. Martins, associate professor of epidemiology at Columbia University Mailman School of Public Health, commented: "Cannabis use disorder is associated with harm.""#
        ).map(\.speaker) == ["Senior author Dr. Silvia S. Martins"])
        // "reports" here is a noun: the reports are not speakers, and nobody is named.
        #expect(try quotes("The inspector released two reports that depicted “technical challenges, cost increases and delays.”")
            .map(\.speaker) == [nil])
    }

    @Test func accordingToEarlierInTheClauseAndVerbThat() throws {
        #expect(try quotes("According to the man, the steroids “had a transformative effect within 2 days.”").map(\.speaker) == ["the man"])
        #expect(try quotes("In a tweet, the group added that WeWork “is not following through on its promise.”")
            .map(\.speaker) == ["the group"])
    }

    @Test func straightOpeningClosedByACurlyMark() throws {
        let found = try quotes(#""And I asked, well, on whose authority?” said Hill, who will testify Thursday."#)
        #expect(found.map(\.text) == ["And I asked, well, on whose authority?"])
        #expect(found.first?.speaker == "Hill")
    }

    @Test func hyphenatedTitlesAndPollsInAttributions() throws {
        #expect(try quotes(#"Wikileaks editor-in-chief Kristinn Hrafnsson said: "Let us now focus on the threat.""#)
            .map(\.speaker) == ["Wikileaks editor-in-chief Kristinn Hrafnsson"])
        #expect(try quotes("Fifty-one percent say that “the president should be removed from office.”").map(\.speaker) == [nil])
    }

    @Test func abbreviatedTitleStaysInTheName() throws {
        let found = try quotes("“Every study of the last 40 years says the same thing,” said Rep. Brian Babin of Texas.")
        #expect(found.map(\.speaker) == ["Rep. Brian Babin"])
    }

    @Test func songTitleBeforeAnAttributionIsNotTheQuote() throws {
        let found = try quotes(
            "After hitting “Takin’ It To the Streets,” the singer told the audience, “that’s really good, maybe we should go on the road.”")
        #expect(found.map(\.text) == ["that’s really good, maybe we should go on the road."])
        #expect(found.first?.speaker == "the singer")
    }

    @Test func speakerBeforeTheQuoteWithVerbAndColon() throws {
        let found = try quotes("Last week, Iranian President Hassan Rouhani told state television: “We will not negotiate under pressure.”")
        #expect(found.count == 1)
        #expect(found.first?.speaker == "Iranian President Hassan Rouhani")
        #expect(found.first?.text == "We will not negotiate under pressure.")
    }

    @Test func colonAttributionWithSingleQuotes() throws {
        let found = try quotes("Putin: 'We are not afraid of anyone and never will be.'")
        #expect(found.map(\.speaker) == ["Putin"])
    }

    @Test func accordingToBeforeAndAfter() throws {
        let before = try quotes(#"According to Reuters, "the deal is off for now.""#)
        #expect(before.first?.speaker == "Reuters")
        let after = try quotes("“Moscow has not delivered what it promised,” according to one intelligence source.")
        #expect(after.first?.speaker == "one intelligence source")
        #expect(after.first?.anonymous == true)
    }

    @Test func pronounTakesTheLastNamedSpeakerAcrossParagraphs() throws {
        let found = try quotes("""
            “Sanctions will not stop us,” President Hassan Rouhani said on Monday.
            Oil exports fell in the first quarter.
            “We have survived worse than this,” he added.
            """)
        #expect(found.count == 2)
        #expect(found.last?.speaker == "President Hassan Rouhani")
    }

    @Test func unresolvablePronounLeavesTheSpeakerEmptyButKeepsTheQuote() throws {
        let found = try quotes("“We have survived worse than this,” he added.")
        #expect(found.count == 1)
        #expect(found.first?.speaker == nil)
    }

    @Test func anonymousSourcing() throws {
        let officials = try quotes(#""The strike was planned for weeks," officials said."#)
        #expect(officials.first?.anonymous == true)
        #expect(officials.first?.speaker == "officials")
        let condition = try quotes(
            "“We expect much more from Moscow,” a member of the delegation said, speaking on condition of anonymity.")
        #expect(condition.first?.anonymous == true)
        let named = try quotes("“The talks went well,” a senior official, John Smith, said.")
        #expect(named.first?.anonymous == false)
        let familiar = try quotes("“The deal is close to collapse,” said two people familiar with the matter.")
        #expect(familiar.first?.anonymous == true)
        let passerby = try quotes(#""We got her, we got her!" officers announced on their radios."#)
        #expect(passerby.first?.anonymous == false)
    }

    @Test func multiSentenceQuoteIsOneQuoteAnchoredAtItsFirstSentence() throws {
        let document = try QuotesSeedArticles.text(
            "The minister spoke late. “We are ready. We have always been ready,” the minister told reporters.")
        #expect(document.sentences.count == 3)
        let found = QuotesStage.quotes(in: document.sentences)
        #expect(found.map(\.text) == ["We are ready. We have always been ready"])
        #expect(found.first?.sentence == 1)
        #expect(found.first?.speaker == "the minister")
    }

    @Test func quoteContinuedInTheNextParagraphKeepsItsSpeaker() throws {
        let found = try quotes("""
            Lavrov said: “We have been patient for a long time and we will stay patient.
            “But nobody should mistake patience for weakness.”
            Analysts doubt that the patience will last very long at all.
            “Nobody believes this will end well for anyone involved.”
            """)
        #expect(found.map(\.speaker) == ["Lavrov", "Lavrov", nil])
    }

    @Test func scareQuotesAndTitlesAreNotQuotes() throws {
        #expect(try quotes("The ties are a “marriage of convenience” at best, even a “competitive partnership”.").isEmpty)
        #expect(try quotes("Russia launched the Iranian military satellite “Khayyam”, which shows their cooperation.").isEmpty)
        #expect(try quotes("Syria was part of the “Resistance Axis“, which has an ideological component.").isEmpty)
    }

    @Test func apostrophesNeverCloseAQuote() throws {
        let found = try quotes("Iran’s position is “not negotiable, whatever the Americans’ demands,” Khamenei wrote.")
        #expect(found.map(\.text) == ["not negotiable, whatever the Americans’ demands"])
        #expect(found.first?.speaker == "Khamenei")
    }

    @Test func laterQuoteInTheParagraphKeepsTheSpeaker() throws {
        let found = try quotes("“We will respond,” Lavrov said. “Nobody should doubt our resolve on this.”")
        #expect(found.map(\.speaker) == ["Lavrov", "Lavrov"])
    }

    @Test func seedWithAnonymousIntelligenceSources() throws {
        let found = QuotesStage.quotes(in: try QuotesSeedArticles.seed("000").sentences)
        #expect(found.map(\.speaker) == ["one source", "one intelligence source"])
        #expect(found.allSatisfy { $0.anonymous })
        #expect(found.first?.text.hasPrefix("While Russia has provided diplomatic support") == true)
    }

    @Test func seedWithAWrittenQuote() throws {
        let document = try QuotesSeedArticles.seed("004")
        let found = QuotesStage.quotes(in: document.sentences)
        #expect(found.map(\.speaker) == ["Dr Majid Rafizadeh"])
        let sentence = try #require(found.first?.sentence)
        #expect(document.sentences[sentence].text.hasPrefix("Dr Majid Rafizadeh wrote:"))
    }

    @Test func seedQuotesRunningToTheParagraphEndKeepTheirAttribution() throws {
        let found = QuotesStage.quotes(in: try QuotesSeedArticles.seed("001").sentences)
        #expect(found.count >= 8)
        #expect(found.allSatisfy { $0.speaker != nil })
        #expect(found.contains { $0.speaker == "the site" && $0.text.contains("S-300 missile defense system") })
        // “Khayyam” sits inside the website's quote and does not cut it short.
        #expect(found.contains { $0.text.contains("“Khayyam”, which indicates") })
    }

    @Test func seedScareQuotesAreLeftOut() throws {
        let texts = QuotesStage.quotes(in: try QuotesSeedArticles.seed("002").sentences).map(\.text)
        #expect(!texts.contains { $0.contains("marriage of convenience") || $0.contains("little Satan") })
    }

    @Test func nonEnglishArticleGetsNoQuotesAndAWarning() throws {
        let pipeline = try AnalysisPipeline(stages: [
            PresetSentencesStage(["« Nous ne céderons pas », a déclaré le ministre."], language: "fr"), QuotesStage(),
        ])
        let article = Article(name: "fr", bytes: [], receivedAt: Date(timeIntervalSince1970: 0))
        guard case let .analyzed(record) = pipeline.analyze(article, options: AnalysisOptions()) else {
            Issue.record("expected a record")
            return
        }
        #expect(record.json["quotes"] == .array([]))
        #expect(record.warnings.contains { $0.contains("English-only") })
    }
}
