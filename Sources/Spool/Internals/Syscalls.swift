import CSpoolSupport
import Glibc
import WorkQueue

/// Every C call the spool makes, wrapped once: English names, the C name in the doc comment, EINTR
/// retried, and errors that carry the operation and the path.
enum Syscalls {
    /// open(2) with O_CLOEXEC added.
    static func open(_ path: RawPath, _ flags: Int32, mode: mode_t = 0o644) throws(SystemError) -> Int32 {
        Int32(try retrying("open", path) { path.withCString { Glibc.open($0, flags | O_CLOEXEC, mode) } })
    }

    /// open(2) read-only.
    static func openForReading(_ path: RawPath) throws(SystemError) -> Int32 { try open(path, O_RDONLY) }

    /// open(2) of a lock file, created if missing (O_RDWR|O_CREAT, mode 0644).
    static func openLockFile(_ path: RawPath) throws(SystemError) -> Int32 { try open(path, O_RDWR | O_CREAT, mode: 0o644) }

    /// open(2) with O_CREAT and close(2): an empty marker file.
    static func createMarker(_ path: RawPath) throws(SystemError) { close(try open(path, O_WRONLY | O_CREAT, mode: 0o644)) }

    /// getpid(2).
    static func processID() -> Int32 { getpid() }

    /// close(2); errors are ignored (the descriptor is gone either way on Linux).
    static func close(_ descriptor: Int32) { _ = Glibc.close(descriptor) }

    /// fstat(2).
    static func status(of descriptor: Int32, path: RawPath) throws(SystemError) -> stat {
        var info = stat()
        _ = try retrying("fstat", path) { fstat(descriptor, &info) }
        return info
    }

    /// lstat(2): the entry itself, never what a symlink points to. Nil when it does not exist.
    static func linkStatus(_ path: RawPath) throws(SystemError) -> stat? {
        var info = stat()
        let result = path.withCString { lstat($0, &info) }
        if result == 0 { return info }
        if errno == ENOENT { return nil }
        throw SystemError(operation: "lstat", path: path, code: errno)
    }

    /// rename(2).
    static func rename(_ from: RawPath, to: RawPath) throws(SystemError) {
        _ = try retrying("rename", from, to) { from.withCString { f in to.withCString { t in Glibc.rename(f, t) } } }
    }

    /// renameat2(2) with RENAME_NOREPLACE: EEXIST instead of replacing the target.
    static func renameNoReplace(_ from: RawPath, to: RawPath) throws(SystemError) {
        _ = try retrying("renameat2", from, to) {
            from.withCString { f in to.withCString { t in aw_rename_noreplace(f, t) } }
        }
    }

    /// unlink(2).
    static func unlink(_ path: RawPath) throws(SystemError) {
        _ = try retrying("unlink", path) { path.withCString { Glibc.unlink($0) } }
    }

    /// mkdir(2); an existing directory is fine.
    static func makeDirectory(_ path: RawPath, mode: mode_t = 0o755) throws(SystemError) {
        let result = path.withCString { mkdir($0, mode) }
        if result != 0 && errno != EEXIST { throw SystemError(operation: "mkdir", path: path, code: errno) }
    }

    /// rmdir(2); a directory already gone is fine.
    static func removeDirectory(_ path: RawPath) throws(SystemError) {
        let result = path.withCString { rmdir($0) }
        if result != 0 && errno != ENOENT { throw SystemError(operation: "rmdir", path: path, code: errno) }
    }

    /// read(2) until end of file or `limit` bytes.
    static func readAll(_ descriptor: Int32, path: RawPath, limit: Int) throws(SystemError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while bytes.count < limit {
            let wanted = min(chunk.count, limit - bytes.count)
            let count = try retrying("read", path) { chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, wanted) } }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    /// pread(2) of up to `count` bytes at `offset`.
    static func read(_ descriptor: Int32, path: RawPath, at offset: Int, count: Int) throws(SystemError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        let got = try retrying("pread", path) { buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) } }
        return Array(buffer[0..<got])
    }

    /// write(2) until all bytes are written. On failure, `written` says how many made it (a torn append).
    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8], path: RawPath) throws(PartialWrite) {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                throw PartialWrite(written: written, error: SystemError(operation: "write", path: path, code: errno))
            }
            written += result
        }
    }

    /// ftruncate(2).
    static func truncate(_ descriptor: Int32, to length: Int, path: RawPath) throws(SystemError) {
        _ = try retrying("ftruncate", path) { ftruncate(descriptor, off_t(length)) }
    }

    /// dup(2): a second descriptor for the same open file, which stays valid when the first is closed
    /// (a sync on another thread outlives a reopen or a rotation).
    static func duplicate(_ descriptor: Int32, path: RawPath) throws(SystemError) -> Int32 {
        Int32(try retrying("dup", path) { dup(descriptor) })
    }

    /// fdatasync(2): the data and the size, not the times.
    static func syncData(_ descriptor: Int32, path: RawPath) throws(SystemError) {
        _ = try retrying("fdatasync", path) { fdatasync(descriptor) }
    }

    /// fsync(2): data and metadata (a new file's size and times).
    static func syncAll(_ descriptor: Int32, path: RawPath) throws(SystemError) {
        _ = try retrying("fsync", path) { fsync(descriptor) }
    }

    /// fsync(2) of a directory opened read-only: makes renames and creations in it durable.
    static func syncDirectory(_ path: RawPath) throws(SystemError) {
        let descriptor = try open(path, O_RDONLY | O_DIRECTORY)
        defer { close(descriptor) }
        _ = try retrying("fsync", path) { fsync(descriptor) }
    }

    /// flock(2) exclusive and non-blocking: false when another process holds the lock.
    static func tryLockExclusive(_ descriptor: Int32, path: RawPath) throws(SystemError) -> Bool {
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            if errno == EWOULDBLOCK { return false }
            throw SystemError(operation: "flock", path: path, code: errno)
        }
        return true
    }

    /// statvfs(3): bytes available to unprivileged users, and the size, of the file system holding `path`.
    static func space(_ path: RawPath) throws(SystemError) -> (available: Int, total: Int) {
        var info = statvfs()
        _ = try retrying("statvfs", path) { path.withCString { statvfs($0, &info) } }
        return (Int(info.f_bavail) * Int(info.f_frsize), Int(info.f_blocks) * Int(info.f_frsize))
    }

    /// realpath(3): the path with every symbolic link resolved, or nil when it cannot be resolved
    /// (a dangling link, a missing file: the open that follows reports it).
    static func resolvedPath(_ path: RawPath) -> RawPath? {
        guard let resolved = path.withCString({ realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return RawPath(bytes: Array(UnsafeBufferPointer(start: resolved, count: strlen(resolved))).map { UInt8(bitPattern: $0) })
    }

    /// opendir(3)/readdir(3): the names in a directory, without "." and "..".
    static func listDirectory(_ path: RawPath) throws(SystemError) -> [EntryName] {
        guard let directory = path.withCString({ opendir($0) }) else {
            throw SystemError(operation: "opendir", path: path, code: errno)
        }
        defer { closedir(directory) }
        var names: [EntryName] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            names.append(EntryName(bytes: name))
        }
        return names
    }

    private static func retrying<Result: BinaryInteger>(
        _ operation: String, _ path: RawPath, _ other: RawPath? = nil, _ call: () -> Result
    ) throws(SystemError) -> Int {
        while true {
            let result = call()
            if result >= 0 { return Int(result) }
            if errno == EINTR { continue }
            throw SystemError(operation: operation, path: path, otherPath: other, code: errno)
        }
    }
}

/// A write that stopped part-way: the caller truncates back so no torn line stays in a log.
struct PartialWrite: Error {
    let written: Int
    let error: SystemError
}
