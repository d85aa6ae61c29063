import ArgumentParser
import ArticleAnalysis
import ArticleWatchDaemon
import Foundation
import Spool

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse article files and print one JSON record per file, in the order given (the results log's format).",
        discussion: "Use - to read one article from standard input. Files that cannot be analysed print a failure record; the exit status is 0 whenever every file got a record."
    )

    @Option(help: "How many files to analyse at once (default: the number of cores).")
    var workers: Int?

    @Flag(help: "Indent the JSON for reading (one record per block instead of one per line).")
    var pretty = false

    @Option(help: "A configuration file whose analysis options, includeText and maxFileBytes apply.")
    var config: String?

    @Argument(help: "Article files (plain text or HTML); - for standard input.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file (or - for standard input)") }
        if let workers, workers < 1 { throw ValidationError("--workers must be at least 1") }
    }

    /// Each record is written as soon as it and the ones before it are done (buffered, ~128 KiB a write).
    func run() throws {
        BatchMallocSettings.apply()
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let configuration: Configuration
        if let config {
            do { configuration = try ConfigurationLoader.load(path: config) } catch { throw ValidationError("\(error)") }
        } else {
            configuration = .defaults(processorCount: cores)
        }
        var output = LineOutput.standardOutput()
        let pretty = pretty  // read once, not through the property wrapper per line
        do {
            try BatchAnalyzer(configuration: configuration, workers: workers ?? cores).analyze(files) { line throws(SystemError) in
                try output.append(line.line(pretty: pretty))
            }
        } catch {
            switch error {
            case let .pipeline(failure): throw failure
            case let .emit(failure): throw failure
            }
        }
        try output.flush()
    }
}
