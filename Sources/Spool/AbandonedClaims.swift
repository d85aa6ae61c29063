public import WorkQueue

/// The claims of a daemon that died (its instance lock is free), held for recovery: while this value
/// lives we hold that instance's lock, so no other daemon recovers the same claims at the same time.
public final class AbandonedClaims: @unchecked Sendable {
    public let instanceID: String
    public let claims: [QueueClaim]
    private let lockPath: RawPath
    /// The dead instance's lock, held until `release` (or until this value goes, if recovery stops early).
    let lock: OwnedDescriptor

    init(instanceID: String, claims: [QueueClaim], lockPath: RawPath, lockDescriptor: Int32) {
        self.instanceID = instanceID
        self.claims = claims
        self.lockPath = lockPath
        self.lock = OwnedDescriptor(lockDescriptor)
    }

    /// Every claim has been finished: forget the dead instance. Closes the lock once; the value's end
    /// closes nothing more.
    public func release() {
        try? Syscalls.unlink(lockPath)
        lock.close()
    }
}

extension Spool {
    /// Claims left in `processing/` by daemons that are no longer running (this daemon's earlier lives
    /// included). Claim directories that never received their file are removed on the way.
    public func abandonedClaims() throws(SystemError) -> [AbandonedClaims] {
        let entries = try Syscalls.listDirectory(layout.processing).map(\.description)
        var directoriesByInstance: [String: [String]] = [:]
        var instances: Set<String> = []
        for entry in entries {
            if entry.hasSuffix(".lock") {
                instances.insert(String(entry.dropLast(5)))
            } else if let dot = entry.lastIndex(of: ".") {
                let owner = String(entry[..<dot])
                instances.insert(owner)
                directoriesByInstance[owner, default: []].append(entry)
            }
        }
        var abandoned: [AbandonedClaims] = []
        for owner in instances.sorted() where owner != instance.id {
            let lockPath = layout.processing.appending(owner + ".lock")
            let descriptor = try Syscalls.openLockFile(lockPath)
            guard try Syscalls.tryLockExclusive(descriptor, path: lockPath) else {
                Syscalls.close(descriptor)
                continue
            }
            var claims: [QueueClaim] = []
            for directoryName in directoriesByInstance[owner, default: []].sorted(by: Self.bySequence) {
                let directory = layout.processing.appending(directoryName)
                let contents = (try? Syscalls.listDirectory(directory)) ?? []
                let attempts = contents.count { $0.description.hasPrefix(".recovery-") }
                let orphaned = contents.count { $0.description.hasPrefix(".orphaned-") }
                let claimed = contents.filter { $0.bytes.first != UInt8(ascii: ".") }
                if claimed.isEmpty {
                    for marker in contents { try? Syscalls.unlink(directory.appending(marker)) }
                    try Syscalls.removeDirectory(directory)
                }
                for name in claimed {
                    // The fencing token: the first claim was attempt 1, each recovery attempt one more.
                    claims.append(QueueClaim(
                        delivery: directoryName, name: name, attempt: attempts + 1, recoveryAttempts: attempts,
                        orphanedAttempts: orphaned))
                }
            }
            abandoned.append(AbandonedClaims(instanceID: owner, claims: claims, lockPath: lockPath, lockDescriptor: descriptor))
        }
        return abandoned
    }

    /// Writes down that recovery is about to analyse this claim again, so a file that crashes the
    /// analyser every time is failed after a few tries instead of crashing the daemon forever.
    public func markRecoveryAttempt(_ claim: QueueClaim) throws(SystemError) {
        let marker = directory(of: claim).appending(".recovery-\(claim.recoveryAttempts + 1)")
        try Syscalls.createMarker(marker)
        try Syscalls.syncDirectory(directory(of: claim))
    }

    /// Where the isolated analysis of the attempt `markRecoveryAttempt` just wrote down leaves word if
    /// the daemon dies while it runs: `processing/<token>/.orphaned-N`.
    public func orphanMarker(for claim: QueueClaim) -> RawPath {
        directory(of: claim).appending(".orphaned-\(claim.recoveryAttempts + 1)")
    }

    private static func bySequence(_ a: String, _ b: String) -> Bool {
        let sequenceA = Int(a.split(separator: ".").last ?? "") ?? 0
        let sequenceB = Int(b.split(separator: ".").last ?? "") ?? 0
        return sequenceA < sequenceB
    }

    /// The log files recovery searches for delivery tokens: the current one and the rotated ones a
    /// crash during rotation could have left the line in.
    public static func recentLogFiles(_ path: RawPath) -> [RawPath] {
        [path, JSONLinesLog.rotatedPath(path, 1), JSONLinesLog.rotatedPath(path, 2)]
    }
}
