#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The index file's I/O, each C call wrapped once with its EINTR retry.
enum IndexFileIO {
    /// Writes `bytes` to `path` so that a crash leaves either the old file or the new one, never a mix:
    /// write a temporary file beside it, fsync it, rename it over the old one, fsync the directory.
    static func replace(_ path: String, with bytes: [UInt8]) throws(IndexFileIOError) {
        let temporary = path + ".tmp"
        let descriptor = retrying { open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600) }
        guard descriptor >= 0 else { throw .failed("open", temporary, errno) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                retrying { write(descriptor, buffer.baseAddress! + written, buffer.count - written) }
            }
            guard result > 0 else {
                let code = errno
                close(descriptor)
                throw .failed("write", temporary, code)
            }
            written += result
        }
        guard retrying({ fsync(descriptor) }) == 0 else {
            let code = errno
            close(descriptor)
            throw .failed("fsync", temporary, code)
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else { throw .failed("rename", path, errno) }
        let directory = (path as NSString).deletingLastPathComponent
        let directoryDescriptor = retrying { open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard directoryDescriptor >= 0 else { throw .failed("open", directory, errno) }
        defer { close(directoryDescriptor) }
        guard retrying({ fsync(directoryDescriptor) }) == 0 else { throw .failed("fsync", directory, errno) }
    }

    /// The whole file, or nil when it does not exist.
    static func read(_ path: String) throws(IndexFileIOError) -> Data? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw .failed("read", path, EIO)
        }
    }

    private static func retrying<Result: BinaryInteger>(_ call: () -> Result) -> Result {
        while true {
            let result = call()
            if result == -1, errno == EINTR { continue }
            return result
        }
    }
}

/// An index file operation that failed: which call, on which path, and the C error.
public struct IndexFileIOError: Error, Sendable, CustomStringConvertible {
    public let operation: String
    public let path: String
    public let code: Int32

    static func failed(_ operation: String, _ path: String, _ code: Int32) -> IndexFileIOError {
        IndexFileIOError(operation: operation, path: path, code: code)
    }

    public var description: String {
        "\(operation) '\(path)' failed: \(String(cString: strerror(code))); check the directory exists and is writable"
    }
}
