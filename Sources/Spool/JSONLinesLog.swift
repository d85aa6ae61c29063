/// One JSON Lines log file, opened for appending. It never leaves a torn line: a write that fails
/// part-way (disk full) is truncated back, and a torn last line left by a crash is moved aside to
/// `<log>.torn` when the log is opened. Not thread-safe: `LogAppender` owns it.
final class JSONLinesLog {
    let path: RawPath
    private var descriptor: Int32
    private(set) var size: Int
    private var identity: (device: UInt, inode: UInt)
    /// What the last open found and repaired at the end of the file.
    private(set) var repairedTail: TailRepair?

    init(path: RawPath) throws(SystemError) {
        self.path = path
        (descriptor, size, identity) = try Self.openForAppend(path)
        repairedTail = try repairTornTail()
    }

    deinit { Syscalls.close(descriptor) }

    /// Appends one whole line (ending in a newline) with one write. On failure nothing of it stays.
    func append(_ line: [UInt8]) throws(SystemError) {
        do {
            try Syscalls.writeAll(descriptor, line, path: path)
            size += line.count
        } catch {
            if error.written > 0 {
                // Cut back to where this write began, measured now: after an external copytruncate the
                // remembered `size` is stale, and truncating up to it would pad the log with NUL bytes.
                let end = (try? Syscalls.status(of: descriptor, path: path)).map(\.size) ?? size + error.written
                size = max(0, end - error.written)
                try Syscalls.truncate(descriptor, to: size, path: path)
            }
            throw error.error
        }
    }

    func sync() throws(SystemError) { try Syscalls.syncData(descriptor, path: path) }

    /// A descriptor of its own for a sync on another thread while appends go on: it covers every line
    /// written before this call, even if the log is reopened or rotated meanwhile.
    func syncHandle() throws(SystemError) -> LogSyncHandle {
        LogSyncHandle(descriptor: try Syscalls.duplicate(descriptor, path: path), path: path)
    }

    /// Renames the log to `NAME.1` (older ones shift up to `keep`) once it is past `maxBytes`, and opens
    /// a new one. Synced first, so the lines in a rotated file are durable before the name changes.
    @discardableResult
    func rotateIfNeeded(maxBytes: Int, keep: Int) throws(SystemError) -> Bool {
        guard maxBytes > 0, size >= maxBytes else { return false }
        try sync()
        try? Syscalls.unlink(Self.rotatedPath(path, keep))
        for index in stride(from: keep - 1, through: 1, by: -1) {
            do { try Syscalls.rename(Self.rotatedPath(path, index), to: Self.rotatedPath(path, index + 1)) } catch where error.isNotFound {}
        }
        try Syscalls.rename(path, to: Self.rotatedPath(path, 1))
        try reopen()
        return true
    }

    /// Opens the path again: after rotation, on SIGHUP (external logrotate), or when the file was
    /// deleted or replaced under the daemon.
    func reopen() throws(SystemError) {
        // Lines already written to the old file may still wait for their group commit, which will
        // sync only the new descriptor: make them durable before letting go of the old one.
        try sync()
        let (newDescriptor, newSize, newIdentity) = try Self.openForAppend(path)
        Syscalls.close(descriptor)
        (descriptor, size, identity) = (newDescriptor, newSize, newIdentity)
        try? Syscalls.syncDirectory(Self.parent(of: path))
    }

    /// True when the path no longer names the file we hold open (deleted, or replaced by a rotation tool).
    func isDetached() -> Bool {
        guard let current = try? Syscalls.linkStatus(path) else { return true }
        return current.device != identity.device || current.inode != identity.inode
    }

    static func rotatedPath(_ path: RawPath, _ index: Int) -> RawPath {
        RawPath(bytes: path.bytes + Array(".\(index)".utf8))
    }

    static func parent(of path: RawPath) -> RawPath {
        guard let slash = path.bytes.lastIndex(of: UInt8(ascii: "/")) else { return RawPath(".") }
        return slash == 0 ? RawPath("/") : RawPath(bytes: Array(path.bytes[..<slash]))
    }

    private static func openForAppend(_ path: RawPath) throws(SystemError) -> (Int32, Int, (device: UInt, inode: UInt)) {
        let descriptor: Int32
        do {
            descriptor = try Syscalls.openForAppending(path)
        } catch where error.isNotFound {
            // The log's directory was deleted under us (`rm -r logs/`): make it again, as at start.
            try makeAncestors(of: path)
            descriptor = try Syscalls.openForAppending(path)
        }
        do {
            let info = try Syscalls.status(of: descriptor, path: path)
            return (descriptor, info.size, (info.device, info.inode))
        } catch {
            Syscalls.close(descriptor)
            throw error
        }
    }

    /// `mkdir -p` of the path's parent.
    static func makeAncestors(of path: RawPath) throws(SystemError) {
        let parent = parent(of: path)
        var prefix: [UInt8] = []
        for (index, byte) in parent.bytes.enumerated() {
            prefix.append(byte)
            let atEnd = index == parent.bytes.count - 1
            if (byte == UInt8(ascii: "/") || atEnd) && prefix.count > 1 {
                try Syscalls.makeDirectory(RawPath(bytes: prefix), mode: 0o755)
            }
        }
    }

    /// A crash in the middle of an append can leave a last line without its newline. Keep the fragment
    /// in `<log>.torn` for inspection and cut the log back to its last whole line.
    private func repairTornTail() throws(SystemError) -> TailRepair? {
        guard size > 0 else { return nil }
        let reader = try Syscalls.openForReading(path)
        defer { Syscalls.close(reader) }
        var end = size
        var fragment: [UInt8] = []
        while end > 0 {
            let start = max(0, end - 65_536)
            let chunk = try Syscalls.read(reader, path: path, at: start, count: end - start)
            if let newline = chunk.lastIndex(of: UInt8(ascii: "\n")) {
                fragment = Array(chunk[(newline + 1)...]) + fragment
                end = start + newline + 1
                break
            }
            fragment = chunk + fragment
            end = start
        }
        guard !fragment.isEmpty else { return nil }
        let tornPath = RawPath(bytes: path.bytes + Array(".torn".utf8))
        let torn = try Syscalls.openForAppending(tornPath)
        defer { Syscalls.close(torn) }
        do { try Syscalls.writeAll(torn, fragment + [UInt8(ascii: "\n")], path: tornPath) } catch { throw error.error }
        try Syscalls.syncData(torn, path: tornPath)
        try Syscalls.truncate(descriptor, to: end, path: path)
        try Syscalls.syncData(descriptor, path: path)
        size = end
        return TailRepair(removedBytes: fragment.count, keptIn: tornPath)
    }
}

/// A torn last line found at open: how many bytes were cut and where they were kept.
public struct TailRepair: Sendable, Equatable {
    public let removedBytes: Int
    public let keptIn: RawPath
}
