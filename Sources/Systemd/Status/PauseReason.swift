/// Why the daemon stopped taking work: shown after `paused:` so an operator knows what to fix.
public enum PauseReason: Sendable, Equatable, CustomStringConvertible {
    /// The file system holding `path` has no room left (ENOSPC on a results or spool write).
    case diskFull(path: String)
    /// Writing `path` failed for another reason (permissions, read-only remount, I/O error).
    case writeFailed(path: String, reason: String)
    /// Free space on the file system holding `path` fell below `minFreeBytes`: claiming stops before
    /// the disk is full, and goes on by itself once there is room again.
    case lowDiskSpace(path: String, availableBytes: Int, minimumBytes: Int)
    /// The shared queue's database (`target`, without its password) cannot be reached: shared work is
    /// not claimed, the local inbox still takes files, and claiming resumes by itself once it answers.
    case sharedQueueUnreachable(target: String, detail: String)

    /// A stable name for the kind of pause (the journal's `PAUSE_KIND`), for alerts that match on it.
    public var kind: String {
        switch self {
        case .diskFull: "disk-full"
        case .writeFailed: "write-failed"
        case .lowDiskSpace: "low-disk-space"
        case .sharedQueueUnreachable: "shared-queue-unreachable"
        }
    }

    public var description: String {
        switch self {
        case .diskFull(let path): "disk full on \(path)"
        case .writeFailed(let path, let reason): "cannot write \(path): \(reason)"
        case .lowDiskSpace(let path, let available, let minimum) where available <= 0:
            "disk full on \(path) (no bytes free, below minFreeBytes \(minimum))"
        case .lowDiskSpace(let path, let available, let minimum):
            "\(available) bytes free on \(path), below minFreeBytes (\(minimum))"
        case .sharedQueueUnreachable(let target, let detail):
            "shared queue unreachable (\(target)), local inbox still taking files: \(detail)"
        }
    }
}
