import Synchronization
import SystemPackage

/// One open descriptor and the only value that closes it. `close()` closes it once; a second call and
/// `deinit` do nothing, so a number the kernel has meanwhile handed to someone else (a suspect's pipe,
/// a reopened log) is never closed by mistake. swift-system's `FileDescriptor` does the close (close(2)).
final class OwnedDescriptor: Sendable {
    private let descriptor: Mutex<FileDescriptor?>

    init(_ rawValue: Int32) { descriptor = Mutex(FileDescriptor(rawValue: rawValue)) }

    /// The number while it is open; nil once closed.
    var rawValue: Int32? { descriptor.withLock { $0?.rawValue } }

    /// close(2), exactly once; errors are ignored (the descriptor is gone either way on Linux).
    func close() {
        let open = descriptor.withLock { current -> FileDescriptor? in
            defer { current = nil }
            return current
        }
        try? open?.close()
    }

    deinit { close() }
}
