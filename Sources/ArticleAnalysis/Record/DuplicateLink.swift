/// The earlier article this one repeats (set by the near-duplicate registry, outside the pure core).
public struct DuplicateLink: Sendable, Equatable, JSONRepresentable {
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

    public var json: JSONValue {
        .object([
            ("id", .string(id)), ("file", .string(file)), ("similarity", .double(similarity)),
            ("kind", .string(kind.rawValue)),
        ])
    }
}
