import ArticleAnalysis
import Foundation
import WorkQueue

/// The one path from an article to its line, shared by the daemon's workers (`ArticleProcessor`), the
/// isolated child that analyses recovery's suspects (`IsolatedAnalysisChild`) and `articlewatch analyze`
/// (`BatchAnalyzer`): what reading gave becomes a failure record or an analysed record, stamped with the
/// analysis time and duration from `clock`. Near-duplicate links and the delivery token are the
/// caller's (a registry, an in-batch index, none).
enum ArticleLine {
    static func make(
        name: String, content: ClaimedContent, pipeline: AnalysisPipeline, options: AnalysisOptions, clock: any DaemonClock
    ) -> ProcessedLine {
        let started = clock.uptime()
        switch content {
        case let .rejected(reason, message, status):
            var record = FailureRecord(id: nil, file: name, bytes: status?.size, reason: reason, message: message)
            record.at = Date(timeIntervalSince1970: clock.now())
            return .failure(record)
        case let .bytes(bytes, status):
            let article = Article(name: name, bytes: bytes, receivedAt: Date(timeIntervalSince1970: status.changedAt))
            switch pipeline.analyze(article, options: options) {
            case var .analyzed(record):
                record.analyzedAt = Date(timeIntervalSince1970: clock.now())
                record.durationMs = (clock.uptime() - started).inMilliseconds
                return .result(record)
            case var .failed(record):
                record.at = Date(timeIntervalSince1970: clock.now())
                return .failure(record)
            }
        }
    }
}
