import ArticleAnalysis
import Synchronization

/// The configuration and the pipeline built from it, published as one immutable snapshot: a worker
/// takes the current one at the start of a job, and a reload swaps it between jobs.
final class SettingsStore: Sendable {
    struct Snapshot: Sendable {
        let configuration: Configuration
        let pipeline: AnalysisPipeline
    }

    private let state: Mutex<Snapshot>

    init(_ configuration: Configuration) throws(PipelineError) {
        state = Mutex(Snapshot(configuration: configuration, pipeline: try AnalysisPipeline.standard(options: configuration.analysis)))
    }

    var current: Snapshot { state.withLock { $0 } }

    func publish(_ configuration: Configuration) throws(PipelineError) {
        let pipeline = try AnalysisPipeline.standard(options: configuration.analysis)
        state.withLock { $0 = Snapshot(configuration: configuration, pipeline: pipeline) }
    }
}
