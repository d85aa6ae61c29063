/// The `tone` section of a record: how positive or negative the article reads, VADER-style and GDELT-style.
public struct DocumentTone: Sendable, Equatable, JSONWritable {
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

    public func write(to json: inout JSONWriter) {
        func rounded(_ value: Double, _ places: Double = 10_000) -> Double { (value * places).rounded() / places }
        json.beginObject()
        json.member("compound", rounded(compound))
        json.member("positive", rounded(positive, 1000))
        json.member("negative", rounded(negative, 1000))
        json.member("neutral", rounded(neutral, 1000))
        json.member("polarity", rounded(polarity, 100))
        json.member("positiveWords", rounded(positiveWords, 100))
        json.member("negativeWords", rounded(negativeWords, 100))
        json.member("gdeltTone", rounded(gdeltTone, 100))
        json.member("activityDensity", rounded(activityDensity, 100))
        json.member("wordCount", wordCount)
        json.member("vader", rounded(vader))
        json.member("mostPositiveSentence", mostPositiveSentence)
        json.member("mostNegativeSentence", mostNegativeSentence)
        json.endObject()
    }
}
