@testable import ArticleWatchDaemon
import DuplicateRegistry
import Foundation
import Logging
import Spool
import Testing

/// A reload publishes the new settings, keeps keys that need a restart, and keeps the running
/// configuration when the new file is bad.
@Suite struct ConfigReloaderTests {
    private let directory = NSTemporaryDirectory() + "articlewatch-reload-\(UUID().uuidString.prefix(8))"

    private func reloader(_ settings: SettingsStore) throws -> ConfigReloader {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let logger = Logger(label: "reload-test")
        let logs = try ResultLogs(
            results: RawPath(directory + "/results.jsonl"), failures: RawPath(directory + "/failures.jsonl"),
            policy: .never, rotation: RotationPolicy(maxBytes: 0, keep: 1), logger: logger) { _ in }
        return ConfigReloader(
            configurationPath: directory + "/config.json", settings: settings, logs: logs,
            duplicates: DuplicateRegistry(indexPath: directory + "/duplicates.index", logger: logger), notifier: SilentNotifier(),
            logger: logger)
    }

    private func write(_ json: String) throws {
        try json.write(toFile: directory + "/config.json", atomically: true, encoding: .utf8)
    }

    @Test func aNewFileIsPublishedButRestartKeysKeepTheirValues() async throws {
        let settings = try SettingsStore(Configuration.defaults(processorCount: 2))
        let reloader = try reloader(settings)
        try write(#"{"keepProcessed": false, "workers": 7, "minFreeBytes": 12345}"#)
        await reloader.reload()
        let current = settings.current.configuration
        #expect(current.keepProcessed == false)
        #expect(current.minFreeBytes == 12345)
        #expect(current.workers == 2, "workers needs a restart")
    }

    @Test func aBadFileKeepsTheRunningConfiguration() async throws {
        let settings = try SettingsStore(Configuration.defaults(processorCount: 2))
        let reloader = try reloader(settings)
        try write(#"{"keepProcessed": "sometimes"}"#)
        await reloader.reload()
        #expect(settings.current.configuration == Configuration.defaults(processorCount: 2).resolvedLike(settings.current.configuration))
        #expect(settings.current.configuration.keepProcessed == true)
    }
}

extension Configuration {
    /// This configuration with `other`'s paths (the loader resolves them against the file's directory).
    fileprivate func resolvedLike(_ other: Configuration) -> Configuration {
        var copy = self
        copy.spool = other.spool
        copy.results = other.results
        copy.failures = other.failures
        return copy
    }
}
