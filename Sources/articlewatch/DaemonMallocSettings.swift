import CMallocTuning

/// glibc malloc settings for the long-running daemon. CMallocTuning applies them from a C constructor
/// before main (the arena cap must precede the threads); `run` applies them again, which also keeps the
/// C object, and with it the constructor, in the link.
///
/// Why: with glibc's defaults every thread that allocates may get its own arena (up to 8 per core), and
/// each arena keeps the pages freed in its middle; and after a large block (an array grown past the mmap
/// threshold, the index snapshot written every minute) is freed, glibc raises its mmap threshold to that
/// size, so the next large arrays come from the arenas too and their freed pages stay resident.
/// Calibrated with `scripts/bench/daemon_bench.py --phases memory` (9 in 10 NYT snippets, 1 in 10 7 KB
/// texts): at 30,000 articles the anonymous memory went from 23.2 MiB to 18.1 MiB (RSS 50.9 → 45.9 MiB)
/// with these values, set then through GLIBC_TUNABLES; docs/BENCHMARKS.md has the 110k run.
enum DaemonMallocSettings {
    /// Two arenas for two cores' worth of analysis threads: fewer arenas, less memory stranded in them.
    static let arenas = Int32(AW_MALLOC_ARENAS)
    /// Blocks of 128 KiB and more are mapped on their own and unmapped when freed; fixing the value turns
    /// off the dynamic threshold. Also the trim threshold: free memory above it at an arena's top goes back.
    static let thresholdBytes = Int32(AW_MALLOC_THRESHOLD_BYTES)

    /// True when glibc took the settings (false on other C libraries, where nothing changes).
    @discardableResult
    static func apply() -> Bool { aw_malloc_tune(arenas, thresholdBytes) == 1 }
}
