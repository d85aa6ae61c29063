public import ArticleAnalysis
import Foundation
import Spool
import WorkQueue

/// `articlewatch analyze`: the daemon's analysis on files named on the command line (or standard input),
/// `workers` at a time, records returned in argument order. Every input gets a record; a file that cannot
/// be read gets a failure record, as in the daemon.
public struct BatchAnalyzer: Sendable {
    public let configuration: Configuration
    public let workers: Int

    public init(configuration: Configuration, workers: Int) {
        self.configuration = configuration
        self.workers = max(1, workers)
    }

    public func analyze(_ inputs: [String]) async throws(PipelineError) -> [ProcessedLine] {
        AnalysisLibraries.initialiseOnce()  // before the workers below (the pipeline's construction does it too)
        let pipeline = try AnalysisPipeline.standard(options: configuration.analysis)
        let options = configuration.analysis
        let maxBytes = configuration.maxFileBytes
        var records = [ProcessedLine?](repeating: nil, count: inputs.count)
        await withTaskGroup(of: (Int, ProcessedLine).self) { group in
            var next = 0
            func startNext() {
                guard next < inputs.count else { return }
                let index = next, input = inputs[index]
                next += 1
                group.addTask {
                    await (index, ArticleProcessor.offThePool { Self.analyzeOne(input, pipeline: pipeline, options: options, maxBytes: maxBytes) })
                }
            }
            for _ in 0..<workers { startNext() }
            while let (index, record) = await group.next() {
                records[index] = record
                startNext()
            }
        }
        // Link near-duplicates among the files in argument order, through the daemon's own index.
        var index = NearDuplicateIndex(threshold: options.nearDuplicateThreshold, window: options.nearDuplicateWindow)
        return records.compactMap { line -> ProcessedLine? in
            switch line {
            case var .result(record)?:
                record.duplicateOf = index.checkAndInsert(record)
                return .result(record)
            case let .failure(record)?: return .failure(record)
            case nil: return nil  // every task above sets its line
            }
        }
    }

    /// The same opening as the daemon's (`SafeFileReader`: descriptor checked, regular files only, size
    /// limit kept while reading), with two differences for paths a user names: a symbolic link is
    /// followed to its target (the user means the file it points to; the target is then opened without
    /// following further links), and a file with several hard links is read.
    private static func analyzeOne(_ input: String, pipeline: AnalysisPipeline, options: AnalysisOptions, maxBytes: Int) -> ProcessedLine {
        let name = input == "-" ? "-" : URL(fileURLWithPath: input).lastPathComponent
        let clock = SystemClock()
        let content: ClaimedContent
        if input == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            content = data.count > maxBytes
                ? .rejected(.tooLarge, message: "standard input is over \(maxBytes) bytes", status: FileStatus(size: data.count, changedAt: clock.now()))
                : .bytes(Array(data), status: FileStatus(size: data.count, changedAt: clock.now()))
        } else {
            content = SafeFileReader(maxBytes: maxBytes, symlinks: .followNamedLink, hardLinks: .allow).read(RawPath(input))
        }
        return ArticleLine.make(name: name, content: content, pipeline: pipeline, options: options, clock: clock)
    }
}
