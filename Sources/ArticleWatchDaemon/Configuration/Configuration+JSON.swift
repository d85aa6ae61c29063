public import ArticleAnalysis

extension Configuration {
    /// The effective configuration as `check-config` prints it: every key, defaults included.
    public var effectiveJSON: JSONValue {
        .object([
            ("spool", .string(spool)), ("results", .string(results)), ("failures", .string(failures)),
            ("workers", .int(workers)), ("keepProcessed", .bool(keepProcessed)), ("maxFileBytes", .int(maxFileBytes)),
            ("settleMilliseconds", .int(settleMilliseconds)), ("rescanSeconds", .double(rescanSeconds)),
            ("fsync", .string(fsync.rawValue)), ("fsyncMilliseconds", .int(fsyncMilliseconds)),
            ("rotateBytes", .int(rotateBytes)), ("rotateKeep", .int(rotateKeep)),
            ("shutdownSeconds", .double(shutdownSeconds)), ("minFreeBytes", .int(minFreeBytes)), ("includeText", .bool(includeText)),
            ("queue", queue.effectiveJSON),
            ("analysis", .object([
                ("disabledStages", .array(analysis.disabledStages.sorted().map(JSONValue.string))),
                ("redactPII", .bool(analysis.redactPII)),
                ("nearDuplicateThreshold", .double(analysis.nearDuplicateThreshold)),
                ("nearDuplicateWindow", .object([
                    ("count", .int(analysis.nearDuplicateWindow.count ?? 0)), ("days", .double(analysis.nearDuplicateWindow.days ?? 0)),
                ])),
            ])),
        ])
    }
}

extension QueueSettings {
    /// The `queue` object as `check-config` prints it; the URL's password is never printed.
    var effectiveJSON: JSONValue {
        guard engine == .postgres else { return .object([("engine", .string(engine.rawValue))]) }
        return .object([
            ("engine", .string(engine.rawValue)), ("url", redactedURL.map(JSONValue.string) ?? .null),
            ("leaseSeconds", .double(leaseSeconds)), ("host", .string(host)),
        ])
    }
}
