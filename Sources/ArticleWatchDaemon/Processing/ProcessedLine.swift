public import ArticleAnalysis
import WorkQueue

/// What one delivery produced: the line for the results log or for the failures log.
public enum ProcessedLine: Sendable {
    case result(AnalysisRecord)
    case failure(FailureRecord)

    var isFailure: Bool { if case .failure = self { true } else { false } }

    /// The line, without its newline: compact for a log, indented for people (`analyze --pretty`).
    public func line(pretty: Bool = false) -> [UInt8] {
        switch self {
        case let .result(record): record.line(pretty: pretty)
        case let .failure(record): record.line(pretty: pretty)
        }
    }

    /// The line for the queue's commit; a result's input is kept in `done/` when `keepInput`.
    func queueLine(keepInput: Bool) -> QueueLine {
        switch self {
        case let .result(record): .result(record.line(), keepInput: keepInput)
        case let .failure(record): .failure(record.line())
        }
    }
}
