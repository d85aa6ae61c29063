import ArticleAnalysis
@testable import ArticleWatchDaemon
import Foundation
import Glibc
import Testing
import WorkQueue

/// Real child processes: the built `articlewatch` in its `analyze-isolated` mode, and small shell
/// scripts for the ways a child can go wrong that the analyser itself never shows.
@Suite struct IsolatedAnalyzerTests {
    static func request(_ name: String, cpuSeconds: Int = 30) -> IsolatedAnalysisRequest {
        IsolatedAnalysisRequest(
            name: name, receivedAt: 1_700_000_000.5, options: AnalysisOptions(),
            limits: IsolationLimits(cpuSeconds: cpuSeconds, memoryBytes: 512 << 20), parent: getpid())
    }

    static func shell(_ script: String) -> IsolatedAnalyzer {
        IsolatedAnalyzer(command: ["/bin/sh", "-c", script, "child"])
    }

    static var binary: IsolatedAnalyzer { IsolatedAnalyzer(command: [RepositoryFiles.binary, "analyze-isolated"]) }

    /// The child's record is the record the daemon's own pipeline makes (only the timing differs).
    @Test func aGoodArticleGivesTheSameRecordAsTheDaemonsOwnAnalysis() async throws {
        let bytes = try RepositoryFiles.seed(2)
        let outcome = await Self.binary.analyse(bytes, request: Self.request("seed.txt"))
        guard case let .line(line) = outcome else { Issue.record("expected a record, got \(outcome)"); return }
        let article = Article(name: "seed.txt", bytes: bytes, receivedAt: Date(timeIntervalSince1970: 1_700_000_000.5))
        guard case var .analyzed(record) = try AnalysisPipeline.standard().analyze(article, options: AnalysisOptions()) else {
            Issue.record("the seed did not analyse"); return
        }
        var child = try AnalysisRecord(line: line)
        record.durationMs = child.durationMs
        // The child stamps its analysis time as the daemon does (`ArticleLine`); the daemon replaces it.
        #expect(try JSONReader.value(of: line)["analyzedAt"] != .null)
        child.analyzedAt = nil
        #expect(child.line() == record.line())
    }

    @Test func anEmptyFileGivesTheChildsFailureRecord() async throws {
        let outcome = await Self.binary.analyse([], request: Self.request("empty.txt"))
        guard case let .line(bytes) = outcome else { Issue.record("expected a failure record, got \(outcome)"); return }
        let line = try JSONReader.value(of: bytes)
        #expect(line["schema"] == .string(FailureRecord.schema))
        #expect(line["reason"] == .string("empty"))
    }

    @Test func aPoisonFileKillsOnlyTheChild() async throws {
        var analyzer = Self.binary
        analyzer.extraEnvironment[TestFault.variable] = "crash:poison"
        let outcome = await analyzer.analyse(try RepositoryFiles.seed(0), request: Self.request("a-poison-file.txt"))
        guard case let .crashed(signal, _) = outcome else { Issue.record("expected a crash, got \(outcome)"); return }
        #expect(signal == SIGSEGV)
        let failure = try #require(outcome.failure(limits: Self.request("x").limits))
        #expect(failure.reason == .crashed)
        #expect(failure.message.contains("SIGSEGV"))
    }

    @Test func aRunawayIsStoppedAtTheCPULimit() async throws {
        var analyzer = Self.binary
        analyzer.extraEnvironment[TestFault.variable] = "spin:runaway"
        let outcome = await analyzer.analyse(try RepositoryFiles.seed(0), request: Self.request("runaway.txt", cpuSeconds: 1))
        guard case let .timeout(what) = outcome else { Issue.record("expected a timeout, got \(outcome)"); return }
        #expect(what.contains("1 s of CPU time"))
        #expect(outcome.failure(limits: Self.request("x").limits)?.reason == .timeout)
    }

    @Test func aChildStuckWithoutUsingCPUIsKilledAtTheWallClockLimit() async {
        let outcome = await Self.shell("exec sleep 30").analyse(Array("text".utf8), request: Self.request("x"), wallSeconds: 0.5)
        guard case let .timeout(what) = outcome else { Issue.record("expected a timeout, got \(outcome)"); return }
        #expect(what.contains("wall-clock"))
    }

    /// The limit is a timer on the daemon's injected clock: a test clock moved past it kills the child
    /// at once, with no real time waited. The child sleeps far longer than any stall of a loaded machine
    /// between its start and the clock's advance: a child that ended by itself would read as broken.
    @Test func theWallClockLimitRunsOnTheInjectedClock() async {
        let clock = TestClock()
        let analysis = Task {
            await Self.shell("exec sleep 3600").analyse(Array("text".utf8), request: Self.request("x"), wallSeconds: 600, clock: clock)
        }
        await clock.waitForSleepers(1)
        clock.advance(by: .seconds(600))
        let outcome = await analysis.value
        guard case let .timeout(what) = outcome else { Issue.record("expected a timeout, got \(outcome)"); return }
        #expect(what.contains("600 s of wall-clock time"))
    }

    @Test func aSignalIsReportedByName() async {
        let outcome = await Self.shell("cat >/dev/null; echo 'Fatal error: failed to allocate 99 bytes' >&2; kill -ABRT $$").analyse(
            Array("text".utf8), request: Self.request("x"))
        guard case let .crashed(signal, detail) = outcome else { Issue.record("expected a crash, got \(outcome)"); return }
        #expect(signal == SIGABRT)
        #expect(detail == "Fatal error: failed to allocate 99 bytes")
        let message = outcome.failure(limits: IsolationLimits(cpuSeconds: 1, memoryBytes: 300 << 20))?.message ?? ""
        #expect(message.contains("SIGABRT") && message.contains("memory limit of 300 MiB"))
    }

    /// A child that exits before reading its input: the daemon's write gets EPIPE, not SIGPIPE.
    @Test func aChildThatIgnoresItsInputDoesNotTakeTheDaemonWithIt() async {
        let outcome = await Self.shell("echo 'no record' >&2; exit 3").analyse([UInt8](repeating: 0x61, count: 4 << 20), request: Self.request("x"))
        guard case let .broken(what) = outcome else { Issue.record("expected a broken child, got \(outcome)"); return }
        #expect(what == "exited with status 3: no record")
        #expect(outcome.failure(limits: Self.request("x").limits)?.reason == .internal)
    }

    @Test(arguments: ["echo 'not json'", #"echo '{"schema":"something/1"}'"#, "true"])
    func aChildThatWritesNoRecordIsBroken(script: String) async {
        let outcome = await Self.shell("cat >/dev/null; " + script).analyse(Array("text".utf8), request: Self.request("x"))
        guard case .broken = outcome else { Issue.record("expected a broken child, got \(outcome)"); return }
    }

    @Test func aProgramThatCannotStartIsBroken() async {
        let outcome = await IsolatedAnalyzer(command: ["/nonexistent/articlewatch"]).analyse([], request: Self.request("x"))
        guard case let .broken(what) = outcome else { Issue.record("expected a broken child, got \(outcome)"); return }
        #expect(what.contains("cannot start /nonexistent/articlewatch"))
    }
}
