public import ArticleAnalysis
public import Foundation
public import Logging
public import Spool

/// The daemon's near-duplicate registry: one `NearDuplicateIndex` behind an actor, loaded at start-up and
/// persisted to a compact index file. `check` is one actor call that finds the best earlier match and
/// remembers the article, so two workers analysing two copies at once still link the second to the first.
///
/// Disk is the truth: the results logs. The index file is a cache of them, verified by checksum at load,
/// rebuilt from the logs when it is missing or bad, and brought up to date from the lines written after
/// it was last persisted.
public actor DuplicateRegistry {
    public let indexPath: String
    /// Internal so the loading extension can replace and replay into it; only this actor touches it.
    var index: NearDuplicateIndex
    let logger: Logger
    /// Articles checked or replayed since the last persisted snapshot.
    public internal(set) var unsavedCount = 0
    /// The last index write, so writes happen one at a time and in the order they were asked for.
    private var lastWrite: Task<Void, any Error>?

    /// - Parameters:
    ///   - indexPath: the index file, e.g. `duplicates.index` beside the results log.
    ///   - threshold: `analysis.nearDuplicateThreshold`.
    ///   - window: `analysis.nearDuplicateWindow`.
    public init(indexPath: String, threshold: Double = 0.8, window: DuplicateWindow = DuplicateWindow(), logger: Logger) {
        self.indexPath = indexPath
        self.index = NearDuplicateIndex(threshold: threshold, window: window)
        self.logger = logger
    }

    /// Articles remembered.
    public var count: Int { index.count }

    /// Bytes the in-memory index holds.
    public var allocatedBytes: Int { index.allocatedBytes }

    /// Finds the best earlier match of the article (exact by id, else near at the threshold) and
    /// remembers the article, atomically. Nil: no earlier article repeats this one.
    public func check(id: String, file: String, fingerprint: Fingerprint?, receivedAt: Date) -> DuplicateLink? {
        unsavedCount += 1
        return index.checkAndInsert(id: id, file: file, fingerprint: fingerprint, receivedAt: receivedAt)
    }

    /// `check` for a record straight from the pipeline: reads its `fingerprint` section.
    public func check(_ record: AnalysisRecord) -> DuplicateLink? {
        unsavedCount += 1
        return index.checkAndInsert(record)
    }

    /// Writes the index file safely (temporary file, fsync, rename, fsync of the directory). The snapshot
    /// is taken on the actor; the write happens off it, so checks go on meanwhile. Overlapping calls write
    /// one after the other, each its own snapshot, so the last call always leaves the latest state.
    public func persist() async throws(SystemError) {
        let bytes = index.serialized()
        let snapshotCount = unsavedCount
        let path = indexPath
        let previous = lastWrite
        let write = Task.detached {
            _ = await previous?.result
            try IndexFileIO.replace(path, with: bytes)
        }
        lastWrite = write
        do {
            try await write.value
        } catch let error as SystemError {
            throw error
        } catch {
            throw .inputOutput("write", RawPath(path))
        }
        unsavedCount -= snapshotCount
        logger.debug(
            "persisted the duplicate index",
            metadata: ["duplicates.index": "\(indexPath)", "duplicates.articles": "\(index.count)",
                       "duplicates.bytes": "\(bytes.count)"])
    }

    /// Applies a new threshold or window (a configuration reload); a smaller window evicts at once.
    public func reconfigure(threshold: Double, window: DuplicateWindow) {
        guard threshold != index.threshold || window != index.window else { return }
        let bytes = index.serialized()
        if let reloaded = try? NearDuplicateIndex(serialized: bytes.span, threshold: threshold, window: window) {
            index = reloaded
        } else {
            logger.error("could not apply the new duplicate window; keeping the old one", metadata: ["duplicates.index": "\(indexPath)"])
        }
    }
}
