import Foundation
import Testing

/// The platform rules, read from the sources: the analysis core touches no file, clock or libc;
/// `import Glibc` lives only in an `Internals/` layer or a C shim; the daemon reads time only through its clock.
@Suite struct PlatformConfinementTests {
    private static let sources = RepositoryFiles.root.appendingPathComponent("Sources")

    private static func swiftFiles(under directory: URL) throws -> [(path: String, text: String)] {
        let prefix = sources.path + "/"
        guard let walker = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        return try walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.map { relative in
            let url = directory.appendingPathComponent(relative)
            return (String(url.path.dropFirst(prefix.count)), try String(contentsOf: url, encoding: .utf8))
        }
    }

    @Test func theAnalysisCoreUsesNoFileManagerClockOrLibc() throws {
        let files = try Self.swiftFiles(under: Self.sources.appendingPathComponent("ArticleAnalysis"))
        #expect(files.count > 100)
        for (path, text) in files {
            for forbidden in ["FileManager", "Date()", "Glibc"] {
                #expect(!text.contains(forbidden), "\(path) uses \(forbidden)")
            }
        }
    }

    /// Every Swift target but the analysis core (which may not import it at all): the daemon's, the command
    /// line's and the evaluation harness's.
    private static let platformTargets = [
        "ArticleWatchDaemon", "Spool", "Systemd", "DuplicateRegistry", "WorkQueue", "PostgresQueue", "articlewatch", "articlewatch-eval",
    ]

    @Test func glibcIsImportedOnlyInAPlatformLayer() throws {
        var checked = 0
        for target in Self.platformTargets {
            for (path, text) in try Self.swiftFiles(under: Self.sources.appendingPathComponent(target)) {
                checked += 1
                if text.contains("import Glibc") {
                    #expect(path.contains("/Internals/"), "\(path) imports Glibc outside Internals/")
                }
            }
        }
        #expect(checked > 150)
    }

    /// Raw reads of a clock and raw sleeps or timers. In the daemon's targets every timestamp and timer goes
    /// through the injected `DaemonClock`, so a test drives time with `TestClock`; only the clock itself
    /// (`WorkQueue/Clock/`) and the platform layers (`Internals/`, each call named there) touch the real ones.
    private static let rawClockUses = [
        "clock_gettime", "gettimeofday", "time(nil)", "Date()", "ContinuousClock", "SuspendingClock", "DispatchTime",
        "DispatchWallTime", "asyncAfter", "Task.sleep", "Thread.sleep", "usleep", "nanosleep", " .now", "(.now", "Date.now",
    ]

    @Test func theDaemonReadsTimeOnlyThroughItsClock() throws {
        var checked = 0
        for target in ["ArticleWatchDaemon", "Spool", "WorkQueue", "Systemd", "DuplicateRegistry", "PostgresQueue"] {
            for (path, text) in try Self.swiftFiles(under: Self.sources.appendingPathComponent(target))
            where !path.contains("/Internals/") && !path.hasPrefix("WorkQueue/Clock/") {
                checked += 1
                let code = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
                for (number, line) in code.enumerated() {
                    for raw in Self.rawClockUses where line.contains(raw) {
                        Issue.record("\(path): '\(raw)' reads time or sleeps outside the daemon clock: \(line.trimmingCharacters(in: .whitespaces)) (code line \(number + 1))")
                    }
                }
            }
        }
        #expect(checked > 80)
    }
}
