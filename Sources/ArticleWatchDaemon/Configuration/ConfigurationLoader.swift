import ArticleAnalysis
public import Foundation

/// Reads `config.json`, checks every key strictly (unknown keys and bad values are errors that name the
/// key, the value and what is allowed) and fills in defaults. All problems are reported at once.
public enum ConfigurationLoader {
    public static func load(path: String, processorCount: Int = ProcessInfo.processInfo.activeProcessorCount)
        throws(ConfigurationError) -> Configuration
    {
        let url = URL(fileURLWithPath: path)
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ConfigurationError(file: path, problems: ["cannot read the file: \(error.localizedDescription)"])
        }
        return try parse(data, file: path, baseDirectory: url.deletingLastPathComponent().path, processorCount: processorCount)
    }

    public static func parse(_ data: Data, file: String, baseDirectory: String, processorCount: Int)
        throws(ConfigurationError) -> Configuration
    {
        let value: JSONValue
        do throws(JSONReader.Failure) { value = try JSONReader.value(of: data) } catch {
            throw ConfigurationError(file: file, problems: ["not valid JSON: \(error)"])
        }
        guard case let .object(fields) = value else {
            throw ConfigurationError(file: file, problems: ["the top level must be an object, not \(value.kindName)"])
        }
        var reader = KeyReader(fields: fields, prefix: "")
        var config = Configuration.defaults(processorCount: processorCount)
        config.spool = reader.path("spool", default: config.spool, base: baseDirectory)
        config.results = reader.path("results", default: config.results, base: baseDirectory)
        config.failures = reader.path("failures", default: config.failures, base: baseDirectory)
        config.workers = reader.integer("workers", default: config.workers, in: 1...256)
        config.keepProcessed = reader.boolean("keepProcessed", default: config.keepProcessed)
        config.maxFileBytes = reader.integer("maxFileBytes", default: config.maxFileBytes, in: 1...(1 << 30))
        config.settleMilliseconds = reader.integer("settleMilliseconds", default: config.settleMilliseconds, in: 0...600_000)
        config.rescanSeconds = reader.number("rescanSeconds", default: config.rescanSeconds, in: 0.1...86_400)
        config.fsync = reader.choice("fsync", default: config.fsync)
        config.fsyncMilliseconds = reader.integer("fsyncMilliseconds", default: config.fsyncMilliseconds, in: 1...10_000)
        config.rotateBytes = reader.integer("rotateBytes", default: config.rotateBytes, in: 0...(1 << 40), note: "0 never rotates")
        config.rotateKeep = reader.integer("rotateKeep", default: config.rotateKeep, in: 1...1000)
        config.shutdownSeconds = reader.number("shutdownSeconds", default: config.shutdownSeconds, in: 0.1...3600)
        config.minFreeBytes = reader.integer(
            "minFreeBytes", default: config.minFreeBytes, in: Configuration.automaticMinFreeBytes...(1 << 50),
            note: "-1: 1% of the log's file system, at most 1 GiB; 0: no check")
        config.includeText = reader.boolean("includeText", default: config.includeText)
        config.analysis = reader.analysisOptions(default: config.analysis)
        config.queue = reader.queueSettings(defaultHost: ProcessInfo.processInfo.hostName)
        config.analysis.includeText = config.includeText
        if config.results == config.failures {
            reader.problems.append("\"results\" and \"failures\" are the same file (\(config.results)); give each its own path")
        }
        reader.rejectUnknownKeys()
        if !reader.problems.isEmpty { throw ConfigurationError(file: file, problems: reader.problems) }
        return config
    }
}
