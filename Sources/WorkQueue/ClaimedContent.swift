public import ArticleAnalysis

/// What reading a claimed input gave.
public enum ClaimedContent: Sendable {
    case bytes([UInt8], status: FileStatus)
    /// Not read (or not readable): the reason code for the failures log and the words for people.
    case rejected(FailureReason, message: String, status: FileStatus?)
}

/// The facts about a claimed input the record needs.
public struct FileStatus: Sendable, Equatable {
    public let size: Int
    /// When the claimer took the input, in seconds since 1970 (the folder spool: ctime after the claim rename).
    public let changedAt: Double

    public init(size: Int, changedAt: Double) {
        self.size = size
        self.changedAt = changedAt
    }
}
