import Testing

@testable import ArticleAnalysis

@Suite struct SummaryExtractorTests {
    /// A short story of our own with a heading, a byline, a question and page furniture around it.
    static let story: [Sentence] = [
        Sentence(text: "Iran and Russia sign energy pact", paragraph: 0),
        Sentence(text: "By Staff Reporter", paragraph: 1),
        Sentence(text: "Iran and Russia signed an energy agreement in Moscow on Tuesday, pledging joint gas projects.", paragraph: 2),
        Sentence(text: "The agreement covers gas exploration in southern Iran and a pipeline to the Caspian coast.", paragraph: 2),
        Sentence(text: "Officials said the weather in Moscow was cold but the talks were warm and friendly.", paragraph: 3),
        Sentence(text: "Will the energy agreement between Iran and Russia survive Western sanctions?", paragraph: 3),
        Sentence(text: "Analysts said the gas agreement gives Russia a foothold in Iran's energy sector despite sanctions.", paragraph: 4),
        Sentence(text: "Iran and Russia signed an energy agreement in Moscow on Tuesday, pledging joint gas projects.", paragraph: 5),
        Sentence(text: "Subscribe to our newsletter for more news about energy, Iran and Russia every single day.", paragraph: 6),
    ]

    @Test func picksThreeStatementsInArticleOrder() {
        let summary = SummaryExtractor().summary(of: Self.story)
        #expect(summary.count == 3)
        #expect(summary.map(\.index) == summary.map(\.index).sorted())
        #expect(summary.first?.index == 2)  // the lead
        for sentence in summary {
            #expect(sentence.text == Self.story[sentence.index].text)
            #expect(sentence.paragraph == Self.story[sentence.index].paragraph)
        }
    }

    @Test func leavesOutHeadingsQuestionsFurnitureAndRepeats() {
        let indexes = Set(SummaryExtractor().summary(of: Self.story).map(\.index))
        #expect(indexes.isDisjoint(with: [0, 1, 5, 7, 8]))
    }

    @Test func shortArticlesGiveWhatTheyHave() {
        #expect(SummaryExtractor().summary(of: Array(Self.story.prefix(3))).map(\.index) == [2])
        #expect(SummaryExtractor().summary(of: []).isEmpty)
    }
}
