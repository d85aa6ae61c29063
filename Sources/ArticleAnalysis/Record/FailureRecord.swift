public import Foundation

/// One line of the failures log: which delivery failed, the stable reason code, and what happened in words.
public struct FailureRecord: Sendable, JSONWritable {
    public static let schema = "articlewatch.failure/1"

    /// SHA-256 of the bytes, or nil when the file was never read (a symlink, a FIFO, an oversize file).
    public var id: String?
    public var file: String
    /// The spool's claim token for this delivery (nil outside the daemon).
    public var delivery: String?
    public var bytes: Int?
    public var reason: FailureReason
    public var message: String
    public var at: Date?

    public init(id: String?, file: String, bytes: Int?, reason: FailureReason, message: String) {
        self.id = id
        self.file = file
        self.bytes = bytes
        self.reason = reason
        self.message = message
    }

    public init(article: Article, failure: StageFailure) {
        self.init(id: article.id, file: article.name, bytes: article.bytes.count, reason: failure.reason, message: failure.message)
    }

    /// The line, without its newline.
    public func line(pretty: Bool = false) -> [UInt8] {
        written(pretty: pretty, capacity: 512)
    }

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("schema", Self.schema)
        json.member("id", id)
        json.member("file", file)
        json.member("delivery", delivery)
        json.member("bytes", bytes)
        json.member("reason", reason)
        json.member("message", message)
        json.member("at", at.map(RFC3339.format))
        json.endObject()
    }
}
