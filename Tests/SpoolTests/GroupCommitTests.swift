@testable import Spool
import Testing

/// The appender's group-commit state machine, event by event: what each event asks the appender to do.
@Suite struct GroupCommitTests {
    @Test func aLineAfterAQuietSpellIsSyncedAtOnce() {
        var commit = GroupCommit(interval: .milliseconds(10))
        let first = commit.lineWritten(at: .milliseconds(100))
        #expect(first == .startSync)
        #expect(commit.phase == .syncing)
        let ended = commit.syncFinished(at: .milliseconds(104), linesWaiting: false)
        #expect(ended == .nothing)
        #expect(commit.phase == .idle)
        let later = commit.lineWritten(at: .milliseconds(200))
        #expect(later == .startSync)
    }

    @Test func linesDuringASyncShareTheNextOneAtTheIntervalMark() {
        var commit = GroupCommit(interval: .milliseconds(10))
        let first = commit.lineWritten(at: .zero)
        let second = commit.lineWritten(at: .milliseconds(1))
        let third = commit.lineWritten(at: .milliseconds(2))
        #expect([first, second, third] == [.startSync, .nothing, .nothing])
        let ended = commit.syncFinished(at: .milliseconds(4), linesWaiting: true)
        #expect(ended == .startTimer(due: .milliseconds(10)))
        let duringTimer = commit.lineWritten(at: .milliseconds(5))
        #expect(duringTimer == .nothing, "a timer is running: the line joins its sync")
        let fired = commit.timerFired(at: .milliseconds(10), linesWaiting: true)
        #expect(fired == .startSync)
        #expect(commit.lastSyncStarted == .milliseconds(10))
    }

    @Test func aSyncThatRanPastTheIntervalIsFollowedAtOnce() {
        var commit = GroupCommit(interval: .milliseconds(10))
        _ = commit.lineWritten(at: .zero)
        let ended = commit.syncFinished(at: .milliseconds(25), linesWaiting: true)
        #expect(ended == .startSync)
    }

    @Test func aFlushSyncsNowButNeverBesideARunningSync() {
        var commit = GroupCommit(interval: .milliseconds(10))
        _ = commit.lineWritten(at: .zero)
        let besideRunning = commit.forceSync(at: .milliseconds(1))
        #expect(besideRunning == .nothing)
        _ = commit.syncFinished(at: .milliseconds(2), linesWaiting: true)
        #expect(commit.phase == .waitingForTimer(due: .milliseconds(10)))
        let forced = commit.forceSync(at: .milliseconds(3))
        #expect(forced == .startSync)
        let fired = commit.timerFired(at: .milliseconds(10), linesWaiting: true)
        #expect(fired == .nothing, "the flush took the timer's lines")
    }

    @Test func healthReportsEachChangeOnce() {
        var health = LogHealth.writable
        let firstFailure = health.failed()
        let secondFailure = health.failed()
        let recovery = health.succeeded()
        let stillFine = health.succeeded()
        #expect([firstFailure, secondFailure, recovery, stillFine] == [true, false, true, false])
    }
}
