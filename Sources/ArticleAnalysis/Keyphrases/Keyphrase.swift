/// One key phrase of an article: its text as first written, its YAKE-style score (lower is more relevant)
/// and how often it occurs.
public struct Keyphrase: Sendable, Equatable, JSONRepresentable {
    public var phrase: String
    public var score: Double
    public var count: Int

    public var json: JSONValue {
        .object([("phrase", .string(phrase)), ("score", .double((score * 1e6).rounded() / 1e6)), ("count", .int(count))])
    }
}
