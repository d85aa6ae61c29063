public import ArticleAnalysis
public import Spool

/// The daemon's effective configuration: every key of `config.json` with its default filled in and
/// relative paths resolved against the file's directory. Immutable; a reload publishes a new one.
public struct Configuration: Sendable, Equatable {
    public var spool: String
    public var results: String
    public var failures: String
    public var workers: Int
    public var keepProcessed: Bool
    public var maxFileBytes: Int
    public var settleMilliseconds: Int
    public var rescanSeconds: Double
    public var fsync: FsyncSetting
    /// For `interval`: the least time between the starts of two group syncs. A line waits up to this long
    /// for its sync to start, plus the flush (~4 ms on this project's VMs), so it bounds the latency tail:
    /// at 100 files/s the wait (durable minus visible) fell from p50 35 ms at 50 to 16 ms at 25 and 10 ms at
    /// 10, with no change in CPU per file (docs/BENCHMARKS.md). 10 allows at most 100 syncs a second.
    public var fsyncMilliseconds: Int
    public var rotateBytes: Int
    public var rotateKeep: Int
    public var shutdownSeconds: Double
    /// Claiming stops while the log's file system has fewer free bytes than this, and goes on by itself
    /// once it has more. `automaticMinFreeBytes` (the default): 1% of that file system, at most 1 GiB
    /// (a results line is ~10 KB: room for tens of thousands of lines, and for a rotation). 0: no check.
    public var minFreeBytes: Int
    public var includeText: Bool
    public var analysis: AnalysisOptions
    /// Where claimed work lives: the local folder (default) or a queue shared through PostgreSQL.
    public var queue = QueueSettings()

    /// The values a user gets for keys they leave out; paths are relative to the config file.
    public static func defaults(processorCount: Int) -> Configuration {
        Configuration(
            spool: "var/spool", results: "var/log/results.jsonl", failures: "var/log/failures.jsonl",
            workers: max(1, processorCount), keepProcessed: true, maxFileBytes: 10 << 20, settleMilliseconds: 500,
            rescanSeconds: 30, fsync: .interval, fsyncMilliseconds: 10, rotateBytes: 256 << 20, rotateKeep: 10,
            shutdownSeconds: 20, minFreeBytes: automaticMinFreeBytes, includeText: true, analysis: AnalysisOptions())
    }

    /// `minFreeBytes` left out: decided at start from the size of the log's file system.
    public static let automaticMinFreeBytes = -1

    /// The free-space floor for a file system of `totalBytes`.
    public func minimumFreeBytes(onFileSystemOf totalBytes: Int) -> Int {
        minFreeBytes >= 0 ? minFreeBytes : min(totalBytes / 100, 1 << 30)
    }

    public var durability: DurabilityPolicy {
        switch fsync {
        case .always: .always
        case .interval: .interval(milliseconds: fsyncMilliseconds)
        case .never: .never
        }
    }

    public var rotation: RotationPolicy { RotationPolicy(maxBytes: rotateBytes, keep: rotateKeep) }

    /// Keys whose new value only takes effect after a restart (the spool, the logs, the worker count).
    public func keysNeedingRestart(comparedTo other: Configuration) -> [String] {
        var keys: [String] = []
        if spool != other.spool { keys.append("spool") }
        if results != other.results { keys.append("results") }
        if failures != other.failures { keys.append("failures") }
        if workers != other.workers { keys.append("workers") }
        if queue != other.queue { keys.append("queue") }
        return keys
    }
}

/// The `fsync` key's values.
public enum FsyncSetting: String, Sendable, CaseIterable {
    case always, interval, never
}
