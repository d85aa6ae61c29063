/// One theme of an article: how strongly and on how much evidence.
public struct ThemeScore: Sendable, Equatable, JSONWritable {
    public var theme: String
    public var label: String
    /// Cue matches per 100 words of the article (GDELT's GKG reports raw counts; a density compares
    /// articles of different lengths).
    public var score: Double
    /// Number of cue matches.
    public var evidence: Int
    /// Number of sentences with at least one match.
    public var sentences: Int

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("theme", theme)
        json.member("label", label)
        json.member("score", (score * 1000).rounded() / 1000)
        json.member("evidence", evidence)
        json.member("sentences", sentences)
        json.endObject()
    }
}
