/// The statements one open connection has prepared (PQprepare), by their SQL text: the server parses and
/// plans each once per connection instead of on every call, which was a fifth of the queue's transaction
/// rate (pgbench's claim and commit: 441 transactions/s prepared, 337 unnamed, 8 clients). A new handle
/// gets a new, empty set, so a statement is never executed on a connection that did not prepare it.
/// Touched only on the connection's own queue.
final class PreparedStatements: @unchecked Sendable {
    private var names: [String: String] = [:]

    /// The statement's name on this connection, and whether it must be prepared first.
    func name(for sql: String) -> (name: String, isNew: Bool) {
        if let name = names[sql] { return (name, false) }
        let name = "aw_\(names.count + 1)"
        names[sql] = name
        return (name, true)
    }

    /// The PQprepare for `sql` failed: forget the name, so the next call prepares it again.
    func forget(_ sql: String) { names[sql] = nil }
}
