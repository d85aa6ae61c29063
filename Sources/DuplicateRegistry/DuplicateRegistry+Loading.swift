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
                    try NearDuplicateIndex(serialized: bytes, threshold: index.threshold, window: index.window)
                }
                index = loaded
                if let replayed = catchUp(from: resultsLogs) {
                    logLoaded("index file", replayed: replayed)
                    return LoadSummary(source: .indexFile(replayed: replayed), articles: count)
                }
                reason = "its newest article is not in the results logs"
            } else {
                reason = "there is no index file"
            }
        } catch {
            reason = "\(error)"
        }
        index = NearDuplicateIndex(threshold: index.threshold, window: index.window)
        var replay = LogReplay()
        for path in resultsLogs { unsavedCount += replay.replay(path, from: 0, into: &index) }
        logger.warning(
            "rebuilt the duplicate index from the results logs",
            metadata: ["duplicates.index": "\(indexPath)", "duplicates.reason": "\(reason)",
                       "duplicates.articles": "\(count)"])
        return LoadSummary(source: .resultsLogs(reason: reason), articles: count)
    }

    /// Replays the log lines after the index's newest article; nil if that article is in no log.
    private func catchUp(from logs: [String]) -> Int? {
        guard let newest = index.newestArticle else {
            var replay = LogReplay()
            var replayed = 0
            for path in logs { replayed += replay.replay(path, from: 0, into: &index) }
            unsavedCount += replayed
            return replayed
        }
        let needle = Data("\"\(newest.id)\"".utf8)
        let reader = ResultLogReader()
        for (fileIndex, path) in logs.enumerated().reversed() {
            guard let (data, ranges) = try? ResultLogReader.lines(of: path) else { continue }
            for lineIndex in ranges.indices.reversed() {
                let line = data[ranges[lineIndex]]
                guard line.range(of: needle) != nil, let entry = reader.entry(line), entry.id == newest.id,
                    entry.file == newest.file, Int(entry.receivedAt.timeIntervalSince1970.rounded(.down)) == newest.receivedSeconds
                else { continue }
                var replay = LogReplay()
                var replayed = replay.replay(path, from: lineIndex + 1, into: &index)
                for later in logs[(fileIndex + 1)...] { replayed += replay.replay(later, from: 0, into: &index) }
                unsavedCount += replayed
                return replayed
            }
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
struct LogReplay {
    private let reader = ResultLogReader()

    /// Inserts lines `from`… of `path`; returns how many were results.
    @discardableResult
    mutating func replay(_ path: String, from firstLine: Int, into index: inout NearDuplicateIndex) -> Int {
        guard let (data, ranges) = try? ResultLogReader.lines(of: path), firstLine < ranges.count else { return 0 }
        var inserted = 0
        for range in ranges[firstLine...] {
            guard let entry = reader.entry(data[range]) else { continue }
            index.insert(id: entry.id, file: entry.file, fingerprint: entry.fingerprint, receivedAt: entry.receivedAt)
            inserted += 1
        }
        return inserted
    }
}
