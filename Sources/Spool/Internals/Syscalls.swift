import CSpoolSupport
import Glibc
import SystemPackage
import WorkQueue

/// Every C call the spool makes, wrapped once: English names, the C name in the doc comment, EINTR
/// retried, and errors that carry the operation and the path. Descriptors, open flags, errno and the
/// EINTR retries of open, read, pread, write, ftruncate, dup and close are swift-system's
/// (`FileDescriptor`, `Errno`); what it does not cover (lstat, fstat, rename, renameat2, mkdir, rmdir,
/// unlink, fdatasync, fsync, flock, statvfs, realpath, readdir) is called here directly.
enum Syscalls {
    /// open(2) through swift-system's `FileDescriptor.open`, with O_CLOEXEC added and EINTR retried.
    static func open(
        _ path: RawPath, _ access: FileDescriptor.AccessMode, _ options: FileDescriptor.OpenOptions = [], mode: FilePermissions? = nil
    ) throws(SystemError) -> Int32 {
        do {
            return try path.withCString { name in
                try FileDescriptor.open(name, access, options: options.union(.closeOnExec), permissions: mode, retryOnInterrupt: true)
            }.rawValue
        } catch {
            throw SystemError(operation: "open", path: path, code: code(of: error))
        }
    }

    /// open(2) read-only.
    static func openForReading(_ path: RawPath) throws(SystemError) -> Int32 { try open(path, .readOnly) }

    /// open(2) of a new file only: O_WRONLY|O_CREAT|O_EXCL|O_NOFOLLOW, mode 0600, so neither a leftover
    /// file nor a link planted at the name is ever written through.
    static func createExclusively(_ path: RawPath) throws(SystemError) -> Int32 {
        try open(path, .writeOnly, [.create, .exclusiveCreate, .noFollow], mode: [.ownerReadWrite])
    }

    /// open(2) of an input file the safe way: O_RDONLY|O_NOFOLLOW|O_NONBLOCK|O_NOCTTY, so a symlink fails
    /// with ELOOP (`SystemError.isSymbolicLink`), a FIFO never blocks and a terminal never becomes ours.
    static func openInputNoFollow(_ path: RawPath) throws(SystemError) -> Int32 {
        // swift-system names no O_NOCTTY; its raw value joins the named options.
        try open(path, .readOnly, [.noFollow, .nonBlocking, FileDescriptor.OpenOptions(rawValue: O_NOCTTY)])
    }

    /// open(2) of a log for appending, created with mode 0640 when missing (O_WRONLY|O_APPEND|O_CREAT).
    static func openForAppending(_ path: RawPath) throws(SystemError) -> Int32 {
        try open(path, .writeOnly, [.append, .create], mode: [.ownerReadWrite, .groupRead])
    }

    /// open(2) of a lock file, created if missing (O_RDWR|O_CREAT, mode 0644).
    static func openLockFile(_ path: RawPath) throws(SystemError) -> Int32 {
        try open(path, .readWrite, [.create], mode: [.ownerReadWrite, .groupRead, .otherRead])
    }

    /// open(2) with O_CREAT and close(2): an empty marker file.
    static func createMarker(_ path: RawPath) throws(SystemError) {
        close(try open(path, .writeOnly, [.create], mode: [.ownerReadWrite, .groupRead, .otherRead]))
    }

    /// getpid(2).
    static func processID() -> Int32 { getpid() }

    /// STDOUT_FILENO.
    static let standardOutput: Int32 = STDOUT_FILENO

    /// close(2) through swift-system; errors are ignored (the descriptor is gone either way on Linux).
    static func close(_ descriptor: Int32) { try? FileDescriptor(rawValue: descriptor).close() }

    /// fstat(2).
    static func status(of descriptor: Int32, path: RawPath) throws(SystemError) -> FileInfo {
        var info = stat()
        _ = try retrying("fstat", path) { fstat(descriptor, &info) }
        return FileInfo(info)
    }

    /// lstat(2): the entry itself, never what a symlink points to. Nil when it does not exist.
    static func linkStatus(_ path: RawPath) throws(SystemError) -> FileInfo? {
        var info = stat()
        let result = path.withCString { lstat($0, &info) }
        if result == 0 { return FileInfo(info) }
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

    /// read(2) through swift-system until end of file or `limit` bytes. `expected` (the size fstat gave)
    /// sizes the first read, so a file that did not change is read straight into its array, then one
    /// small read sees the end; without it the file is read in 64 KiB steps.
    static func readAll(_ descriptor: Int32, path: RawPath, limit: Int, expected: Int? = nil) throws(SystemError) -> [UInt8] {
        let file = FileDescriptor(rawValue: descriptor)
        var bytes: [UInt8] = []
        var wanted = expected.map { $0 + 1 } ?? 65_536
        while bytes.count < limit {
            let start = bytes.count
            let room = min(wanted, limit - start)
            bytes.append(contentsOf: repeatElement(0, count: room))
            let count: Int
            do {
                count = try bytes.withUnsafeMutableBytes { try file.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[start...])) }
            } catch {
                throw SystemError(operation: "read", path: path, code: code(of: error))
            }
            bytes.removeLast(room - count)
            if count == 0 { break }
            wanted = max(4096, bytes.count)
        }
        return bytes
    }

    /// pread(2) through swift-system of up to `count` bytes at `offset`.
    static func read(_ descriptor: Int32, path: RawPath, at offset: Int, count: Int) throws(SystemError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        do {
            let got = try buffer.withUnsafeMutableBytes { try FileDescriptor(rawValue: descriptor).read(fromAbsoluteOffset: Int64(offset), into: $0) }
            return Array(buffer[0..<got])
        } catch {
            throw SystemError(operation: "pread", path: path, code: code(of: error))
        }
    }

    /// write(2) through swift-system until all bytes are written. On failure, `written` says how many
    /// made it (a torn append, which the caller cuts back).
    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8], path: RawPath) throws(PartialWrite) {
        let file = FileDescriptor(rawValue: descriptor)
        var written = 0
        while written < bytes.count {
            do {
                written += try bytes.withUnsafeBytes { try file.write(UnsafeRawBufferPointer(rebasing: $0[written...])) }
            } catch {
                throw PartialWrite(written: written, error: SystemError(operation: "write", path: path, code: code(of: error)))
            }
        }
    }

    /// ftruncate(2) through swift-system.
    static func truncate(_ descriptor: Int32, to length: Int, path: RawPath) throws(SystemError) {
        do { try FileDescriptor(rawValue: descriptor).resize(to: Int64(length)) } catch {
            throw SystemError(operation: "ftruncate", path: path, code: code(of: error))
        }
    }

    /// dup(2) through swift-system: a second descriptor for the same open file, which stays valid when the
    /// first is closed (a sync on another thread outlives a reopen or a rotation).
    static func duplicate(_ descriptor: Int32, path: RawPath) throws(SystemError) -> Int32 {
        do { return try FileDescriptor(rawValue: descriptor).duplicate().rawValue } catch {
            throw SystemError(operation: "dup", path: path, code: code(of: error))
        }
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
        let descriptor = try open(path, .readOnly, [.directory])
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

    /// The errno a swift-system call threw (`Errno`), EIO for anything else.
    private static func code(of error: any Error) -> Int32 { (error as? Errno)?.rawValue ?? EIO }

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
