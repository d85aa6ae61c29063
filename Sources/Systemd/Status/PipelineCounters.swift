/// The numbers a person wants to see in `systemctl status`: what has been done, what is under way, how fast.
///
/// A plain value: the daemon fills it from its own counters and hands it to ``StatusLine``.
public struct PipelineCounters: Sendable, Equatable {
    /// Articles analysed and committed to the results log since start-up.
    public var analysed: Int
    /// Articles that ended in the failures log since start-up.
    public var failed: Int
    /// Articles claimed by a worker and not yet committed.
    public var inFlight: Int
    /// Articles waiting in the inbox (or the work channel) for a worker.
    public var queued: Int
    /// Recent throughput in articles per second, or nil while there is not enough history to say.
    public var ratePerSecond: Double?

    public init(analysed: Int = 0, failed: Int = 0, inFlight: Int = 0, queued: Int = 0, ratePerSecond: Double? = nil) {
        self.analysed = analysed
        self.failed = failed
        self.inFlight = inFlight
        self.queued = queued
        self.ratePerSecond = ratePerSecond
    }
}
