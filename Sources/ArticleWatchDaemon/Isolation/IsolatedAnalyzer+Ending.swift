import ArticleAnalysis

extension IsolatedAnalyzer {
    /// What was seen of a child once it is gone.
    struct Ending {
        /// The signal that ended it, or nil when it exited.
        var signal: Int32?
        var status: Int32
        var output: [UInt8]
        var overflowed: Bool
        /// Killed by us at the wall-clock limit.
        var timedOut: Bool
        /// Its standard error on one line.
        var detail: String

        func outcome(limits: IsolationLimits, wallSeconds: Double, outputLimit: Int) -> IsolatedOutcome {
            if let signal {
                if timedOut { return .timeout("took more than \(Int(wallSeconds)) s of wall-clock time") }
                if signal == ProcessCalls.cpuLimitSignal { return .timeout("used more than its limit of \(limits.cpuSeconds) s of CPU time") }
                if overflowed { return .broken("wrote more than \(outputLimit) bytes") }
                return .crashed(signal: signal, detail: detail)
            }
            guard status == 0 else { return .broken("exited with status \(status)" + (detail.isEmpty ? "" : ": " + detail)) }
            do {
                let line = try OrderedJSONParser.parse(output)
                guard case let .string(schema)? = line["schema"], schema == AnalysisRecord.schema || schema == FailureRecord.schema else {
                    return .broken("wrote a line that is not a record")
                }
                return .line(line)
            } catch {
                return .broken("wrote a line that does not parse (\(error))")
            }
        }
    }
}
