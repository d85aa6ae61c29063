import Foundation
import Logging
@testable import Spool
import Testing
import WorkQueue

/// The folder spool through the queue seam, on a real temporary spool and the test clock: what the daemon's
/// core sees of it (claim, read, commit line-then-move, pause, recovery's view of a dead daemon's claims).
@Suite struct FolderQueueTests {
    let directory = TemporaryDirectory("folder-queue")
    let clock = TestClock()

    private func queue(_ spool: Spool? = nil, keepProcessed: Bool = true) throws -> FolderQueue {
        let logs = try ResultLogs(
            results: RawPath(directory.file("log/results.jsonl")), failures: RawPath(directory.file("log/failures.jsonl")),
            policy: .never, rotation: RotationPolicy(maxBytes: 0, keep: 1), logger: Logger(label: "folder-queue-test"), clock: clock
        ) { _ in }
        return FolderQueue(
            spool: try spool ?? Spool(root: RawPath(directory.path), clock: clock), logs: logs, gate: ClaimGate(), clock: clock,
            logger: Logger(label: "folder-queue-test"), keepProcessed: { keepProcessed })
    }

    private func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.file(folder))) ?? []).sorted()
    }

    /// What `whenSettled` was called with, awaited as an event (the mover runs off the log's actor).
    private func settled(_ commit: @escaping @Sendable (@escaping @Sendable (CommitOutcome) -> Void) async -> Void) async -> CommitOutcome {
        await withCheckedContinuation { continuation in
            Task { await commit { continuation.resume(returning: $0) } }
        }
    }

    @Test func anOfferedFileIsClaimedReadCommittedAndMovedOnAfterItsLine() async throws {
        let queue = try queue()
        directory.write("inbox/a.txt", "hello")
        await queue.offer(EntryName("a.txt"))
        let claim = try #require(await queue.claim(upTo: 4).first)
        #expect(entries("inbox").isEmpty)
        #expect(entries("processing").contains(claim.delivery))
        guard case let .bytes(bytes, _) = await queue.read(claim, maxBytes: 100) else { Issue.record("not read"); return }
        #expect(bytes == Array("hello".utf8))
        let line = Array("{\"delivery\":\"\(claim.delivery)\"}".utf8)
        let outcome = await settled { done in await queue.commit(claim, line: .result(line, keepInput: true), whenSettled: done) }
        #expect(outcome == .settled)
        #expect(directory.lines("log/results.jsonl") == ["{\"delivery\":\"\(claim.delivery)\"}"])
        #expect(entries("done") == ["a.txt"])
        #expect(!entries("processing").contains(claim.delivery))
        #expect(try await queue.lookUp(claim) == .settled)
    }

    @Test func aPausedQueueLeavesTheFileInTheInboxUntilEveryCauseIsResumed() async throws {
        let queue = try queue()
        directory.write("inbox/b.txt", "x")
        await queue.pause(.lowDiskSpace)
        await queue.pause(.logUnwritable)
        await queue.offer(EntryName("b.txt"))
        let claimer = Task { await queue.claim(upTo: 1) }
        for _ in 0..<1_000 { await Task.yield() }
        #expect(entries("inbox") == ["b.txt"], "claimed while paused")
        await queue.resume(.lowDiskSpace)
        for _ in 0..<1_000 { await Task.yield() }
        #expect(entries("inbox") == ["b.txt"], "claimed with one cause still pausing")
        await queue.resume(.logUnwritable)
        let claims = await claimer.value
        #expect(claims.map(\.name) == [EntryName("b.txt")])
        #expect(entries("inbox").isEmpty)
    }

    @Test func closingWakesAWaitingClaimerEmptyHanded() async throws {
        let queue = try queue()
        let claimer = Task { await queue.claim(upTo: 1) }
        for _ in 0..<1_000 { await Task.yield() }
        await queue.close()
        #expect(await claimer.value.isEmpty)
    }

    /// A dead daemon left two claims, one whose line reached the results log: recovery sees the first as
    /// written (only to be moved on) and the second as still claimed (to be analysed again), and settling
    /// both empties `processing/`.
    @Test func recoveryReportsEachClaimOfADeadDaemonByItsLine() async throws {
        var dead: Spool? = try Spool(root: RawPath(directory.path), clock: clock)
        directory.write("inbox/written.txt", "a")
        directory.write("inbox/cut-short.txt", "b")
        let written = try #require(try dead!.claim(EntryName("written.txt")))
        let cutShort = try #require(try dead!.claim(EntryName("cut-short.txt")))
        let survivor = try queue()
        let line = Array("{\"delivery\":\"\(written.delivery)\"}".utf8)
        _ = await settled { done in await survivor.logs.append(.result(line, keepInput: true)) { done(.settled) } }
        dead = nil
        let recovered = try await survivor.recover()
        let states = Dictionary(uniqueKeysWithValues: recovered.map { ($0.claim.delivery, $0.state) })
        #expect(states == [written.delivery: .lineWritten(.done(keep: true)), cutShort.delivery: .claimed])
        for claim in recovered.map(\.claim) { try await survivor.settle(claim, .failed) }
        await survivor.endRecovery()
        #expect(entries("failed") == ["cut-short.txt", "written.txt"])
        #expect(entries("processing").filter { !$0.hasSuffix(".lock") }.isEmpty)
    }
}
