import Glibc

/// The libc calls the module makes besides libsystemd's, each wrapped once.
enum ProcessEnvironment {
    /// getenv(3): the variable's value, nil when it is unset.
    static func value(of name: String) -> String? { getenv(name).map { String(cString: $0) } }

    /// STDERR_FILENO: the descriptor `$JOURNAL_STREAM` may name.
    static let standardErrorDescriptor: Int32 = STDERR_FILENO

    /// fstat(2): the open file's `st_dev` and `st_ino`, nil when the descriptor is not open.
    static func identity(of descriptor: Int32) -> (device: UInt64, inode: UInt64)? {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        return (UInt64(status.st_dev), UInt64(status.st_ino))
    }
}
