import Synchronization

/// Several connections to one database, each with its own thread: a call goes to the one with the fewest
/// calls queued, so two workers' commits wait on two WAL flushes at once instead of one after the other
/// (one connection serialised every worker's claim and commit behind the others'). A call still runs
/// whole on one connection, so a transaction never spans two.
final class ConnectionPool: Sendable {
    let connections: [PostgresConnection]
    /// Calls queued or running on each connection.
    private let queued: Mutex<[Int]>

    init(_ connections: [PostgresConnection]) {
        precondition(!connections.isEmpty, "a pool needs a connection")
        self.connections = connections
        queued = Mutex(Array(repeating: 0, count: connections.count))
    }

    func run<T: Sendable>(_ body: @escaping @Sendable (PostgresSession) throws -> T) async throws -> T {
        let chosen = queued.withLock { queued in
            let least = queued.indices.min { queued[$0] < queued[$1] }!
            queued[least] += 1
            return least
        }
        defer { queued.withLock { $0[chosen] -= 1 } }
        return try await connections[chosen].run(body)
    }

    func close() async {
        for connection in connections { await connection.close() }
    }
}
