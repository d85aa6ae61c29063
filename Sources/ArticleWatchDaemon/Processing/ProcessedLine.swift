import ArticleAnalysis
import WorkQueue

/// What one delivery produced: the line for the results log or for the failures log.
enum ProcessedLine: Sendable {
    case result(AnalysisRecord)
    case failure(FailureRecord)

    var isFailure: Bool { if case .failure = self { true } else { false } }

    /// The line for the queue's commit; a result's input is kept in `done/` when `keepInput`.
    func queueLine(keepInput: Bool) -> QueueLine {
        switch self {
        case let .result(record): .result(Array(record.json.serialized().utf8), keepInput: keepInput)
        case let .failure(record): .failure(Array(record.json.serialized().utf8))
        }
    }
}
