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
            do throws(JSONReader.Failure) {
                let line = try JSONReader.value(of: output)
                guard case let .string(schema)? = line["schema"], schema == AnalysisRecord.schema || schema == FailureRecord.schema else {
                    return .broken("wrote a line that is not a record")
                }
                return .line(Self.withoutLineEnd(output))
            } catch {
                return .broken("wrote a line that does not parse (\(error))")
            }
        }

        /// The line without the white space around it (the child ends it with a newline).
        private static func withoutLineEnd(_ output: [UInt8]) -> [UInt8] {
            let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
            guard let first = output.firstIndex(where: { !isSpace($0) }), let last = output.lastIndex(where: { !isSpace($0) }) else {
                return []
            }
            return Array(output[first...last])
        }
    }
}
