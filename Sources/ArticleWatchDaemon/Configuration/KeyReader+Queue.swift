import PostgresQueue

extension KeyReader {
    /// The `queue` object. `url`, `leaseSeconds` and `host` belong to the postgres engine only; with it,
    /// `url` is required and must be a connection string libpq can parse (checked here, without connecting).
    mutating func queueSettings(defaultHost: String) -> QueueSettings {
        var settings = QueueSettings()
        settings.host = defaultHost
        guard var reader = object("queue") else { return settings }
        settings.engine = reader.choice("engine", default: settings.engine)
        let postgresKeys = ["url", "leaseSeconds", "host"]
        if settings.engine == .folder {
            for key in postgresKeys where reader.has(key) {
                reader.problems.append("key \"queue.\(key)\": only used with \"engine\": \"postgres\"")
                reader.markSeen(key)
            }
        } else {
            settings.leaseSeconds = reader.number("leaseSeconds", default: settings.leaseSeconds, in: 1...86_400)
            settings.host = reader.string("host", default: defaultHost, allowed: "a host name of 1 to 255 characters without control characters") {
                (1...255).contains($0.count) && !$0.unicodeScalars.contains { $0.properties.generalCategory == .control }
            }
            switch reader.optionalString("url") {
            case nil:
                reader.problems.append("key \"queue.url\": missing; the postgres engine needs a libpq connection string or URI, e.g. \"postgresql://articlewatch@db.example/articlewatch\"")
            case let url?:
                do {
                    try PostgresConnection.validate(url)
                    settings.url = url
                } catch {
                    reader.problems.append("key \"queue.url\": \(QueueSettings.redact(url)) is not a connection string libpq accepts: \(error.message)")
                }
            }
        }
        reader.rejectUnknownKeys()
        problems += reader.problems
        return settings
    }
}
