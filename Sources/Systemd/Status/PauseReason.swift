/// Why the daemon stopped taking work: shown after `paused:` so an operator knows what to fix.
public enum PauseReason: Sendable, Equatable, CustomStringConvertible {
    /// The file system holding `path` has no room left (ENOSPC on a results or spool write).
    case diskFull(path: String)
    /// Writing `path` failed for another reason (permissions, read-only remount, I/O error).
    case writeFailed(path: String, reason: String)
    /// Free space on the file system holding `path` fell below `minFreeBytes`: claiming stops before
    /// the disk is full, and goes on by itself once there is room again.
    case lowDiskSpace(path: String, availableBytes: Int, minimumBytes: Int)
    /// The shared queue's database cannot be reached (PostgreSQL mode); `detail` is the queue's own
    /// words (the error and when it retries). Local files keep arriving in the inbox meanwhile.
    case sharedQueueUnreachable(detail: String)

    public var description: String {
        switch self {
        case .diskFull(let path): "disk full on \(path)"
        case .writeFailed(let path, let reason): "cannot write \(path): \(reason)"
        case .lowDiskSpace(let path, let available, let minimum) where available <= 0:
            "disk full on \(path) (no bytes free, below minFreeBytes \(minimum))"
        case .lowDiskSpace(let path, let available, let minimum):
            "\(available) bytes free on \(path), below minFreeBytes (\(minimum))"
        case .sharedQueueUnreachable(let detail): detail
        }
    }
}
