/// Free and total bytes of the file system holding a path (statvfs), for the free-space check before
/// claiming.
public struct FileSystemSpace: Sendable, Equatable {
    /// Bytes an unprivileged writer may still use.
    public let availableBytes: Int
    public let totalBytes: Int

    public init(availableBytes: Int, totalBytes: Int) {
        self.availableBytes = availableBytes
        self.totalBytes = totalBytes
    }

    /// The file system holding `path`.
    public static func of(_ path: RawPath) throws(SystemError) -> FileSystemSpace {
        let space = try Syscalls.space(path)
        return FileSystemSpace(availableBytes: space.available, totalBytes: space.total)
    }
}
