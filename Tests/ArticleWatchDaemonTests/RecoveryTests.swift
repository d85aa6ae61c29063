@testable import ArticleWatchDaemon
import Logging
import ArticleAnalysis
import Testing
import WorkQueue

/// Recovery's decisions, first as the pure rule, then run on the in-memory queue after a staged crash.
@Suite struct RecoveryTests {
    private func recovered(_ state: ClaimState, attempts: Int = 0, orphaned: Int = 0) -> RecoveredClaim {
        RecoveredClaim(
            claim: QueueClaim(delivery: "x.1", name: EntryName("a"), attempt: attempts + 1, recoveryAttempts: attempts, orphanedAttempts: orphaned),
            state: state)
    }

    @Test func theRuleForEachKindOfLeftoverClaim() {
        #expect(Recovery.decide(recovered(.lineWritten(.failed))) == .moveOn(.failed))
        #expect(Recovery.decide(recovered(.settled)) == .nothing)
        #expect(Recovery.decide(recovered(.claimed, attempts: 2)) == .analyseAgain)
        guard case .giveUp = Recovery.decide(recovered(.claimed, attempts: 3)) else {
            Issue.record("three unexplained deaths did not give the file up")
            return
        }
        #expect(Recovery.decide(recovered(.claimed, attempts: 5, orphaned: 3)) == .analyseAgain, "deaths from outside count apart")
        guard case .giveUp = Recovery.decide(recovered(.claimed, attempts: 10, orphaned: 10)) else {
            Issue.record("ten interrupted attempts of any kind did not give the file up")
            return
        }
    }

    /// On the shared queue a lapsed claim is a claimer that died or froze holding the file: after three
    /// the file fails as `crashed` (the folder queue's `internal` is for its own, witnessed deaths).
    @Test func theSharedQueueGivesAPoisonFileUpAsCrashed() {
        #expect(Recovery.decide(recovered(.claimed, attempts: 2), policy: .sharedQueue) == .analyseAgain)
        guard case let .giveUp(reason, message) = Recovery.decide(recovered(.claimed, attempts: 3), policy: .sharedQueue) else {
            Issue.record("three lapsed claims did not give the file up")
            return
        }
        #expect(reason == .crashed)
        #expect(message.contains("3 claimers"))
        guard case let .giveUp(folderReason, _) = Recovery.decide(recovered(.claimed, attempts: 3)) else { return }
        #expect(folderReason == .internal)
    }

    /// A crash left one claim with its line written, one poison file tried three times and one article
    /// cut short: the first is only moved on, the second failed as `internal`, the third analysed again
    /// in a real child process (the built binary's `analyze-isolated`).
    @Test func aStagedCrashIsRecoveredThroughTheQueue() async throws {
        let core = try CoreFixture()
        await core.queue.add("written.txt", CoreFixture.article)
        let written = try #require(await core.queue.claim(upTo: 1).first)
        await core.queue.setStopAfterLine(true)
        await core.processor.process(written)
        await core.queue.setStopAfterLine(false)
        await core.queue.simulateCrash()
        await core.queue.leaveAbandoned("poison.txt", Array("x".utf8), recoveryAttempts: 3)
        await core.queue.leaveAbandoned("interrupted.txt", CoreFixture.article, recoveryAttempts: 0)
        var recovery = Recovery(queue: core.queue, processor: core.processor, logger: Logger(label: "recovery-test"))
        recovery.analyzer = IsolatedAnalyzer(command: [RepositoryFiles.binary, "analyze-isolated"])
        let summary = try await recovery.run()
        #expect(summary == Recovery.Summary(movedOn: 1, analysedAgain: 1, givenUp: 1))
        let moved = await core.queue.moved.map { "\($0.name)→\($0.disposition)" }
        #expect(Set(moved) == ["written.txt→done(keep: true)", "poison.txt→failed", "interrupted.txt→done(keep: true)"])
        #expect(await core.failures().compactMap { $0["reason"] as? String } == ["internal"])
        #expect(await core.results().compactMap { $0["file"] as? String }.sorted() == ["interrupted.txt", "written.txt"])
        #expect(await core.queue.attemptsBegun == [EntryName("interrupted.txt")])
        #expect(await core.queue.recoveryEnded)
    }
}
