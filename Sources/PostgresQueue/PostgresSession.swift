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

    /// Several statements in one round trip (libpq's pipeline mode): each prepared on this connection the
    /// first time, as `preparedQuery` does, all sent, then one sync, then their results read in order.
    /// The server runs them one after another exactly as if they came one by one (in READ COMMITTED each
    /// takes its own snapshot when it starts, so a read after a lock sees what the lock waited for); after
    /// the first that fails it skips the rest up to the sync, and an open transaction is left aborted for
    /// the caller to roll back. Throws that first failure. Why: every round trip is a wake-up of the server
    /// process and one of the caller's thread; the queue's commit made six per article. For a few
    /// statements: the connection blocks, so a pipeline whose sends could not go out while its earlier
    /// results fill the socket (megabytes each way) would wait on itself; the queue's send one line.
    @discardableResult
    public func pipeline(_ statements: [PipelinedStatement]) throws(PostgresError) -> [PostgresRows] {
        guard PQenterPipelineMode(handle) == 1 else { throw failure(nil) }
        // What was sent, in order: each prepare (by the SQL it prepared) and each execution (by its index).
        var sent: [(prepares: String?, statement: Int)] = []
        var sendFailed = false
        for (index, statement) in statements.enumerated() {
            guard statement.isPrepared else {
                let accepted = CStrings.withParameters(statement.parameters) { values, lengths, formats in
                    PQsendQueryParams(handle, statement.sql, Int32(statement.parameters.count), nil, values, lengths, formats, 0)
                }
                guard accepted == 1 else { sendFailed = true; break }
                sent.append((nil, index))
                continue
            }
            let (name, isNew) = prepared.name(for: statement.sql)
            if isNew {
                guard PQsendPrepare(handle, name, statement.sql, Int32(statement.parameters.count), nil) == 1 else {
                    prepared.forget(statement.sql)
                    sendFailed = true
                    break
                }
                sent.append((statement.sql, index))
            }
            let accepted = CStrings.withParameters(statement.parameters) { values, lengths, formats in
                PQsendQueryPrepared(handle, name, Int32(statement.parameters.count), values, lengths, formats, 0)
            }
            guard accepted == 1 else { sendFailed = true; break }
            sent.append((nil, index))
        }
        let sendError = sendFailed ? failure(nil) : nil
        guard PQpipelineSync(handle) == 1 else { throw sendError ?? failure(nil) }
        var rows = [PostgresRows?](repeating: nil, count: statements.count)
        var firstError = sendError
        var next = 0
        // Each command's results end with a NULL; the sync's own result ends the pipeline. A connection
        // that broke on the way answers NULL for ever: two NULLs in a row end the reading too.
        var lastWasNull = false
        while true {
            guard let result = PQgetResult(handle) else {
                if lastWasNull || PQstatus(handle) != CONNECTION_OK { break }
                lastWasNull = true
                next += 1
                continue
            }
            lastWasNull = false
            let status = PQresultStatus(result)
            if status == PGRES_PIPELINE_SYNC {
                PQclear(result)
                break
            }
            guard status != PGRES_PIPELINE_ABORTED, sent.indices.contains(next) else {
                PQclear(result)
                continue
            }
            do {
                let copied = try consume(result)
                if sent[next].prepares == nil { rows[sent[next].statement] = copied }
            } catch {
                if let sql = sent[next].prepares { prepared.forget(sql) }
                firstError = firstError ?? error
            }
        }
        if PQstatus(handle) != CONNECTION_OK { throw firstError.flatMap { $0.isConnectionProblem ? $0 : nil } ?? failure(nil) }
        guard PQexitPipelineMode(handle) == 1 else { throw firstError ?? failure(nil) }
        if let firstError { throw firstError }
        return rows.map { $0 ?? PostgresRows(columns: [], rows: [], affected: 0) }
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

/// One statement of `PostgresSession.pipeline`: its SQL (prepared on first use unless `isPrepared` is
/// false) and its parameters.
public struct PipelinedStatement: Sendable {
    public let sql: String
    public let parameters: [PostgresParameter]
    /// False: sent unnamed and planned at every execution for its own parameters and the tables' sizes
    /// then, never with a plan cached when they were empty.
    public let isPrepared: Bool

    public init(_ sql: String, _ parameters: [PostgresParameter] = [], isPrepared: Bool = true) {
        self.sql = sql
        self.parameters = parameters
        self.isPrepared = isPrepared
    }
}
