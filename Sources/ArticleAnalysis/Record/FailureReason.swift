/// The stable codes of the failures log. Scripts match on these, so they never change meaning.
public enum FailureReason: String, Sendable, CaseIterable, JSONRepresentable {
    case tooLarge = "too-large"
    case notRegularFile = "not-regular-file"
    case symlink
    case hardLink = "hard-link"
    case unreadable
    case empty
    case binary
    case undecodable
    case `internal`

    public var json: JSONValue { .string(rawValue) }
}
