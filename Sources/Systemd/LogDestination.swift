/// Where the daemon's log goes: the `--log` option of `articlewatch run`.
///
/// Under systemd, stderr is already a journal stream, so logging natively *and* to stderr would show
/// every line twice. `auto` picks the native journal exactly when stderr is that stream, and the console
/// (a terminal, a pipe, a file, a container) otherwise.
public enum LogDestination: String, Sendable, CaseIterable {
    /// The journal when stderr is connected to it (`$JOURNAL_STREAM`), the console otherwise.
    case auto
    /// Native structured entries via ``JournalLogHandler``.
    case journal
    /// Plain lines on stderr.
    case console

    /// This destination with `auto` decided for the running process: `journal` or `console`.
    public func resolved() -> LogDestination {
        guard self == .auto else { return self }
        let stream = ProcessEnvironment.value(of: "JOURNAL_STREAM")
        return Self.isJournalStream(stream, fileDescriptor: ProcessEnvironment.standardErrorDescriptor) ? .journal : .console
    }

    /// Whether `fileDescriptor` is the journal stream named by `$JOURNAL_STREAM` (`device:inode`, decimal),
    /// as sd_journal_stream_fd(3) describes. A stale variable inherited through a redirect does not match.
    public static func isJournalStream(_ journalStream: String?, fileDescriptor: Int32) -> Bool {
        guard let journalStream else { return false }
        let parts = journalStream.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let device = UInt64(parts[0]), let inode = UInt64(parts[1]) else { return false }
        guard let identity = ProcessEnvironment.identity(of: fileDescriptor) else { return false }
        return identity.device == device && identity.inode == inode
    }
}
