import Synchronization
import WorkQueue

/// One running daemon's identity on a spool. It holds an exclusive `flock` on
/// `processing/<id>.lock` for its whole life, so another daemon (or the next start) can tell its claims
/// from those of a daemon that died: the kernel drops the lock when the process dies, even by SIGKILL.
public final class SpoolInstance: Sendable {
    public let id: String
    let lockPath: RawPath
    private let lock: OwnedDescriptor
    private let sequence = Mutex(0)

    /// `startedAt`: the daemon clock's wall time, in seconds since 1970.
    public init(layout: SpoolLayout, startedAt: Double) throws(SystemError) {
        let milliseconds = UInt64(startedAt * 1000)
        // Time and pid tell people which run it was; the random part keeps two instances in one process apart.
        id = String(milliseconds, radix: 16) + "-" + String(Syscalls.processID()) + "-" + String(UInt16.random(in: .min ... .max), radix: 16)
        lockPath = layout.processing.appending(id + ".lock")
        let descriptor = try Syscalls.openLockFile(lockPath)
        lock = OwnedDescriptor(descriptor)
        guard try Syscalls.tryLockExclusive(descriptor, path: lockPath) else {
            throw SystemError.lockHeld(lockPath)
        }
    }

    /// A token no other delivery on this spool has: `<instance>.<sequence>`. It names the claim's
    /// directory and goes into the delivery's log line, which is how recovery knows a line was written.
    func nextToken() -> String {
        let next = sequence.withLock { value in
            value += 1
            return value
        }
        return id + "." + String(next)
    }

    /// Removes the lock file on a clean stop (a crash leaves it; recovery removes it then).
    public func release() {
        try? Syscalls.unlink(lockPath)
    }
}
