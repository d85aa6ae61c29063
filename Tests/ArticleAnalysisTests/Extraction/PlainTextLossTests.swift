@testable import ArticleAnalysis
import Testing

/// Issue 13: plain-text articles stored as one long line came out empty, removed whole for one cue word.
/// A line with a large share of the words is judged sentence by sentence; cue words need boilerplate context.
@Suite struct PlainTextLossTests {
    static let story = [
        "The city council voted on Tuesday to close the old harbour bridge to heavy lorries after engineers found cracks in two of its supports.",
        "Residents who live near the bridge said the decision came years too late, and several shop owners warned that deliveries would now take much longer.",
        "The mayor told reporters that repairs would cost about 40 million euros and that work could begin in the spring if the regional government agreed to share the bill.",
        "Engineers will inspect the remaining supports next month, and the council will publish their findings before it decides whether the bridge can reopen at all.",
    ]

    static func extract(_ text: String) -> ExtractedArticle { PlainTextExtractor().extract(text).article }

    static func keptWords(_ article: ExtractedArticle) -> Int { article.paragraphs.joined(separator: " ").split(separator: " ").count }

    @Test func aSingleLineArticleWithAQuotedQuestionToTheReaderIsKept() {
        let quote = "\"Can you imagine what it means to get the kids to school now? Tell me, share your thoughts,\" one mother asked, holding her phone and the school app."
        let line = ([Self.story[0], Self.story[1], quote] + Self.story[2...]).joined(separator: " ")
        let article = Self.extract(line)
        #expect(Self.keptWords(article) == line.split(separator: " ").count)
        #expect(article.paragraphs.count == 1)
        #expect(article.removed.byReason[.callToAction] == nil)
    }

    @Test func aSingleLineArticleThatMentionsSponsoredIsKept() {
        let sentence = "The summer festival, sponsored by a local bank, drew visitors whose views on the closure were mixed, organisers said."
        let line = ([Self.story[0], sentence] + Self.story[1...]).joined(separator: " ")
        let article = Self.extract(line)
        #expect(Self.keptWords(article) == line.split(separator: " ").count)
        #expect(article.removed.byReason[.disclaimer] == nil)
    }

    @Test func anAuthorBioInsideALongLineIsRemovedAndTheStoryKept() {
        let bio = "Anna Berg is a senior reporter for the Harbour Times covering transport and city politics. She can be reached at anna.berg@example.com."
        let line = (Self.story + [bio]).joined(separator: " ")
        let article = Self.extract(line)
        let kept = article.paragraphs.joined(separator: " ")
        #expect(kept == Self.story.joined(separator: " "))
        #expect(article.removed.byReason[.authorProfile]?.lines == 2)
    }

    @Test func aLongLastParagraphIsNeverRemovedForCueWords() {
        let last = "The festival, sponsored by a local bank, reflects the views of organisers, who said the bridge closure would hurt visitor numbers this summer and that traders would need help from the council to get through the months of work on the supports ahead."
        let text = (Self.story + [last]).joined(separator: "\n\n")
        let article = Self.extract(text)
        #expect(article.paragraphs.last == last)
    }

    @Test func realBoilerplateLinesAreStillRemovedFromAMultiLineArticle() {
        let text = (Self.story + [
            "Disclaimer: The views expressed are the author's own and do not necessarily reflect those of the publisher. All rights reserved.",
            "Share this article with your friends",
            "Download our app and subscribe to your newsletter",
        ]).joined(separator: "\n\n")
        let article = Self.extract(text)
        #expect(article.paragraphs == Self.story)
        #expect(article.removed.byReason[.disclaimer]?.lines == 1)
        #expect((article.removed.byReason[.callToAction]?.lines ?? 0) >= 1)
    }

    @Test func closingCallsToActionOfALongLineAreRemoved() {
        let line = (Self.story + ["Click here to subscribe to our newsletter and get your daily briefing."]).joined(separator: " ")
        let article = Self.extract(line)
        #expect(article.paragraphs == [Self.story.joined(separator: " ")])
        #expect(article.removed.byReason[.callToAction]?.lines == 1)
    }

    @Test func theRecordNamesThePathAndTheRuleThatRemovedMost() throws {
        let document = try AnalysisFixtures.document(Self.story.joined(separator: "\n\n"))
        #expect(document.sections.boilerplate.json["path"] == .string("plain-text"))
        let page = try AnalysisFixtures.document("<html><body><article><p>\(Self.story.joined(separator: "</p><p>"))</p></article></body></html>")
        #expect(page.sections.boilerplate.json["path"] == .string("html-main"))
        var report = BoilerplateReport()
        report.remove(String(repeating: "x", count: 600), because: .disclaimer)
        #expect(report.ruleThatRemovedMost(keptChars: 400)?.reason == .disclaimer)
        #expect(report.ruleThatRemovedMost(keptChars: 700) == nil)
    }

    /// Everything in this text is printed twice, so every line is a repeat and the classifier keeps none; the
    /// last-resort guard keeps the prose sentences (once) and says so.
    @Test func anEmptiedTextWithProseFallsBackToItsSentences() throws {
        let twice = (Self.story + Self.story).joined(separator: "\n\n")
        #expect(Self.extract(twice).paragraphs.isEmpty)
        let document = try AnalysisFixtures.document(twice)
        #expect(document.paragraphs == Self.story)
        #expect(document.sections.boilerplate.json["path"] == .string("plain-text-prose-fallback"))
        #expect(document.warnings.contains { $0.contains("kept its prose sentences") })
        #expect(document.warnings.contains { $0.contains("boilerplate-removed-most:repeated") })
    }

    @Test(arguments: [
        ("Anna Berg is a senior reporter for the Harbour Times.", true),
        ("She can be reached at anna@example.com.", true),
        ("John Smith writes for the Daily News about energy.", true),
        ("The mayor is a former engineer who worked on the bridge.", false),
        ("\"He is a reporter,\" the mayor said of the man.", false),
    ])
    func authorBioSentences(text: String, isBio: Bool) {
        #expect(AuthorBio.isBio(text) == isBio)
    }
}

@Suite struct LongLineEdgeTests {
    /// The last sentences of a one-line story that score low on their own (a label-like start, no full stop)
    /// stay with the story; only furniture is cut from its end.
    @Test func lowScoringClosingSentencesOfALongLineStay() {
        let closing = ["Lynn is right: The council needed to act.", "Only time will tell whether the bridge can be saved"]
        let line = (PlainTextLossTests.story + closing).joined(separator: " ")
        let article = PlainTextExtractor().extract(line).article
        #expect(article.paragraphs == [line])
    }
}
