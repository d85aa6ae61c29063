public import ArticleAnalysis
import Foundation
import Spool
import WorkQueue

/// `articlewatch analyze`: the daemon's analysis on files named on the command line (or standard input),
/// `workers` at a time, each record handed on in argument order as soon as it and all before it are done.
/// Every input gets a record; a file that cannot be read gets a failure record, as in the daemon.
///
/// Records stream instead of being collected: a whole batch held until the end cost, per 7 KB text file,
/// its ~24 KB line and the record behind it kept alive (RSS 225 MB at 2,000 files, page faults as the heap
/// grew), then every line written cold. With one worker nothing changes threads: each file is read,
/// analysed, linked and handed on where `analyze` was called, so a file costs no thread hand-over.
public struct BatchAnalyzer: Sendable {
    public let configuration: Configuration
    public let workers: Int

    public init(configuration: Configuration, workers: Int) {
        self.configuration = configuration
        self.workers = max(1, workers)
    }

    /// Analyses `inputs` and calls `emit` once per input, in argument order, on the calling thread. Near
    /// duplicates are linked among the inputs in that order, through the daemon's own index. An error
    /// `emit` throws stops the batch (no file is started after it) and is rethrown.
    public func analyze<Failure: Error>(
        _ inputs: [String], emit: (ProcessedLine) throws(Failure) -> Void
    ) throws(BatchAnalysisError<Failure>) {
        AnalysisLibraries.initialiseOnce()  // before any worker below (the pipeline's construction does it too)
        let pipeline: AnalysisPipeline
        do { pipeline = try AnalysisPipeline.standard(options: configuration.analysis) } catch {
            throw .pipeline(error)
        }
        let options = configuration.analysis
        let maxBytes = configuration.maxFileBytes
        var index = NearDuplicateIndex(threshold: options.nearDuplicateThreshold, window: options.nearDuplicateWindow)
        func linked(_ line: ProcessedLine) -> ProcessedLine {
            guard case var .result(record) = line else { return line }
            record.duplicateOf = index.checkAndInsert(record)
            return .result(record)
        }
        let analyzeOne = { @Sendable (input: String) in
            NamedInput.analyze(input, pipeline: pipeline, options: options, maxBytes: maxBytes)
        }
        if workers == 1 || inputs.count < 2 {
            for input in inputs {
                do { try emit(linked(analyzeOne(input))) } catch { throw .emit(error) }
            }
            return
        }
        let board = OrderedResults(count: inputs.count, window: 4 * workers)
        for _ in 0..<min(workers, inputs.count) {
            Thread.detachNewThread { board.work { analyzeOne(inputs[$0]) } }
        }
        defer { board.stop() }
        for position in inputs.indices {
            do { try emit(linked(board.take(position))) } catch { throw .emit(error) }
        }
    }
}

/// Why a batch stopped: the pipeline could not be built, or the caller's `emit` failed (writing the line).
public enum BatchAnalysisError<EmitFailure: Error>: Error {
    case pipeline(PipelineError)
    case emit(EmitFailure)
}
