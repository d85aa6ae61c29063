@testable import ArticleAnalysis
import Testing

@Suite struct NameTagScorerTests {
    private let sentences = [
        "President Kwame Mensah of Ghana met Angela Merkel in Berlin on Monday .",
        "Mensah said the Bank of Ghana would keep its rate , Merkel told reporters in Berlin .",
        "OFFICIALS IN ACCRA SAY MENSAH WILL RETURN",
        "omg mensah just landed in accra with merkel",
        "Mensah",
    ]

    /// Every token of every sentence scored with the document's word and context sums equals the sum of the
    /// weights of its features as training lists them, with and without a sum kept from an earlier token.
    @Test func cachedWordSumsScoreLikeEveryFeatureLookedUp() {
        let table = TokenTable(sentenceTexts: sentences)
        let model = NameTagger.standard.model
        var words = NameTagWordScores(vocabulary: table.vocabulary)
        // These few sentences are below the size where a document keeps context sums: keep them anyway.
        words.contexts = NameTagContextScores(capacity: 16)
        var scorer = NameTagScorer(model: model, words: words)
        var reused = 0, contextsReused = 0
        for (index, tokens) in table.sentences.enumerated() {
            let sentence = NameTagSentence(tokens, lexiconMentions: [])
            let lexemes = table.lexemes(ofSentence: index)
            for token in tokens.indices {
                for previous in [NameTag.outside, .beginPerson] {
                    let known = scorer.words.count, knownContexts = scorer.words.contexts.count
                    scorer.begin(token, count: tokens.count, lexemes: lexemes)
                    NameTagFeatures.extract(tokens, sentence, at: token, previous: previous, beforePrevious: .outside, into: &scorer)
                    scorer.finish()
                    if scorer.words.count == known { reused += 1 }
                    if scorer.words.contexts.count == knownContexts { contextsReused += 1 }
                    var features: [UInt64] = []
                    NameTagFeatures.extract(tokens, sentence, at: token, previous: previous, beforePrevious: .outside, into: &features)
                    var expected = SIMD8<Int32>()
                    for feature in features { model.accumulate(feature, into: &expected) }
                    #expect(scorer.scores == expected, "sentence \(index) token \(token)")
                    #expect(expected != .zero)
                }
            }
        }
        #expect(reused > 20)
        #expect(contextsReused > 20)
        #expect(scorer.words.contexts.count > 0)
    }

    /// The tagger's tags, margins and runners-up are the same whether the document's sums are kept or not.
    @Test func taggingWithTheDocumentsSumsMatchesTaggingAlone() {
        let table = TokenTable(sentenceTexts: sentences)
        let tagger = NameTagger.standard
        var words = NameTagWordScores(vocabulary: table.vocabulary)
        words.contexts = NameTagContextScores(capacity: 16)
        for (index, tokens) in table.sentences.enumerated() {
            let sentence = NameTagSentence(tokens, lexiconMentions: [])
            let kept = tagger.tags(tokens, sentence, lexemes: table.lexemes(ofSentence: index), words: &words)
            let alone = tagger.tags(tokens, sentence)
            #expect(kept.tags == alone.tags)
            #expect(kept.margins == alone.margins)
            #expect(kept.runnersUp == alone.runnersUp)
        }
        #expect(words.count > 0)
        #expect(words.contexts.count > 0)
    }
}
