import Foundation

/// The complete lines at the end of a local log: after a crash, export rows whose lines were appended
/// (durably) but not yet deleted are found there and not appended twice.
enum LocalLogTail {
    static func lines(of path: String, lastBytes: Int) -> Set<String> {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd() else { return [] }
        let start = size > UInt64(lastBytes) ? size - UInt64(lastBytes) : 0
        guard (try? handle.seek(toOffset: start)) != nil, let data = try? handle.readToEnd() else { return [] }
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).map { String(decoding: $0, as: UTF8.self) }
        // A tail cut mid-line starts with a fragment; a log not ending in a newline ends with one.
        if start > 0, !lines.isEmpty { lines.removeFirst() }
        if data.last != UInt8(ascii: "\n"), !lines.isEmpty { lines.removeLast() }
        return Set(lines)
    }

    /// The pending rows whose exact line is in `tail`: appended (durably) before a crash, not yet deleted.
    /// Every such row, not only a prefix of the oldest: with two workers, commits reach the exporter out of
    /// row order, so the lines a crash left appended need not be the oldest rows (a prefix rule appended
    /// the younger ones a second time). Lines carry their delivery token and analysis time, so equal text
    /// is the same line.
    static func alreadyAppended<Row>(_ pending: [Row], line: (Row) -> String, in tail: Set<String>) -> [Row] {
        pending.filter { tail.contains(line($0)) }
    }
}
