/// One step of the shared queue's schema: applied once, in order, inside its own transaction.
public struct SchemaMigration: Sendable {
    public let version: Int
    public let summary: String
    public let sql: String
}
