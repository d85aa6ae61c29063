import Foundation
import Glibc
import Testing

/// Issue 13's hang: `articlewatch analyze --workers N` on HTML deadlocked now and then inside libxml2's
/// first-use set-up (two workers racing through `xmlDictCreate`), with nothing written. Many fresh processes
/// (the race is only at start-up), their standard output and error piped to this test and read as they come,
/// each given a bounded wait: a process still running after it is a stall and fails the test.
@Suite struct ParallelAnalyzeTests {
    /// Fresh processes per run; `ARTICLEWATCH_HANG_RUNS` raises it for a longer hunt.
    static let runs = Int(ProcessInfo.processInfo.environment["ARTICLEWATCH_HANG_RUNS"] ?? "") ?? 24
    /// Far beyond what analysing a few small pages takes, even on a loaded machine: only a stall reaches it.
    static let stallSeconds = 300.0

    @Test func manyParallelAnalysesOfHTMLNeverStall() throws {
        let directory = NSTemporaryDirectory() + "articlewatch-parallel-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var files: [String] = []
        for (index, page) in Self.pages.enumerated() {
            let path = directory + "/page-\(index).html"
            try Data(page.utf8).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        var stalls = 0
        for run in 0..<Self.runs {
            let workers = 2 + run % 3
            let outcome = try Self.analyze(files, workers: workers)
            guard let outcome else {
                stalls += 1
                Issue.record("run \(run): `analyze --workers \(workers)` still running after \(Self.stallSeconds) s; killed")
                continue
            }
            #expect(outcome.status == 0, "run \(run): exit \(outcome.status): \(outcome.stderr)")
            let lines = outcome.stdout.split(separator: "\n")
            #expect(lines.count == files.count, "run \(run): \(lines.count) records for \(files.count) files")
            #expect(lines.allSatisfy { $0.contains("\"mediaType\":\"text/html\"") }, "run \(run): a page was not read as HTML")
        }
        #expect(stalls == 0)
    }

    /// Runs one process with both outputs piped; nil when it stalled (then it is killed).
    static func analyze(_ files: [String], workers: Int) throws -> (status: Int32, stdout: String, stderr: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DaemonHarness.binary)
        process.arguments = ["analyze", "--workers", String(workers)] + files
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        // Both pipes drained at once, on their own threads, so a full pipe can never be what stalls the child.
        let readers = DispatchGroup()
        let collected = CollectedOutput()
        for (pipe, isError) in [(output, false), (errors, true)] {
            DispatchQueue.global().async(group: readers) {
                collected.set(pipe.fileHandleForReading.readDataToEndOfFile(), isError: isError)
            }
        }
        if exited.wait(timeout: .now() + stallSeconds) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            readers.wait()
            return nil
        }
        readers.wait()
        return (process.terminationStatus, collected.text(isError: false), collected.text(isError: true))
    }

    /// Pages of the kinds the extractor meets: a full document, one that starts with a comment, a script-first
    /// fragment, a table layout, and `div` soup; each long enough for the whole pipeline to run.
    static let pages: [String] = {
        let paragraph = """
            The ministers met in Geneva on Tuesday to discuss the new trade agreement, which officials said \
            would cut tariffs on farm goods by a third over five years and open ports to more shipping.
            """
        let body = (0..<12).map { "<p>\(paragraph) Point \($0).</p>" }.joined(separator: "\n")
        let divs = (0..<12).map { "<div>\(paragraph) Item \($0).</div>" }.joined(separator: "\n")
        let rows = (0..<12).map { "<tr><td>\(paragraph) Row \($0).</td></tr>" }.joined(separator: "\n")
        return [
            "<!DOCTYPE html><html><head><title>Trade talks</title></head><body><article>\(body)</article></body></html>",
            "<!-- saved page --><html><body><nav><a href=/>Home</a></nav><main>\(body)</main></body></html>",
            "<script>var x = 1;</script><div class=story><h1>Trade talks</h1>\(body)</div>",
            "<html><body><table>\(rows)</table></body></html>",
            "<html><body><div>\(divs)</div><footer>Contact us</footer></body></html>",
            "<!doctype html><html lang=en><body><section><section>\(body)</section></section></body></html>",
        ]
    }()
}

/// The two outputs as the reader threads finish them.
private final class CollectedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var outputs: [Bool: Data] = [:]

    func set(_ data: Data, isError: Bool) { lock.withLock { outputs[isError] = data } }

    func text(isError: Bool) -> String { lock.withLock { String(decoding: outputs[isError] ?? Data(), as: UTF8.self) } }
}
