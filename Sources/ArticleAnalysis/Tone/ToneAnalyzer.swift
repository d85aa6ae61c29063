/// Scores an article's sentences: VADER (as released) over the whole text, and the news-tuned tone
/// (`NewsToneModel`) per sentence, averaged, with GDELT-style word rates.
public struct ToneAnalyzer: Sendable {
    private let vader = VaderAnalyzer()
    private let newsVader = VaderAnalyzer(newsSupplement: true)

    public init() {}

    /// The tone of sentences given as text (tools and tests; the stage reads the document's table).
    public func tone(ofSentences sentences: [String]) -> DocumentTone {
        tone(of: TokenTable(sentenceTexts: sentences))
    }

    /// The tone of an article, its VADER tokens read from its token table.
    public func tone(of table: TokenTable) -> DocumentTone {
        tone(of: VaderTableReader.tokens(of: table, lexicon: newsVader.lexicon))
    }

    /// VADER's tokens of `sentences` split from their text, not read from a token table: the reference the
    /// table reading must agree with (tests).
    static func tokensFromText(_ sentences: [String], lexicon: VaderLexicon = .shared) -> VaderTokens {
        var whole = VaderTokens(reservingBytes: sentences.reduce(0) { $0 + $1.utf8.count })
        for sentence in sentences { whole.append(sentence, lexicon: lexicon) }
        return whole
    }

    func tone(of whole: VaderTokens) -> DocumentTone {
        var toneSum = 0.0
        var scoredSentences = 0
        var positiveWords = 0
        var negativeWords = 0
        var activityWords = 0
        var positiveWeight = 0.0
        var negativeWeight = 0.0
        var neutralWeight = 0.0
        var best: (index: Int, tone: Double)?
        var worst: (index: Int, tone: Double)?
        var valences: [Double] = []
        for (index, span) in whole.spans.enumerated() where !span.isEmpty {
            newsVader.valences(of: whole, in: span, into: &valences)
            let tone = NewsToneModel.sentenceTone(valences, whole, sentence: index)
            toneSum += tone
            scoredSentences += 1
            if tone > 0, tone > best?.tone ?? 0 { best = (index, tone) }
            if tone < 0, tone < worst?.tone ?? 0 { worst = (index, tone) }
            for (position, value) in valences.enumerated() {
                if value > 0 {
                    positiveWords += 1
                    positiveWeight += value + 1
                } else if value < 0 {
                    negativeWords += 1
                    negativeWeight += 1 - value
                } else {
                    neutralWeight += 1
                }
                if whole.traits(span.lowerBound + position).contains(.activity) { activityWords += 1 }
            }
        }
        let total = positiveWeight + negativeWeight + neutralWeight
        let perHundred = whole.wordCount > 0 ? 100 / Double(whole.wordCount) : 0
        let vaderScores = VaderAnalyzer.score(vader.valences(of: whole), emphasis: VaderAnalyzer.punctuationEmphasis(whole))
        return DocumentTone(
            compound: scoredSentences > 0 ? toneSum / Double(scoredSentences) : 0,
            positive: total > 0 ? positiveWeight / total : 0,
            negative: total > 0 ? negativeWeight / total : 0,
            neutral: total > 0 ? neutralWeight / total : 0,
            positiveWords: Double(positiveWords) * perHundred,
            negativeWords: Double(negativeWords) * perHundred,
            polarity: Double(positiveWords + negativeWords) * perHundred,
            gdeltTone: Double(positiveWords - negativeWords) * perHundred,
            activityDensity: Double(activityWords) * perHundred,
            wordCount: whole.wordCount,
            vader: vaderScores.compound,
            mostPositiveSentence: best?.index,
            mostNegativeSentence: worst?.index)
    }
}
