/// One theme of an article: how strongly and on how much evidence.
public struct ThemeScore: Sendable, Equatable, JSONRepresentable {
    public var theme: String
    public var label: String
    /// Cue matches per 100 words of the article (GDELT's GKG reports raw counts; a density compares
    /// articles of different lengths).
    public var score: Double
    /// Number of cue matches.
    public var evidence: Int
    /// Number of sentences with at least one match.
    public var sentences: Int

    public var json: JSONValue {
        .object([
            ("theme", .string(theme)), ("label", .string(label)), ("score", .double((score * 1000).rounded() / 1000)),
            ("evidence", .int(evidence)), ("sentences", .int(sentences)),
        ])
    }
}
