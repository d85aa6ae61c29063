/// Articles per second over a sliding window, for the rate in ``PipelineCounters``.
///
/// A cumulative average hides a stall for minutes; a per-tick rate jumps around. A 10 s window
/// follows a change within seconds and stays readable at 4 status updates a second.
public struct ThroughputMeter: Sendable {
    /// How far back the rate looks.
    public let window: Duration
    private var samples: [(at: Duration, total: Int)] = []

    public init(window: Duration = .seconds(10)) {
        self.window = window
    }

    /// Records the running total of finished articles at `now` (monotonic time since any fixed origin) and returns the rate over the window,
    /// or nil until two samples at least a tenth of the window apart exist.
    public mutating func record(total: Int, at now: Duration) -> Double? {
        samples.append((now, total))
        while let first = samples.first, samples.count > 2, now - first.at > window {
            samples.removeFirst()
        }
        guard let first = samples.first, now - first.at >= window / 10 else { return nil }
        let elapsed = now - first.at
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Double(total - first.total) / seconds
    }
}
