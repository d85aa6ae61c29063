public import WorkQueue

/// A file-system path as the kernel sees it: bytes, not text. Producers may drop files whose names are
/// not valid UTF-8 (or contain newlines); the spool must still rename them, so names stay bytes until
/// they are shown to people.
public struct RawPath: Hashable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]

    public init(_ string: String) { self.bytes = Array(string.utf8) }
    public init(bytes: [UInt8]) { self.bytes = bytes }

    public func appending(_ component: EntryName) -> RawPath { appending(component.bytes) }
    public func appending(_ component: String) -> RawPath { appending(Array(component.utf8)) }

    public func appending(_ component: [UInt8]) -> RawPath {
        var joined = bytes
        if joined.last != UInt8(ascii: "/") { joined.append(UInt8(ascii: "/")) }
        joined.append(contentsOf: component)
        return RawPath(bytes: joined)
    }

    /// The path with invalid UTF-8 shown as U+FFFD: for messages and logs only, never for syscalls.
    public var description: String { String(decoding: bytes, as: UTF8.self) }

    /// Calls `body` with a NUL-terminated copy of the path.
    func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        var terminated = bytes.map { CChar(bitPattern: $0) }
        terminated.append(0)
        return try terminated.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }
}
