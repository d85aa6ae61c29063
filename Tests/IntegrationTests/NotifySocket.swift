import Foundation
import Glibc
import Synchronization

/// A stand-in for systemd's notify socket: a real AF_UNIX datagram socket whose path goes into
/// NOTIFY_SOCKET; every datagram the daemon sends is collected in order. The reader thread holds only the
/// mailbox, not the socket object, so the object's deinit runs, stops the thread and removes the socket.
final class NotifySocket: Sendable {
    let path: String
    private let descriptor: Int32
    private let mailbox = Mailbox()

    /// What the reader thread shares with the socket object.
    private final class Mailbox: Sendable {
        let received = Mutex<[String]>([])
        let stopped = Atomic<Bool>(false)
        let finished = DispatchSemaphore(value: 0)
    }

    init() {
        path = NSTemporaryDirectory() + "notify-\(UUID().uuidString.prefix(8)).sock"
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in path.utf8.enumerated() where index < buffer.count - 1 { buffer[index] = byte }
        }
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let thread = Thread { [mailbox, descriptor] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !mailbox.stopped.load(ordering: .relaxed) {
                let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
                if count > 0 {
                    let message = String(decoding: buffer[0..<count], as: UTF8.self)
                    mailbox.received.withLock { $0.append(message) }
                }
            }
            mailbox.finished.signal()
        }
        thread.start()
    }

    /// The receive timeout (100 ms) bounds how long the reader takes to see the stop; the descriptor is
    /// closed only after it has, so no later socket can reuse the number under a running `recv`.
    deinit {
        mailbox.stopped.store(true, ordering: .relaxed)
        mailbox.finished.wait()
        close(descriptor)
        unlink(path)
    }

    var messages: [String] { mailbox.received.withLock { $0 } }

    /// Waits until a datagram contains `text`; returns its index in `messages`, or nil on timeout (the
    /// default is far beyond what a loaded machine needs: only a message that never comes reaches it).
    func waitFor(_ text: String, after index: Int = -1, timeout: Double = 120) -> Int? {
        waitFor(anyOf: [text], after: index, timeout: timeout)
    }

    /// As `waitFor(_:after:timeout:)`, for the first datagram that contains any of `texts`.
    func waitFor(anyOf texts: [String], after index: Int = -1, timeout: Double = 120) -> Int? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let all = messages
            if let found = all.indices.first(where: { position in position > index && texts.contains { all[position].contains($0) } }) {
                return found
            }
            usleep(20_000)
        }
        return nil
    }
}
