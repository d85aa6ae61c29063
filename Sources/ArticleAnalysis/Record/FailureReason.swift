/// The stable codes of the failures log. Scripts match on these, so they never change meaning.
public enum FailureReason: String, Sendable, CaseIterable, JSONWritable {
    case tooLarge = "too-large"
    case notRegularFile = "not-regular-file"
    case symlink
    case hardLink = "hard-link"
    case unreadable
    case empty
    case binary
    case undecodable
    case `internal`
    /// The analysis process died from a signal (recovery analyses a suspect file in a child process).
    case crashed
    /// The analysis went over its CPU-time or wall-clock limit (recovery's child process).
    case timeout

    public func write(to json: inout JSONWriter) { json.string(rawValue) }
}
