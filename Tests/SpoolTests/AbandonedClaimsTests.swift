import Foundation
import Glibc
@testable import Spool
import WorkQueue
import Testing

@Suite struct AbandonedClaimsTests {
    let directory = TemporaryDirectory("abandoned")

    @Test func claimsOfALiveInstanceAreLeftAlone() throws {
        let alive = try Spool(root: RawPath(directory.path))
        directory.write("inbox/a", "x")
        _ = try alive.claim(EntryName("a"))
        let other = try Spool(root: RawPath(directory.path))
        #expect(try other.abandonedClaims().isEmpty)
    }

    @Test func claimsOfAStoppedInstanceAreHandedToRecoveryWithTheirAttempts() throws {
        var dead: Spool? = try Spool(root: RawPath(directory.path))
        directory.write("inbox/a", "x")
        directory.write("inbox/b", "y")
        let claimA = try #require(try dead!.claim(EntryName("a")))
        _ = try dead!.claim(EntryName("b"))
        let deadID = dead!.instance.id
        // An empty claim directory, as a crash between mkdir and rename leaves.
        try FileManager.default.createDirectory(atPath: directory.file("processing/\(deadID).99"), withIntermediateDirectories: false)
        let survivor = try Spool(root: RawPath(directory.path))
        try survivor.markRecoveryAttempt(claimA)
        dead = nil  // closes its lock descriptor, as the kernel does when a process dies
        let abandoned = try survivor.abandonedClaims()
        #expect(abandoned.count == 1)
        let claims = try #require(abandoned.first?.claims)
        #expect(claims.map(\.name.description).sorted() == ["a", "b"])
        #expect(claims.first { $0.name.description == "a" }?.recoveryAttempts == 1)
        #expect(claims.allSatisfy { $0.orphanedAttempts == 0 })
        #expect(!FileManager.default.fileExists(atPath: directory.file("processing/\(deadID).99")))
        for claim in claims { try survivor.finish(claim, .done(keep: true)) }
        abandoned.first?.release()
        #expect(try survivor.abandonedClaims().isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.file("done")).sorted() == ["a", "b"])
    }

    /// An isolated analysis that outlived its daemon left `.orphaned-N` beside `.recovery-N`: the next
    /// recovery sees both counts, and finishing the claim removes every marker with it.
    @Test func orphanMarkersAreCountedApartFromAttempts() throws {
        var dead: Spool? = try Spool(root: RawPath(directory.path))
        directory.write("inbox/a", "x")
        let claim = try #require(try dead!.claim(EntryName("a")))
        let survivor = try Spool(root: RawPath(directory.path))
        try survivor.markRecoveryAttempt(claim)
        #expect(survivor.orphanMarker(for: claim).description.hasSuffix("/processing/\(claim.delivery)/.orphaned-1"))
        FileManager.default.createFile(atPath: survivor.orphanMarker(for: claim).description, contents: nil)
        dead = nil
        let abandoned = try #require(try survivor.abandonedClaims().first)
        let found = try #require(abandoned.claims.first)
        #expect(found.recoveryAttempts == 1 && found.orphanedAttempts == 1)
        try survivor.finish(found, .failed)
        abandoned.release()
        #expect(!FileManager.default.fileExists(atPath: directory.file("processing/\(claim.delivery)")))
    }
}

/// `release()` closes the dead instance's lock; the value's end must not close that number again, since
/// by then the kernel may have handed it to someone else (a suspect's pipe, a reopened log).
@Suite struct AbandonedClaimsDescriptorTests {
    let directory = TemporaryDirectory("descriptor")

    @Test func releaseClosesTheLockOnceAndTheEndClosesNothingElse() throws {
        var dead: Spool? = try Spool(root: RawPath(directory.path))
        directory.write("inbox/a", "x")
        _ = try dead!.claim(EntryName("a"))
        let survivor = try Spool(root: RawPath(directory.path))
        dead = nil
        var abandoned: AbandonedClaims? = try #require(try survivor.abandonedClaims().first)
        let number = try #require(abandoned!.lock.rawValue)
        abandoned!.release()
        #expect(abandoned!.lock.rawValue == nil)
        // Someone else now owns that number: the next open(2) gets the lowest free number, which is it.
        let other = open(directory.write("other", "someone else's file"), O_RDONLY | O_CLOEXEC)
        try #require(other >= 0)
        defer { close(other) }
        // Tests run in parallel in this process: if another test's open took the number first, the number is
        // that test's, and putting our file there with dup2 would close its descriptor under it. Nothing can
        // be proved this run then; when the number is ours, no other thread ever closes it.
        guard other == number else { return }
        abandoned = nil
        #expect(fcntl(number, F_GETFD) != -1, "the released lock's number was closed a second time")
    }
}
