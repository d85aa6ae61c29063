import Foundation

/// Remembering, forgetting and compacting. Eviction is lazy: the oldest articles are marked dead by moving
/// `firstLive`, and the arrays and tables are compacted together once the dead reach 1/32 of the live
/// or a table fills up, so there is no per-slot deletion and no tombstone bookkeeping.
extension NearDuplicateIndex {
    /// Highest load (occupied slots, dead included) a table may reach before a rebuild. Linear probing at
    /// 0.92 scans ~50 slots on a miss, but they are adjacent 4-byte words filtered by their tags, so it
    /// costs less than the memory a lower load would.
    static let maximumLoad = 0.92
    /// Evicted articles tolerated before compaction, as a fraction of the live ones: memory overhead
    /// against how often the tables are rebuilt (every window/32 insertions once the window is full;
    /// each rebuild of a million articles took ~0.2 s in `dedup-bench`).
    static let deadFraction = 32
    /// Hard ceiling on remembered articles: table slots hold 24-bit positions.
    public static let maximumArticles = PositionTable.positionLimit - 1

    mutating func insert(digest: ArticleDigest, file: String, fingerprint: Fingerprint?, receivedAt: Date) {
        let seconds = Self.seconds(receivedAt)
        newestSeconds = max(newestSeconds, seconds)
        evictForWindow(adding: 1)
        if needsRebuild(adding: 1) { compactAndRebuild(reserving: 1) }

        let position = names.count
        ids.append(contentsOf: [digest.words.0, digest.words.1, digest.words.2, digest.words.3])
        receivedSeconds.append(seconds)
        names.append(file)
        signatures.append(contentsOf: fingerprint?.signature ?? [UInt8](repeating: 0, count: Fingerprint.permutations))
        addToTables(position: position)
    }

    /// Marks the oldest articles dead until the window has room for `adding` more.
    mutating func evictForWindow(adding: Int) {
        let limit = min(window.count ?? Self.maximumArticles, Self.maximumArticles)
        let excess = count + adding - limit
        if excess > 0 { firstLive += min(excess, count) }
        if let days = window.days {
            let oldestKept = Int64(newestSeconds) - Int64((days * 86_400).rounded())
            while firstLive < names.count, Int64(receivedSeconds[firstLive]) < oldestKept { firstLive += 1 }
        }
    }

    func needsRebuild(adding: Int) -> Bool {
        let occupied = bandTables.map(\.occupied).max() ?? 0
        let tableFull = Double(occupied + adding) > Self.maximumLoad * Double(bandTables[0].capacity)
        let manyDead = firstLive >= 1024 && firstLive * Self.deadFraction >= count
        return tableFull || manyDead || names.count + adding > Self.maximumArticles
    }

    /// Room a rebuild leaves in the tables and columns, as a fraction of the live articles: 1/4 more.
    /// Doubling (as before) left the twelve tables at 0.46–0.92 load, 52–104 bytes per article (the index's
    /// largest variable cost, ~0.1 KiB per article in the daemon's RSS); a quarter keeps them at 0.74–0.92,
    /// 52–65 bytes, for one rebuild every live/4 insertions instead of every live (~0.2 s per rebuild of a
    /// million articles in `dedup-bench`, so under a microsecond per insertion either way).
    static let growthDivisor = 4

    /// Drops the dead prefix from every array and rebuilds the tables for the live articles, sized for
    /// the growth to come: a quarter more than the live count, or the window plus its dead allowance if
    /// that is less.
    mutating func compactAndRebuild(reserving: Int) {
        if firstLive > 0 {
            names.removeFirst(firstLive)
            ids.removeFirst(firstLive * 4)
            signatures.removeFirst(firstLive * Fingerprint.permutations)
            receivedSeconds.removeFirst(firstLive)
            firstLive = 0
        }
        let live = count + reserving
        var goal = max(live + live / Self.growthDivisor, 1024)
        if let windowCount = window.count { goal = min(goal, max(windowCount + windowCount / Self.deadFraction + 1, live)) }
        let capacity = Int((Double(goal) / Self.maximumLoad).rounded(.up)) + 1
        reserveArrays(for: goal)
        bandTables = (0..<LSHBanding.bands).map { _ in PositionTable(capacity: capacity) }
        // Band by band, not article by article: one table (~5 MB at a million) stays in the cache while
        // it fills, instead of twelve tables' random writes missing it. Loading a million articles went
        // from ~2.7 s to the figure `dedup-bench` prints.
        let fingerprinted = (0..<names.count).map { hasFingerprint(at: $0) }
        // The column read through a span while the tables change: a second reference to the same storage
        // (no copy), so reading it does not overlap the writes to `self`.
        let column = signatures
        let stored = column.span
        for band in 0..<LSHBanding.bands {
            for position in 0..<names.count {
                if fingerprinted[position] {
                    let hash = LSHBanding.bandHash(stored, offset: position * Fingerprint.permutations, band: band)
                    insertUnlessCrowded(band, hash: hash, position: position, stored: stored)
                } else if band == 0 {
                    bandTables[0].insert(position: position, hash: Self.idHash(digest(at: position)))
                }
            }
        }
    }

    /// Reserves the columns for `articles`, so they grow with the tables (a quarter at a time) instead of
    /// doubling (Array's own growth) past the window.
    private mutating func reserveArrays(for articles: Int) {
        ids.reserveCapacity(articles * 4)
        signatures.reserveCapacity(articles * Fingerprint.permutations)
        receivedSeconds.reserveCapacity(articles)
        names.reserveCapacity(articles)
    }

    private mutating func addToTables(position: Int) {
        guard hasFingerprint(at: position) else {
            bandTables[0].insert(position: position, hash: Self.idHash(digest(at: position)))
            return
        }
        let offset = position * Fingerprint.permutations
        let column = signatures  // see `compactAndRebuild`
        let stored = column.span
        for band in 0..<LSHBanding.bands {
            insertUnlessCrowded(band, hash: LSHBanding.bandHash(stored, offset: offset, band: band), position: position, stored: stored)
        }
    }

    /// At most this many live articles share one band value in a table. A story syndicated thousands of
    /// times would otherwise pile every copy onto one probe run, and each check and insert would walk all
    /// of them (20,000 near-copies took minutes). A capped-out copy is still remembered in the columns
    /// and the persisted file; later copies link to one of the earlier, equally similar articles instead.
    static let maximumSharingOneBand = 32

    /// Files `position` in the band's table unless `maximumSharingOneBand` earlier live articles already
    /// hold this band value.
    private mutating func insertUnlessCrowded(_ band: Int, hash: UInt64, position: Int, stored: Span<UInt8>) {
        let offset = position * Fingerprint.permutations
        _ = bandTables[band].insert(
            position: position, hash: hash, unlessSharedBy: Self.maximumSharingOneBand, firstLive: firstLive
        ) { other in
            other < position && LSHBanding.bandsAgree(stored, offset, stored, other * Fingerprint.permutations, band: band)
        }
    }

    /// Bytes held by the index's arrays (their allocated capacity), for the memory figures.
    public var allocatedBytes: Int {
        ids.capacity * 8 + signatures.capacity + receivedSeconds.capacity * 4 + names.allocatedBytes
            + bandTables.reduce(0) { $0 + $1.capacity * 4 }
    }
}
