import CLibPQ

/// Reading a connection string before connecting: whether libpq can parse it at all, and a description of
/// where it points with the password left out.
enum ConnectionTarget {
    static func describe(_ url: String) throws(PostgresError) -> String {
        var error: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(url, &error) else {
            let message = error.map { String(cString: $0) } ?? "libpq cannot parse it"
            if let error { PQfreemem(error) }
            throw PostgresError(.invalidURL, message)
        }
        defer { PQconninfoFree(options) }
        var parts: [String] = []
        var option = options
        while let keyword = option.pointee.keyword {
            let name = String(cString: keyword)
            if ["host", "hostaddr", "port", "dbname", "user"].contains(name), let value = option.pointee.val {
                parts.append("\(name)=\(String(cString: value))")
                // libpq parses the port only when it connects, and would then report it like an outage.
                if name == "port", let bad = String(cString: value).split(separator: ",", omittingEmptySubsequences: false)
                    .first(where: { !$0.isEmpty && !(UInt16($0).map { $0 > 0 } ?? false) })
                {
                    throw PostgresError(.invalidURL, "port \"\(bad)\" is not a port number (1 to 65535)")
                }
            }
            option += 1
        }
        return parts.isEmpty ? "libpq defaults" : parts.joined(separator: " ")
    }

    /// Which kind of failure a refused connection is, from libpq's message (the server's SQLSTATE is not
    /// available before a session exists).
    static func classify(_ message: String) -> PostgresError.Kind {
        let lowered = message.lowercased()
        if lowered.contains("database \""), lowered.contains("does not exist") { return .missingDatabase }
        let authentication = ["authentication failed", "no password supplied", "password authentication",
                              "no pg_hba.conf entry", "role \"", "permission denied for database"]
        if authentication.contains(where: lowered.contains) { return .authenticationFailed }
        // Values libpq only checks when it connects (`invalid integer value "x" for connection option "port"`,
        // `invalid sslmode value`): the URL is wrong, and waiting will not mend it.
        if lowered.contains("invalid"), lowered.contains("connection option") || lowered.contains(" value") || lowered.contains("port number") {
            return .invalidURL
        }
        return .unreachable
    }
}
