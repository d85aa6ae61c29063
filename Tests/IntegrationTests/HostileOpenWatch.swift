import Foundation
import Glibc

/// Watches files with inotify for `IN_OPEN` and `IN_ACCESS`, so a test can prove the daemon never
/// opened a link's target: `lstat` and `open(O_NOFOLLOW)` on the link raise no event on the target,
/// while any read through it would.
final class HostileOpenWatch {
    private let descriptor: Int32

    init(_ paths: [String]) throws {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno)!) }
        for path in paths where inotify_add_watch(descriptor, path, UInt32(IN_OPEN) | UInt32(IN_ACCESS)) < 0 {
            throw POSIXError(POSIXErrorCode(rawValue: errno)!)
        }
    }

    deinit { close(descriptor) }

    /// How many open or read events arrived since the watch started (or since the last call).
    func drainEvents() -> Int {
        var events = 0
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { return events }
            var offset = 0
            while offset + 16 <= count {
                let nameLength = Int(buffer[offset + 12]) | Int(buffer[offset + 13]) << 8
                events += 1
                offset += 16 + nameLength
            }
        }
    }
}
