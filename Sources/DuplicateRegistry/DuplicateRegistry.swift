public import ArticleAnalysis
public import Foundation
public import Logging

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
    private var persisting = false

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
        check(
            id: record.id, file: record.file, fingerprint: record.sections["fingerprint"].flatMap(Fingerprint.init(json:)),
            receivedAt: record.receivedAt)
    }

    /// Writes the index file safely (temporary file, fsync, rename, fsync of the directory). The snapshot
    /// is taken on the actor; the write happens off it, so checks go on meanwhile. A call while another
    /// persist is writing returns at once.
    public func persist() async throws(IndexFileIOError) {
        guard !persisting else { return }
        persisting = true
        defer { persisting = false }
        let bytes = index.serialized()
        let snapshotCount = unsavedCount
        try await Self.write(bytes, to: indexPath)
        unsavedCount -= snapshotCount
        logger.debug(
            "persisted the duplicate index",
            metadata: ["duplicates.index": "\(indexPath)", "duplicates.articles": "\(index.count)",
                       "duplicates.bytes": "\(bytes.count)"])
    }

    private nonisolated static func write(_ bytes: [UInt8], to path: String) async throws(IndexFileIOError) {
        try IndexFileIO.replace(path, with: bytes)
    }
}
