/// One sentence of the summary: where it stands in the article (`sentences` index and paragraph) and its text.
public struct SummarySentence: Sendable, Equatable, JSONRepresentable {
    public var index: Int
    public var paragraph: Int
    public var text: String
    public var score: Double

    public var json: JSONValue {
        .object([
            ("index", .int(index)), ("paragraph", .int(paragraph)), ("text", .string(text)),
            ("score", .double((score * 10_000).rounded() / 10_000)),
        ])
    }
}
