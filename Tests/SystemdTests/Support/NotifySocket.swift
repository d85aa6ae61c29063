import Foundation
import Glibc

/// A stand-in for systemd's notify socket: an AF_UNIX datagram socket bound in a fresh temp directory.
/// Tests point `$NOTIFY_SOCKET` at ``path`` and read back exactly what `sd_notify` sent.
final class NotifySocket {
    let directory: URL
    let path: String
    private let descriptor: Int32

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("notify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("notify.sock").path
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            let bytes = Array(path.utf8)
            precondition(bytes.count < buffer.count, "socket path too long: \(path)")
            buffer.copyBytes(from: bytes)
            buffer[bytes.count] = 0
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        // Sender credentials, as PID 1 asks for them: datagrams from processes other than the one under
        // test (a child of a concurrently running suite that inherited $NOTIFY_SOCKET) are skipped.
        var on: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_PASSCRED, &on, socklen_t(MemoryLayout<Int32>.size))
        // A missing datagram must fail the test, not hang it.
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit {
        close(descriptor)
        try? FileManager.default.removeItem(at: directory)
    }

    /// The next datagram from `sender` (this process unless told) as `KEY=value` lines,
    /// or nil when none arrived within the receive timeout.
    func receive(from sender: pid_t = getpid()) -> [String]? {
        while let (pid, lines) = receiveAny() {
            if pid == sender { return lines }
        }
        return nil
    }

    /// One datagram and the sending process id from its SCM_CREDENTIALS.
    private func receiveAny() -> (pid_t, [String])? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        // cmsghdr (16 bytes on 64-bit Linux) followed by struct ucred (pid, uid, gid), padded to 8.
        let headerSize = MemoryLayout<cmsghdr>.size
        var control = [UInt8](repeating: 0, count: headerSize + 16)
        let count = buffer.withUnsafeMutableBytes { data in
            control.withUnsafeMutableBytes { controlBytes in
                var vector = iovec(iov_base: data.baseAddress, iov_len: data.count)
                return withUnsafeMutablePointer(to: &vector) { vectorPointer in
                    var message = msghdr()
                    message.msg_iov = vectorPointer
                    message.msg_iovlen = 1
                    message.msg_control = controlBytes.baseAddress
                    message.msg_controllen = controlBytes.count
                    return recvmsg(descriptor, &message, 0)
                }
            }
        }
        guard count >= 0 else { return nil }
        let header = control.withUnsafeBytes { $0.loadUnaligned(as: cmsghdr.self) }
        var pid: pid_t = 0
        if header.cmsg_level == SOL_SOCKET && header.cmsg_type == 2 /* SCM_CREDENTIALS: an enum glibc does not export to Swift */ {
            pid = control.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: headerSize, as: pid_t.self) }
        }
        let lines = String(decoding: buffer[..<count], as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return (pid, lines)
    }

    /// Whether a datagram is waiting right now (without blocking).
    func hasPendingDatagram() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 1)
        return recv(descriptor, &buffer, buffer.count, Int32(MSG_PEEK) | Int32(MSG_DONTWAIT)) >= 0
    }
}
