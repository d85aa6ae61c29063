import CLibPQ

/// The blocking calls on one open connection, handed to a closure that runs on the connection's own
/// thread (see `PostgresConnection.run`). Never keep it past the closure: the connection may be reset.
public struct PostgresSession {
    let handle: OpaquePointer
    let target: String
    let prepared: PreparedStatements

    /// One statement with `$1`, `$2`, … parameters (PQexecParams); text results. The libpq result is
    /// copied out and freed before this returns, on every path.
    @discardableResult
    public func query(_ sql: String, _ parameters: [PostgresParameter] = []) throws(PostgresError) -> PostgresRows {
        let result = CStrings.withParameters(parameters) { values, lengths, formats in
            PQexecParams(handle, sql, Int32(parameters.count), nil, values, lengths, formats, 0)
        }
        return try consume(result)
    }

    /// Several parameterless statements separated by `;` in one round trip (PQexec, the simple protocol);
    /// the last one's result. For a transaction's opening statements, which would otherwise cost a round
    /// trip each.
    @discardableResult
    public func script(_ sql: String) throws(PostgresError) -> PostgresRows {
        try consume(PQexec(handle, sql))
    }

    /// As `query`, for the statements the queue runs for every article: prepared on this connection the
    /// first time (PQprepare), then executed by name (PQexecPrepared), so the server plans it once.
    @discardableResult
    public func preparedQuery(_ sql: String, _ parameters: [PostgresParameter] = []) throws(PostgresError) -> PostgresRows {
        let (name, isNew) = prepared.name(for: sql)
        if isNew {
            do {
                try consume(PQprepare(handle, name, sql, Int32(parameters.count), nil))
            } catch {
                prepared.forget(sql)
                throw error
            }
        }
        let result = CStrings.withParameters(parameters) { values, lengths, formats in
            PQexecPrepared(handle, name, Int32(parameters.count), values, lengths, formats, 0)
        }
        return try consume(result)
    }

    /// Several statements without parameters in one call (PQexec), for migrations: they run in one
    /// implicit transaction unless the script has its own BEGIN/COMMIT.
    public func execute(_ script: String) throws(PostgresError) {
        try consume(PQexec(handle, script))
    }

    /// `body` inside BEGIN … COMMIT; an error rolls back (when the connection still stands) and rethrows.
    /// A `connectionLost` from the COMMIT itself leaves the outcome unknown: the caller settles it.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try query("BEGIN")
        do {
            let value = try body()
            try query("COMMIT")
            return value
        } catch {
            if PQstatus(handle) == CONNECTION_OK, PQtransactionStatus(handle) != PQTRANS_IDLE { _ = try? query("ROLLBACK") }
            throw error
        }
    }

    @discardableResult
    private func consume(_ result: OpaquePointer?) throws(PostgresError) -> PostgresRows {
        guard let result else { throw failure(nil) }
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else { throw failure(result) }
        let rowCount = Int(PQntuples(result))
        let columnCount = Int(PQnfields(result))
        let columns = (0..<columnCount).map { String(cString: PQfname(result, Int32($0))) }
        var rows: [[String?]] = []
        rows.reserveCapacity(rowCount)
        for row in 0..<Int32(rowCount) {
            rows.append((0..<Int32(columnCount)).map { column in
                PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
            })
        }
        let affected = Int(String(cString: PQcmdTuples(result))) ?? 0
        return PostgresRows(columns: columns, rows: rows, affected: affected)
    }

    /// A failed call: the server's words and SQLSTATE, or libpq's when the connection is gone.
    private func failure(_ result: OpaquePointer?) -> PostgresError {
        let connectionMessage = String(cString: PQerrorMessage(handle))
        if PQstatus(handle) != CONNECTION_OK {
            return PostgresError(.connectionLost, connectionMessage, target: target)
        }
        guard let result else { return PostgresError(.statementFailed, connectionMessage, target: target) }
        let sqlState = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
        let message = String(cString: PQresultErrorMessage(result))
        // A server that ends the session (pg_terminate_backend, shutdown) answers with class 57P0x.
        if let sqlState, sqlState.hasPrefix("57P0") { return PostgresError(.connectionLost, message, sqlState: sqlState, target: target) }
        return PostgresError(.statementFailed, message, sqlState: sqlState, target: target)
    }
}
