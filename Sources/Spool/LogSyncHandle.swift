import Dispatch

/// A duplicated log descriptor that one fdatasync runs on, off the appender's actor, so appends are not
/// stalled for the length of a disk flush (7–15 ms on this project's VMs, see docs/BENCHMARKS.md).
struct LogSyncHandle: Sendable {
    let descriptor: Int32
    let path: RawPath

    /// Runs fdatasync on a Dispatch thread and closes the descriptor; nil when the data is durable.
    func syncAndClose() async -> SystemError? {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                defer { Syscalls.close(descriptor) }
                do throws(SystemError) {
                    try Syscalls.syncData(descriptor, path: path)
                    continuation.resume(returning: nil)
                } catch {
                    continuation.resume(returning: error)
                }
            }
        }
    }
}
