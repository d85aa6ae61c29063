/// One input's name, as bytes (a directory entry's name need not be UTF-8), with a readable form for
/// records and logs.
public struct EntryName: Hashable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]
    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(_ string: String) { self.bytes = Array(string.utf8) }

    /// The name as text (invalid UTF-8 shown as U+FFFD), used for the `file` field.
    public var description: String { String(decoding: bytes, as: UTF8.self) }

    /// Producers' temporary names, skipped until renamed: dotfiles and names ending `.tmp`, `.part` or `~`.
    public var isProducerTemporary: Bool {
        bytes.first == UInt8(ascii: ".") || bytes.last == UInt8(ascii: "~")
            || bytes.reversed().starts(with: Array(".tmp".utf8).reversed())
            || bytes.reversed().starts(with: Array(".part".utf8).reversed())
    }
}
