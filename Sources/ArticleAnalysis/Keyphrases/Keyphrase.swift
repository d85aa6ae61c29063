/// One key phrase of an article: its text as first written, its YAKE-style score (lower is more relevant)
/// and how often it occurs.
public struct Keyphrase: Sendable, Equatable, JSONWritable {
    public var phrase: String
    public var score: Double
    public var count: Int

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("phrase", phrase)
        json.member("score", (score * 1e6).rounded() / 1e6)
        json.member("count", count)
        json.endObject()
    }
}
