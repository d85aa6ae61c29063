internal import CLibXML2

/// The C libraries the analysis calls, set up once per process before any worker thread uses them.
/// libxml2 2.9 builds its global state (the dictionary mutex, the random seed, the encoding handlers) lazily on
/// first use, and two threads that create their first parser contexts at the same moment can both start
/// building it: each makes its own mutex and they end up waiting on each other in `xmlRMutexLock` for good
/// (issue 13: `analyze --workers 2` hung in 3 of 30 runs; a two-line C program with four threads behind a
/// barrier stalls in about 1 of 150 runs, and never once `xmlInitParser` ran first). CLD2 keeps only constant
/// tables, but one detection here makes sure any lazily built state of the C++ library exists before workers do.
/// ICU is not used by the analysis (only by the eval's sentence comparison).
public enum AnalysisLibraries {
    /// Swift runs a static's initialiser exactly once, and every other caller waits for it to finish.
    private static let initialised: Bool = {
        xmlInitParser()
        _ = CLD2Interop.detect("The ministers met in Geneva on Tuesday to discuss the agreement.", minimumBytes: 0, maximumBytes: 1024)
        return true
    }()

    /// Sets up libxml2 and CLD2 for use from many threads; cheap after the first call. Called when a pipeline
    /// is built, by the daemon before its workers start, by the fuzzer, and by the HTML parser itself.
    public static func initialiseOnce() {
        _ = initialised
    }
}
