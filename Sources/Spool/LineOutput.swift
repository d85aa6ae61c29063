/// Lines for an output a person or a script reads (`articlewatch analyze`'s standard output): each
/// appended with its newline to a buffer that is written out with write(2) whenever it passes
/// `flushBytes`, and at `flush()`. No durability promise, unlike the results log (`LogAppender`): the
/// reader is a pipe or a terminal. One write per ~128 KiB instead of one per line, and no line waits for
/// the whole batch.
public struct LineOutput: ~Copyable {
    private let descriptor: Int32
    private let name: RawPath
    private let flushBytes: Int
    private var pending: [UInt8] = []

    /// `name` only labels errors ("standard output").
    public init(descriptor: Int32, name: String, flushBytes: Int = 128 * 1024) {
        self.descriptor = descriptor
        self.name = RawPath(name)
        self.flushBytes = max(1, flushBytes)
        pending.reserveCapacity(self.flushBytes + 64 * 1024)
    }

    /// The standard output (descriptor 1).
    public static func standardOutput() -> LineOutput { LineOutput(descriptor: Syscalls.standardOutput, name: "standard output") }

    /// Adds `line` and a newline; writes the buffer out once it holds `flushBytes` or more.
    public mutating func append(_ line: [UInt8]) throws(SystemError) {
        pending.append(contentsOf: line)
        pending.append(UInt8(ascii: "\n"))
        if pending.count >= flushBytes { try flush() }
    }

    /// Writes out whatever is buffered (all of it, retrying short writes and EINTR).
    public mutating func flush() throws(SystemError) {
        guard !pending.isEmpty else { return }
        defer { pending.removeAll(keepingCapacity: true) }
        do { try Syscalls.writeAll(descriptor, pending, path: name) } catch { throw error.error }
    }
}
