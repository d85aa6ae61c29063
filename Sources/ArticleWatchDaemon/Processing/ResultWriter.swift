import ArticleAnalysis
import Foundation
import Logging
import Spool

/// The two logs, each behind its own appender: a result goes to one, a failure to the other. `write`
/// returns when the line is durable under the `fsync` policy, which is when the input may move on.
final class ResultWriter: Sendable {
    let results: LogAppender
    let failures: LogAppender

    init(configuration: Configuration, logger: Logger, onTrouble: @escaping @Sendable (String?) -> Void) throws(SystemError) {
        for path in [configuration.results, configuration.failures] {
            try? Self.makeParentDirectory(of: path)
        }
        results = try LogAppender(
            path: RawPath(configuration.results), policy: configuration.durability, rotation: configuration.rotation,
            logger: logger, onTrouble: onTrouble)
        failures = try LogAppender(
            path: RawPath(configuration.failures), policy: configuration.durability, rotation: configuration.rotation,
            logger: logger, onTrouble: onTrouble)
    }

    /// Writes the line; `whenDurable` runs once it is durable (see `LogAppender.append`).
    func write(_ line: ProcessedLine, whenDurable: @escaping @Sendable () -> Void) async {
        switch line {
        case let .result(record): await results.append(Array(record.json.serialized().utf8), whenDurable: whenDurable)
        case let .failure(record): await failures.append(Array(record.json.serialized().utf8), whenDurable: whenDurable)
        }
    }

    /// Writes a results line that is already JSON (a suspect's record, from its isolated analysis).
    func writeResult(_ line: JSONValue, whenDurable: @escaping @Sendable () -> Void) async {
        await results.append(Array(line.serialized().utf8), whenDurable: whenDurable)
    }

    func reopen() async {
        await results.reopen()
        await failures.reopen()
    }

    func update(_ configuration: Configuration) async {
        await results.update(policy: configuration.durability, rotation: configuration.rotation)
        await failures.update(policy: configuration.durability, rotation: configuration.rotation)
    }

    func flush() async {
        await results.flush()
        await failures.flush()
    }

    private static func makeParentDirectory(of path: String) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }
}

/// What one delivery produced: the line for the results log or for the failures log.
enum ProcessedLine: Sendable {
    case result(AnalysisRecord)
    case failure(FailureRecord)

    var isFailure: Bool { if case .failure = self { true } else { false } }
}
