import CMallocTuning

/// glibc malloc settings for `articlewatch analyze`, a process that analyses its files and ends. The
/// daemon's settings (`DaemonMallocSettings`, applied to every command from a constructor) hand memory
/// back as soon as 128 KiB are free at an arena's top: right for a daemon that idles, but in a batch each
/// file then gave back what the next one asked for again (2,000 7 KB files: ~3 brk(2) and ~10 page faults
/// a file). A 32 MiB threshold keeps a file's working memory for the next one; the process's peak stays
/// what the largest file needs.
enum BatchMallocSettings {
    static let thresholdBytes: Int32 = 32 << 20

    /// Keeps the daemon's arena cap (set before main) and raises the mmap and trim thresholds.
    @discardableResult
    static func apply() -> Bool { aw_malloc_tune(DaemonMallocSettings.arenas, thresholdBytes) == 1 }
}
