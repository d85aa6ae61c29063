public import ArticleAnalysis
import Foundation

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

    public func analyze(_ inputs: [String]) async throws(PipelineError) -> [JSONValue] {
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
        return records.map { line in
            switch line {
            case var .result(record)?:
                record.duplicateOf = index.checkAndInsert(record)
                return record.json
            case let .failure(record)?: return record.json
            case nil: return .null
            }
        }
    }

    private static func analyzeOne(_ input: String, pipeline: AnalysisPipeline, options: AnalysisOptions, maxBytes: Int) -> ProcessedLine {
        let name = input == "-" ? "-" : URL(fileURLWithPath: input).lastPathComponent
        let started = ContinuousClock.now
        let bytes: [UInt8]
        switch read(input, maxBytes: maxBytes) {
        case let .success(data): bytes = data
        case let .failure(failure):
            var record = FailureRecord(id: nil, file: name, bytes: nil, reason: failure.reason, message: failure.message)
            record.at = Date()
            return .failure(record)
        }
        let article = Article(name: name, bytes: bytes, receivedAt: Date())
        switch pipeline.analyze(article, options: options) {
        case var .analyzed(record):
            let elapsed = ContinuousClock.now - started
            record.analyzedAt = Date()
            record.durationMs = elapsed.inMilliseconds
            return .result(record)
        case var .failed(record):
            record.at = Date()
            return .failure(record)
        }
    }

    struct ReadFailure: Error {
        let reason: FailureReason
        let message: String
    }

    private static func read(_ input: String, maxBytes: Int) -> Result<[UInt8], ReadFailure> {
        if input == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return data.count > maxBytes
                ? .failure(ReadFailure(reason: .tooLarge, message: "standard input is over \(maxBytes) bytes")) : .success(Array(data))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
            return .failure(ReadFailure(reason: .unreadable, message: "no such file: \(input)"))
        }
        if isDirectory.boolValue {
            return .failure(ReadFailure(reason: .notRegularFile, message: "\(input) is a directory"))
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: input)[.size]) as? Int, size > maxBytes {
            return .failure(ReadFailure(reason: .tooLarge, message: "\(size) bytes is over the limit of \(maxBytes) (maxFileBytes)"))
        }
        do { return .success(Array(try Data(contentsOf: URL(fileURLWithPath: input)))) } catch {
            return .failure(ReadFailure(reason: .unreadable, message: "cannot read \(input): \(error.localizedDescription)"))
        }
    }
}
