import Dispatch
import Glibc
public import WorkQueue

/// inotify on the inbox (inotify_init1(2), inotify_add_watch(2), read(2) of `struct inotify_event`), as hints: names that arrived, an overflow, or the inbox itself going away.
/// The directory scan stays the truth; events only make the daemon notice at once.
public final class InboxMonitor: @unchecked Sendable {
    public enum Event: Sendable, Equatable {
        /// Renamed in (`IN_MOVED_TO`): complete by the producer protocol.
        case movedIn(EntryName)
        /// Written in place and closed (`IN_CLOSE_WRITE`): settles before it is taken.
        case closedAfterWrite(EntryName)
        /// The kernel's queue overflowed (`IN_Q_OVERFLOW`): events were lost, rescan.
        case overflow
        /// The inbox was deleted or moved away: recreate it, watch again, rescan.
        case inboxGone
    }

    public let events: AsyncStream<Event>
    private let continuation: AsyncStream<Event>.Continuation
    private let descriptor: Int32
    private let inbox: RawPath
    private let source: any DispatchSourceRead
    private let queue = DispatchQueue(label: "articlewatch.inotify")

    private static let mask = UInt32(IN_MOVED_TO) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_DELETE_SELF)
        | UInt32(IN_MOVE_SELF) | UInt32(IN_ONLYDIR) | UInt32(IN_EXCL_UNLINK)

    public init(inbox: RawPath) throws(SystemError) {
        self.inbox = inbox
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw SystemError(operation: "inotify_init1", path: inbox, code: errno) }
        descriptor = fd
        (events, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(65_536))
        source = DispatchSource.makeReadSource(fileDescriptor: fd, queue: queue)
        do { try watch() } catch {
            Glibc.close(fd)
            throw error
        }
        let reader = EventReader(descriptor: fd, continuation: continuation)
        source.setEventHandler { reader.drain() }
        source.setCancelHandler { [continuation] in
            Glibc.close(fd)
            continuation.finish()
        }
        source.resume()
    }

    /// (Re)adds the watch on the inbox path, after it was recreated.
    public func watch() throws(SystemError) {
        let result = inbox.withCString { inotify_add_watch(descriptor, $0, Self.mask) }
        if result < 0 { throw SystemError(operation: "inotify_add_watch", path: inbox, code: errno) }
    }

    /// Stops reading and ends the event stream.
    public func stop() { source.cancel() }
}

/// Reads and parses `struct inotify_event` records on the monitor's queue.
private struct EventReader: @unchecked Sendable {
    let descriptor: Int32
    let continuation: AsyncStream<InboxMonitor.Event>.Continuation
    private static let headerSize = 16

    func drain() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { return }
            parse(buffer[0..<count])
        }
    }

    private func parse(_ bytes: ArraySlice<UInt8>) {
        var offset = bytes.startIndex
        while offset + Self.headerSize <= bytes.endIndex {
            let mask = word(bytes, offset + 4)
            let nameLength = Int(word(bytes, offset + 12))
            let nameStart = offset + Self.headerSize
            let nameEnd = min(nameStart + nameLength, bytes.endIndex)
            let name = EntryName(bytes: Array(bytes[nameStart..<nameEnd].prefix { $0 != 0 }))
            offset = nameEnd
            if mask & UInt32(IN_Q_OVERFLOW) != 0 { continuation.yield(.overflow) }
            if mask & (UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_IGNORED)) != 0 { continuation.yield(.inboxGone) }
            guard !name.bytes.isEmpty, !name.isProducerTemporary else { continue }
            if mask & UInt32(IN_MOVED_TO) != 0 { continuation.yield(.movedIn(name)) }
            if mask & UInt32(IN_CLOSE_WRITE) != 0 { continuation.yield(.closedAfterWrite(name)) }
        }
    }

    private func word(_ bytes: ArraySlice<UInt8>, _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
