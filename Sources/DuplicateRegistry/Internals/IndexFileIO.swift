import Foundation
import Spool

/// The index file's I/O: the replace is the spool's `AtomicFile` (the one syscall layer); reading maps
/// the file (logs of hundreds of megabytes are scanned without copying them into memory).
enum IndexFileIO {
    static func replace(_ path: String, with bytes: [UInt8]) throws(SystemError) {
        try AtomicFile.replace(RawPath(path), with: bytes)
    }

    /// The whole file, mapped, or nil when it does not exist.
    static func read(_ path: String) throws(SystemError) -> Data? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw .inputOutput("read", RawPath(path))
        }
    }
}
