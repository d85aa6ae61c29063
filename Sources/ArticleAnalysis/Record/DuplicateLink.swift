/// The earlier article this one repeats (set by the near-duplicate registry, outside the pure core).
public struct DuplicateLink: Sendable, Equatable, JSONWritable {
    public enum Kind: String, Sendable { case exact, near }
    public var id: String
    public var file: String
    public var similarity: Double
    public var kind: Kind

    public init(id: String, file: String, similarity: Double, kind: Kind) {
        self.id = id
        self.file = file
        self.similarity = similarity
        self.kind = kind
    }

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("id", id)
        json.member("file", file)
        json.member("similarity", similarity)
        json.member("kind", kind.rawValue)
        json.endObject()
    }
}
