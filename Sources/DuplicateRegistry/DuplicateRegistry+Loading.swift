import ArticleAnalysis
import Logging
import Foundation

/// Start-up: the index file if it is sound, brought up to date from the results logs; the logs alone
/// otherwise.
extension DuplicateRegistry {
    /// How the registry came up, for the start-up log line and the status.
    public struct LoadSummary: Sendable, Equatable {
        public enum Source: Sendable, Equatable {
            /// The index file, plus `replayed` log lines written after it was persisted.
            case indexFile(replayed: Int)
            /// The results logs, because of `reason` (no file, a bad checksum, a file the logs do not match).
            case resultsLogs(reason: String)
            /// A first start: no index file and no results line anywhere, so an empty index and nothing
            /// to warn about.
            case fresh
        }
        public var source: Source
        public var articles: Int

        public init(source: Source, articles: Int) {
            self.source = source
            self.articles = articles
        }
    }

    /// Loads the registry. `resultsLogs` are the results log files oldest first (rotated ones, then the
    /// current one); their lines carry `id`, `file`, `receivedAt` and `fingerprint`.
    public func load(resultsLogs: [String]) -> LoadSummary {
        let reason: String
        do {
            if let data = try IndexFileIO.read(indexPath) {
                let loaded = try data.withUnsafeBytes { bytes throws(IndexFileError) in
                    try NearDuplicateIndex(serialized: bytes.assumingMemoryBound(to: UInt8.self).span, threshold: index.threshold, window: index.window)
                }
                index = loaded
                if let replayed = catchUp(from: resultsLogs) {
                    logLoaded("index file", replayed: replayed)
                    return LoadSummary(source: .indexFile(replayed: replayed), articles: count)
                }
                reason = "none of its newest articles is in the results logs"
            } else {
                reason = Self.noIndexFile
            }
        } catch {
            reason = "\(error)"
        }
        index = NearDuplicateIndex(threshold: index.threshold, window: index.window)
        var replayed = 0
        for path in resultsLogs { replayed += LogReplay.replay(path, from: 0, into: &index) }
        unsavedCount += replayed
        // A brand-new install has neither an index file nor a results line: there was nothing to rebuild.
        if replayed == 0 && reason == Self.noIndexFile {
            logger.info("started an empty duplicate index", metadata: ["duplicates.index": "\(indexPath)"])
            return LoadSummary(source: .fresh, articles: 0)
        }
        logger.warning(
            "rebuilt the duplicate index from the results logs",
            metadata: ["duplicates.index": "\(indexPath)", "duplicates.reason": "\(reason)",
                       "duplicates.articles": "\(count)"])
        return LoadSummary(source: .resultsLogs(reason: reason), articles: count)
    }

    /// How many of the index's newest articles a catch-up looks for in the logs. Workers write lines in
    /// a slightly different order than they checked, and an article checked just before a persist may
    /// never have had its line written (a crash); any of these recent ones marks where to resume.
    static let catchUpCandidates = 64

    static let noIndexFile = "there is no index file"

    /// Replays the log lines after the newest line whose article the index already holds (lines replayed
    /// twice are recognised and skipped); nil if none of the index's recent articles is in any log.
    private func catchUp(from logs: [String]) -> Int? {
        let recent = index.recentArticles(Self.catchUpCandidates)
        guard !recent.isEmpty else {
            var replayed = 0
            for path in logs { replayed += LogReplay.replay(path, from: 0, into: &index) }
            unsavedCount += replayed
            return replayed
        }
        var wanted: [String: [(file: String, seconds: Int)]] = [:]
        for article in recent { wanted[article.id, default: []].append((article.file, article.receivedSeconds)) }
        for (fileIndex, path) in logs.enumerated().reversed() {
            guard let data = try? IndexFileIO.read(path) else { continue }
            let resume = data.withUnsafeBytes { bytes in
                ResultLogReader.offsetAfterLastLine(in: bytes) { line in
                    if let id = ResultLogReader.leadingID(line), wanted[id] == nil { return false }
                    guard let entry = ResultLogReader.entry(line), let deliveries = wanted[entry.id] else { return false }
                    let seconds = Int(entry.receivedAt.timeIntervalSince1970.rounded(.down))
                    return deliveries.contains { $0.file == entry.file && $0.seconds == seconds }
                }
            }
            guard let resume else { continue }
            var replayed = LogReplay.replay(path, from: resume, into: &index, skippingKnown: true)
            for later in logs[(fileIndex + 1)...] { replayed += LogReplay.replay(later, from: 0, into: &index, skippingKnown: true) }
            unsavedCount += replayed
            return replayed
        }
        return nil
    }

    private func logLoaded(_ source: String, replayed: Int) {
        logger.info(
            "loaded the duplicate index",
            metadata: ["duplicates.index": "\(indexPath)", "duplicates.source": "\(source)",
                       "duplicates.replayed": "\(replayed)", "duplicates.articles": "\(count)"])
    }
}

/// Inserts the result lines of a log file into an index.
enum LogReplay {
    /// Inserts the lines from byte `offset` on; returns how many were results.
    static func replay(_ path: String, from offset: Int, into index: inout NearDuplicateIndex, skippingKnown: Bool = false) -> Int {
        guard let data = try? IndexFileIO.read(path) else { return 0 }
        var inserted = 0
        data.withUnsafeBytes { bytes in
            ResultLogReader.forEachLine(in: bytes, from: offset) { line in
                guard let entry = ResultLogReader.entry(line) else { return }
                if skippingKnown {
                    index.insertIfNew(id: entry.id, file: entry.file, fingerprint: entry.fingerprint, receivedAt: entry.receivedAt)
                } else {
                    index.insert(id: entry.id, file: entry.file, fingerprint: entry.fingerprint, receivedAt: entry.receivedAt)
                }
                inserted += 1
            }
        }
        return inserted
    }
}
