import ArticleAnalysis

/// How an isolated analysis ended, as the daemon saw it from outside the child.
enum IsolatedOutcome: Sendable {
    /// The child wrote its record line (a result or a failure, checked to be JSON) and exited 0: its bytes.
    case line([UInt8])
    /// The child died from `signal`; `detail` is what it said on standard error, if anything.
    case crashed(signal: Int32, detail: String)
    /// Over the CPU-time limit (SIGXCPU, or SIGKILL at the hard limit) or the wall-clock limit.
    case timeout(String)
    /// Anything else: it could not start, exited non-zero, or wrote something that is not a record.
    case broken(String)

    /// The failure line's reason and words, or nil for `.line`.
    func failure(limits: IsolationLimits) -> (reason: FailureReason, message: String)? {
        switch self {
        case .line: return nil
        case let .crashed(signal, detail):
            var message = "the analysis of this file, run in a separate process because an earlier attempt was interrupted, died from \(ProcessCalls.signalName(signal))"
            if detail.contains("failed to allocate") {
                message += " when it needed more than its memory limit of \(limits.memoryBytes >> 20) MiB"
            }
            if !detail.isEmpty { message += ": " + detail }
            return (.crashed, message)
        case let .timeout(what):
            return (.timeout, "the analysis of this file, run in a separate process because an earlier attempt was interrupted, \(what); it was stopped")
        case let .broken(what):
            return (.internal, "the isolated analysis of this file failed: \(what)")
        }
    }

}
