import Foundation
import Testing

/// Issue 17's rule, read from the sources: in the analysis core, memory-unsafe code (`Unsafe*Pointer`,
/// `withUnsafe*`, `unsafeBitCast`, `unsafeUninitializedCapacity`, …) lives only in the token and table layer
/// `Text/` and in one interop file per C library, where it can be reviewed and fuzzed in one place
/// (`make fuzz` drives `Text/` directly). Everything else reads bytes through `Span`, `RawSpan`, `UTF8Span`
/// or an accessor of `Text/`.
@Suite struct UnsafeConfinementTests {
    private static let core = RepositoryFiles.root.appendingPathComponent("Sources/ArticleAnalysis")

    /// The one file per C module that hands its pointers to Swift, and the module it wraps.
    static let interopFiles = [
        "Extraction/HTML/LibXML2Interop.swift": "CLibXML2",
        "Language/CLD2Interop.swift": "CLanguageID",
        "Support/SHA256Interop.swift": "CSHA256",
    ]

    /// PENDING — folders whose unsafe code other helpers are moving out on their own branches while this
    /// rule lands (issue 17). The lead empties this list as those branches merge; never add to it.
    static let pendingFolders: [String] = []

    /// PENDING (core) — this branch's own files not yet moved onto spans. Empty: the HTML scanners read the
    /// page through `Span` (libxml2's pointers stay in `LibXML2Interop.swift`), the JSON reader is a cursor
    /// over a `Span` handed to each call, and the index file is read and written through `Text/`'s
    /// `FixedWidthBytes`, `IndexChecksum` and `PositionTable(restoring:)`. Never add to it.
    static let pendingCoreFiles: [String] = []

    private static func coreFiles() throws -> [(path: String, text: String)] {
        guard let walker = FileManager.default.enumerator(atPath: core.path) else { return [] }
        return try walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted().map { path in
            (path, try String(contentsOf: core.appendingPathComponent(path), encoding: .utf8))
        }
    }

    /// Calls that hand a closure a raw pointer or an unsafe buffer without naming it (`text.withUTF8 { bytes in
    /// bytes[i] }` reads unchecked in a release build): they count as unsafe code too.
    static let pointerClosures = ["withUTF8", "withCString", "withContiguousStorageIfAvailable", "withMemoryRebound"]

    /// The lines of code that mention unsafe code (comments are not code), with their line numbers.
    private static func unsafeLines(_ text: String) -> [(number: Int, line: String)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            let code = line.trimmingCharacters(in: .whitespaces)
            guard !code.hasPrefix("//"),
                  code.range(of: "unsafe", options: .caseInsensitive) != nil || pointerClosures.contains(where: code.contains)
            else { return nil }
            return (index + 1, code)
        }
    }

    private static func isAllowed(_ path: String) -> Bool {
        path.hasPrefix("Text/") || interopFiles[path] != nil || pendingFolders.contains { path.hasPrefix($0) }
            || pendingCoreFiles.contains(path)
    }

    @Test func unsafeCodeStaysInTheTokenLayerAndTheInteropFiles() throws {
        let files = try Self.coreFiles()
        #expect(files.count > 100)
        for (path, text) in files where !Self.isAllowed(path) {
            for (number, line) in Self.unsafeLines(text) {
                Issue.record("\(path):\(number) uses unsafe code outside Text/ and the C interop files: \(line)")
            }
        }
    }

    @Test func eachInteropFileWrapsItsLibrary() throws {
        for (path, module) in Self.interopFiles {
            let text = try String(contentsOf: Self.core.appendingPathComponent(path), encoding: .utf8)
            #expect(text.contains("import \(module)"), "\(path) does not import \(module)")
        }
    }

    /// A pending folder or file that no longer has unsafe code comes off its list, so a list cannot hide new uses.
    @Test func pendingEntriesStillHaveUnsafeCode() throws {
        let files = try Self.coreFiles()
        for entry in Self.pendingFolders + Self.pendingCoreFiles {
            let matching = files.filter { $0.path.hasPrefix(entry) }
            #expect(!matching.isEmpty, "pending \(entry) does not exist")
            #expect(matching.contains { !Self.unsafeLines($0.text).isEmpty }, "\(entry) is clean now: take it off its pending list")
        }
    }
}
