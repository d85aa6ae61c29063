/// The daemon's state as one line for `STATUS=` (what `systemctl status` prints under "Status:").
///
/// Pure formatting, so the exact wording is tested without systemd:
/// `watching /srv/articlewatch/inbox: 1,204 analysed, 3 failed, 2 in flight, 18 queued, 18.5/s`.
public enum StatusLine: Sendable, Equatable, CustomStringConvertible {
    /// Before recovery: configuration loaded, nothing claimed yet.
    case starting
    /// Finishing files a previous run left in `processing/`.
    case recovering(remaining: Int)
    /// Normal operation on `inbox`.
    case watching(inbox: String, counters: PipelineCounters)
    /// Not taking work until the reason clears.
    case paused(PauseReason)
    /// Between RELOADING=1 and READY=1.
    case reloading
    /// Shutdown: the watcher is off and the workers finish what they hold.
    case stopping(inFlight: Int)

    public var description: String {
        switch self {
        case .starting:
            "starting"
        case .recovering(let remaining):
            "recovering: \(Self.grouped(remaining)) \(remaining == 1 ? "file" : "files") left in processing"
        case .watching(let inbox, let counters):
            "watching \(inbox): " + Self.counterText(counters)
        case .paused(let reason):
            "paused: \(reason)"
        case .reloading:
            "reloading configuration"
        case .stopping(let inFlight):
            inFlight == 0 ? "stopping" : "stopping: draining \(Self.grouped(inFlight)) in flight"
        }
    }

    /// `1,204 analysed, 3 failed, 2 in flight, 18 queued, 18.5/s` (the rate only when known).
    static func counterText(_ counters: PipelineCounters) -> String {
        var parts = [
            "\(grouped(counters.analysed)) analysed",
            "\(grouped(counters.failed)) failed",
            "\(grouped(counters.inFlight)) in flight",
            "\(grouped(counters.queued)) queued",
        ]
        if let rate = counters.ratePerSecond, rate.isFinite, rate >= 0 {
            parts.append("\(rateText(rate))/s")
        }
        return parts.joined(separator: ", ")
    }

    /// One decimal below 100/s (where the tenths still mean something), whole numbers above.
    static func rateText(_ rate: Double) -> String {
        if rate >= 99.95 { return grouped(Int(rate.rounded())) }
        let tenths = Int((rate * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Thousands separated by commas, independent of the process locale (systemd shows the bytes as they are).
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }
}
