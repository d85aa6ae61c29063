public import ArticleAnalysis

/// A delivery this daemon owns: renamed from `inbox/` into its own claim directory under `processing/`.
public struct ClaimedFile: Sendable, Equatable {
    /// Unique per delivery; written into the log line as `delivery`.
    public let token: String
    /// The name the producer gave it.
    public let name: EntryName
    /// `processing/<token>`.
    public let directory: RawPath
    /// How many times recovery has already picked this delivery up after a crash.
    public let recoveryAttempts: Int
    /// How many of those attempts were cut short by the daemon's death while the file's isolated
    /// analysis was still running: the child outlived the daemon and left word (see `orphanMarker`).
    public var orphanedAttempts = 0

    public var path: RawPath { directory.appending(name) }
}

/// What reading a claimed file gave.
public enum ClaimedContent: Sendable {
    case bytes([UInt8], status: FileStatus)
    /// Not read (or not readable): the reason code for the failures log and the words for people.
    case rejected(FailureReason, message: String, status: FileStatus?)
}

/// The facts about a claimed file the record needs.
public struct FileStatus: Sendable, Equatable {
    public let size: Int
    /// ctime after the claim rename, in seconds since 1970: when the daemon took the file.
    public let changedAt: Double
}

/// Where a finished delivery goes.
public enum Disposition: Sendable, Equatable {
    /// Results line written: to `done/`, or deleted when `keep` is false.
    case done(keep: Bool)
    /// Failures line written: to `failed/`.
    case failed
}
