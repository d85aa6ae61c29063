/// One sentence of the summary: where it stands in the article (`sentences` index and paragraph) and its text.
public struct SummarySentence: Sendable, Equatable, JSONWritable {
    public var index: Int
    public var paragraph: Int
    public var text: String
    public var score: Double

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("index", index)
        json.member("paragraph", paragraph)
        json.member("text", text)
        json.member("score", (score * 10_000).rounded() / 10_000)
        json.endObject()
    }
}
