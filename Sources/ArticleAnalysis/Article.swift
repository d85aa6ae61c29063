public import Foundation

/// One delivered article: the bytes the daemon already read, plus what the edge knows about them.
/// The analysis never reads files or clocks; everything time- or place-dependent arrives here.
public struct Article: Sendable {
    /// SHA-256 of `bytes`, lowercase hex: the article's identity in every log line.
    public let id: String
    /// The name the producer gave the file (or "-" for standard input).
    public let name: String
    public let bytes: [UInt8]
    /// When the daemon claimed the file (its ctime after the claim rename), so recovery reproduces it.
    public let receivedAt: Date

    public init(name: String, bytes: [UInt8], receivedAt: Date) {
        self.id = SHA256.hexDigest(of: bytes)
        self.name = name
        self.bytes = bytes
        self.receivedAt = receivedAt
    }
}
