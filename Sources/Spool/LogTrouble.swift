/// Why a log cannot be written just now: what the appender tells its owner, which pauses claiming
/// and reports it in STATUS and the journal.
public enum LogTrouble: Sendable, Equatable, CustomStringConvertible {
    /// ENOSPC or EDQUOT on the file system holding `directory`.
    case diskFull(directory: String)
    /// Any other failure of `operation` on `path` (permissions, read-only remount, I/O error).
    case writeFailed(path: String, operation: String, error: String)

    public var description: String {
        switch self {
        case let .diskFull(directory): "disk full on \(directory)"
        case let .writeFailed(path, operation, error): "cannot \(operation) \(path): \(error)"
        }
    }
}
