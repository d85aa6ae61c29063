public import Logging
public import WorkQueue

/// The two logs, each behind its own appender: a result goes to one, a failure to the other.
public final class ResultLogs: Sendable {
    public let results: LogAppender
    public let failures: LogAppender

    /// `clock`: the daemon's, for the group-commit interval and the retry back-off.
    public init(
        results: RawPath, failures: RawPath, policy: DurabilityPolicy, rotation: RotationPolicy, logger: Logger,
        clock: any DaemonClock = SystemClock(), onTrouble: @escaping @Sendable (LogTrouble?) -> Void
    ) throws(SystemError) {
        for path in [results, failures] { try? JSONLinesLog.makeAncestors(of: path) }
        self.results = try LogAppender(path: results, policy: policy, rotation: rotation, logger: logger, clock: clock, onTrouble: onTrouble)
        self.failures = try LogAppender(path: failures, policy: policy, rotation: rotation, logger: logger, clock: clock, onTrouble: onTrouble)
    }

    /// Appends the line to its log; `whenDurable` runs once it is durable (see `LogAppender.append`).
    public func append(_ line: QueueLine, whenDurable: @escaping @Sendable () -> Void) async {
        switch line {
        case .result: await results.append(line.bytes, whenDurable: whenDurable)
        case .failure: await failures.append(line.bytes, whenDurable: whenDurable)
        }
    }

    public func reopen() async {
        await results.reopen()
        await failures.reopen()
    }

    public func update(policy: DurabilityPolicy, rotation: RotationPolicy) async {
        await results.update(policy: policy, rotation: rotation)
        await failures.update(policy: policy, rotation: rotation)
    }

    public func flush() async {
        await results.flush()
        await failures.flush()
    }

    /// Returns only if both writers answer (the watchdog asks).
    public func heartbeat() async {
        await results.heartbeat()
        await failures.heartbeat()
    }
}
