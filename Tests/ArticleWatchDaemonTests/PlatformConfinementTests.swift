import Foundation
import Testing

/// The platform rules, read from the sources: the analysis core touches no file, clock or libc, and
/// `import Glibc` lives only in an `Internals/` layer or a C shim.
@Suite struct PlatformConfinementTests {
    private static let sources = RepositoryFiles.root.appendingPathComponent("Sources")

    /// Files not yet moved behind an `Internals/` layer (issue 15's remaining work): this list may only
    /// shrink. A new `import Glibc` anywhere else fails the test.
    private static let notYetConfined: Set<String> = [
        "ArticleWatchDaemon/Isolation/IsolatedAnalyzer+Ending.swift",
        "ArticleWatchDaemon/Isolation/IsolatedAnalysisChild.swift",
        "ArticleWatchDaemon/Isolation/IsolatedOutcome.swift",
        "ArticleWatchDaemon/Isolation/IsolatedAnalyzer.swift",
        "ArticleWatchDaemon/Isolation/TestFault.swift",
        "ArticleWatchDaemon/Processing/ArticleProcessor+Suspects.swift",
        "Spool/Spool.swift",
        "Spool/SafeFileReader.swift",
        "Spool/JSONLinesLog.swift",
        "Systemd/LogDestination.swift",
        "Systemd/Notify/SystemdNotifier.swift",
        "Systemd/Journal/JournalSender.swift",
    ]

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
            for forbidden in ["FileManager", "Date()", "import Glibc"] {
                #expect(!text.contains(forbidden), "\(path) uses \(forbidden)")
            }
        }
    }

    @Test func glibcIsImportedOnlyInAPlatformLayer() throws {
        let daemonTargets = ["ArticleWatchDaemon", "Spool", "Systemd", "DuplicateRegistry", "WorkQueue", "PostgresQueue", "articlewatch"]
        for target in daemonTargets {
            for (path, text) in try Self.swiftFiles(under: Self.sources.appendingPathComponent(target))
            where text.contains("import Glibc") {
                #expect(path.contains("/Internals/") || Self.notYetConfined.contains(path), "\(path) imports Glibc outside Internals/")
            }
        }
    }
}
