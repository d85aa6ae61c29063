/// A file replaced whole (the duplicate index): a crash leaves the old file or the new one, never a mix.
public enum AtomicFile {
    /// Writes `bytes` to `<path>.tmp`, created exclusively (a leftover from a crash is removed first, and
    /// a link planted at that name is never followed), fsyncs it, renames it over `path` and fsyncs the
    /// directory.
    public static func replace(_ path: RawPath, with bytes: [UInt8]) throws(SystemError) {
        let temporary = RawPath(bytes: path.bytes + Array(".tmp".utf8))
        do { try Syscalls.unlink(temporary) } catch where error.isNotFound {}
        let file = OwnedDescriptor(try Syscalls.createExclusively(temporary))
        defer { file.close() }
        guard let descriptor = file.rawValue else { return }
        do { try Syscalls.writeAll(descriptor, bytes, path: temporary) } catch { throw error.error }
        try Syscalls.syncAll(descriptor, path: temporary)
        file.close()
        try Syscalls.rename(temporary, to: path)
        try Syscalls.syncDirectory(JSONLinesLog.parent(of: path))
    }
}
