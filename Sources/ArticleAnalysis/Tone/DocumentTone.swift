/// The `tone` section of a record: how positive or negative the article reads, VADER-style and GDELT-style.
public struct DocumentTone: Sendable, Equatable, JSONRepresentable {
    /// News-tuned tone, −1 … 1: the mean over sentences of `NewsToneModel.sentenceTone`.
    public var compound: Double
    /// Shares of positive, negative and neutral weight over all words (VADER's pos/neg/neu, summing to 1).
    public var positive: Double
    public var negative: Double
    public var neutral: Double
    /// GDELT-style rates per 100 words: words scored positive, words scored negative, their sum
    /// (polarity: how emotionally charged), their difference (GDELT's tone) and action words (activity density).
    public var positiveWords: Double
    public var negativeWords: Double
    public var polarity: Double
    public var gdeltTone: Double
    public var activityDensity: Double
    public var wordCount: Int
    /// vaderSentiment's compound of the whole text read as one (saturates towards ±1 on long articles).
    public var vader: Double
    /// Indexes into `sentences` of the most positive and most negative sentence (nil when none scores).
    public var mostPositiveSentence: Int?
    public var mostNegativeSentence: Int?

    public var json: JSONValue {
        func rounded(_ value: Double, _ places: Double = 10_000) -> JSONValue { .double((value * places).rounded() / places) }
        return .object([
            ("compound", rounded(compound)), ("positive", rounded(positive, 1000)), ("negative", rounded(negative, 1000)),
            ("neutral", rounded(neutral, 1000)), ("polarity", rounded(polarity, 100)),
            ("positiveWords", rounded(positiveWords, 100)), ("negativeWords", rounded(negativeWords, 100)),
            ("gdeltTone", rounded(gdeltTone, 100)), ("activityDensity", rounded(activityDensity, 100)),
            ("wordCount", .int(wordCount)), ("vader", rounded(vader)),
            ("mostPositiveSentence", mostPositiveSentence.json), ("mostNegativeSentence", mostNegativeSentence.json),
        ])
    }
}
