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
        var scorer = NameTagScorer(model: model, words: words, tagPairs: NameTagger.standard.tagPairScores)
        var reused = 0, contextsReused = 0
        for (index, tokens) in table.sentences.enumerated() {
            let sentence = NameTagSentence(tokens, lexiconMentions: [])
            let lexemes = table.lexemes(ofSentence: index)
            for token in tokens.indices {
                for (previous, beforePrevious) in [(NameTag.outside, NameTag.outside), (.beginPerson, .outside), (.insideLocation, .beginLocation)] {
                    let known = scorer.words.count, knownContexts = scorer.words.contexts.count
                    scorer.begin(token, count: tokens.count, lexemes: lexemes)
                    NameTagFeatures.extract(tokens, sentence, at: token, previous: previous, beforePrevious: beforePrevious, into: &scorer)
                    scorer.finish()
                    if scorer.words.count == known { reused += 1 }
                    if scorer.words.contexts.count == knownContexts { contextsReused += 1 }
                    var features: [UInt64] = []
                    NameTagFeatures.extract(tokens, sentence, at: token, previous: previous, beforePrevious: beforePrevious, into: &features)
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
        #expect(scorer.words.classes.contains { $0 != 0 })
        // The word lists kept on first use are the gazetteer's, for words used once as for repeated ones.
        for id in 0..<Int32(table.vocabulary.count) where scorer.words.classes[Int(id)] != 0 {
            #expect(UInt8(truncatingIfNeeded: scorer.words.classes[Int(id)]) == NameTagGazetteer.standard.classes(of: table.vocabulary[id].hash))
        }
        #expect((0..<table.vocabulary.count).contains { table.vocabulary[Int32($0)].count == 1 && scorer.words.classes[$0] != 0 })
    }

    /// Rows are kept two 16-bit weights to a 32-bit lane: every sign, and the largest magnitude, read back as
    /// written, in tag order from `weights(of:)` and at `lane(of:)` from `packedWeights(of:)`.
    @Test func packedRowsReadBackEveryWeight() throws {
        let feature: UInt64 = 0x0ABC_DEF0_0000_0007
        let written: [Float] = [-3, 3, -1, 1, -2, 2, -0.75]
        let model = try NameTagModel(bytes: NameTagModel.encode([(feature, written)], threshold: 0))
        let weights = model.weights(of: feature)
        for tag in 0..<NameTag.count { #expect(abs(Float(weights[tag]) * model.scale - written[tag]) < 0.001) }
        #expect(weights[0] == -32767 && weights[1] == 32767 && weights[7] == 0)
        let packed = model.packedWeights(of: feature)
        for tag in NameTag.allCases { #expect(packed[NameTagModel.lane(of: tag)] == weights[Int(tag.rawValue)]) }
        #expect(model.weights(of: feature ^ 0xFFFF_0000_0000_0000) == .zero)
    }

    /// The tagger's table of the tags that may follow each tag says what `canFollow` says.
    @Test func validSuccessorsAreTheTagsThatCanFollow() {
        for previous in NameTag.allCases {
            for tag in NameTag.allCases {
                #expect((previous.validSuccessors >> tag.rawValue) & 1 == 1 ? tag.canFollow(previous) : !tag.canFollow(previous))
            }
        }
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
