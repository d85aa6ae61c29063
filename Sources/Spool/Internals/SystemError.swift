import Glibc

/// A failed system call: which one, on which path, and the errno, with words a person can act on.
public struct SystemError: Error, Sendable, CustomStringConvertible, Equatable {
    public let operation: String
    public let path: RawPath
    public var otherPath: RawPath?
    public let code: Int32

    public init(operation: String, path: RawPath, otherPath: RawPath? = nil, code: Int32) {
        self.operation = operation
        self.path = path
        self.otherPath = otherPath
        self.code = code
    }

    /// EIO: for a failure that gives no errno of its own (Foundation's mapped read).
    public static func inputOutput(_ operation: String, _ path: RawPath) -> SystemError {
        SystemError(operation: operation, path: path, code: EIO)
    }

    /// EWOULDBLOCK from flock(2): another process holds the lock.
    static func lockHeld(_ path: RawPath) -> SystemError { SystemError(operation: "flock", path: path, code: EWOULDBLOCK) }

    public var isDiskFull: Bool { code == ENOSPC || code == EDQUOT }
    public var isNotFound: Bool { code == ENOENT }
    /// EEXIST: the target name is taken (renameat2 with RENAME_NOREPLACE, mkdir, O_EXCL).
    var isAlreadyTaken: Bool { code == EEXIST }
    /// ELOOP from an O_NOFOLLOW open: the last component is a symbolic link.
    var isSymbolicLink: Bool { code == ELOOP }

    public var description: String {
        let target = otherPath.map { "\(path) → \($0)" } ?? path.description
        return "\(operation)(\(target)): \(String(cString: strerror(code)))"
    }
}
