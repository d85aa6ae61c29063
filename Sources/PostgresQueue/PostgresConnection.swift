import CLibPQ
public import Dispatch

/// One libpq connection and the serial queue its blocking calls run on, so they never hold a thread of
/// Swift's cooperative pool. Every call goes through `run`; a connection found broken is reset before the
/// next call, and the caller learns of the loss from the `connectionLost` error of the call that hit it.
public final class PostgresConnection: @unchecked Sendable {
    /// The connection string or URI as configured (it may hold a password: never log it).
    private let url: String
    /// The target without the password, for messages.
    public let target: String
    private let queue: DispatchQueue
    /// Touched only on `queue`.
    private var handle: OpaquePointer?
    /// The statements `handle` has prepared; replaced with every new handle. Touched only on `queue`.
    private var prepared = PreparedStatements()

    private init(url: String, target: String) {
        self.url = url
        self.target = target
        queue = DispatchQueue(label: "articlewatch.postgres")
    }

    deinit { if let handle { PQfinish(handle) } }

    /// Opens a connection; a URL libpq cannot parse, refused credentials, a missing database and an
    /// unreachable server each throw their own `PostgresError.Kind`.
    public static func connect(_ url: String, applicationName: String = "articlewatch") async throws -> PostgresConnection {
        let target = try ConnectionTarget.describe(url)
        let connection = PostgresConnection(url: url, target: target)
        try await connection.onQueue { try connection.open(applicationName: applicationName) }
        return connection
    }

    /// Whether libpq can parse `url`, without connecting (for configuration checks).
    public static func validate(_ url: String) throws(PostgresError) {
        _ = try ConnectionTarget.describe(url)
    }

    /// Runs `body` with the open connection on the connection's thread; reconnects first if the last call
    /// broke it. Calls from several tasks run one after another.
    @discardableResult
    public func run<T: Sendable>(_ body: @escaping @Sendable (PostgresSession) throws -> T) async throws -> T {
        try await onQueue { [self] in
            // A handle left in pipeline mode (a pipeline that could not be ended) would refuse every
            // ordinary call: it is opened again like a broken one.
            guard let handle, PQstatus(handle) == CONNECTION_OK, PQpipelineStatus(handle) == PQ_PIPELINE_OFF else {
                try reopen()
                return try body(PostgresSession(handle: handle!, target: target, prepared: prepared))
            }
            return try body(PostgresSession(handle: handle, target: target, prepared: prepared))
        }
    }

    /// Closes the connection now (the next `run` opens it again).
    public func close() async {
        try? await onQueue { [self] in
            if let handle { PQfinish(handle) }
            handle = nil
        }
    }

    /// The server process serving this connection (for `pg_terminate_backend` in tests), or nil when closed.
    public func backendProcessID() async -> Int32? {
        try? await onQueue { [self] in handle.map { PQbackendPID($0) } }
    }

    private func onQueue<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }

    private func reopen() throws {
        if let handle { PQfinish(handle) }
        handle = nil
        try open(applicationName: "articlewatch")
    }

    /// PQconnectdbParams with our defaults first, so the URL's own settings override them.
    private func open(applicationName: String) throws {
        let keywords = ["connect_timeout", "application_name", "dbname"]
        let values = ["10", applicationName, url]
        let opened = CStrings.withNullTerminated(keywords) { keywordPointers in
            CStrings.withNullTerminated(values) { valuePointers in
                PQconnectdbParams(keywordPointers, valuePointers, 1)
            }
        }
        guard let opened else { throw PostgresError(.unreachable, "libpq could not allocate a connection", target: target) }
        guard PQstatus(opened) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(opened))
            PQfinish(opened)
            throw PostgresError(ConnectionTarget.classify(message), message, target: target)
        }
        // Server notices (`… already exists, skipping`) would go to stderr; nobody acts on them.
        PQsetNoticeProcessor(opened, { _, _ in }, nil)
        // Results lines and job bytes are stored compressed (TOAST): lz4 costs the server a fraction of
        // the default pglz's CPU (the results insert went from 0.58 to 0.23 ms per line, full analysis).
        // Only the server's own default is replaced, not a URL's `options`; a server built without lz4
        // refuses the setting and keeps pglz. Either reads both.
        PQclear(PQexec(opened, """
            SELECT set_config('default_toast_compression', 'lz4', false)
            WHERE current_setting('default_toast_compression') = 'pglz'
            """))
        handle = opened
        prepared = PreparedStatements()
    }
}
