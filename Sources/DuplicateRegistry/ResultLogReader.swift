import ArticleAnalysis
import Foundation

/// Reads what the registry needs back out of results-log lines: `id`, `file`, `receivedAt` and
/// `fingerprint`. Used to rebuild the index when its file is missing or bad, and to catch up with lines
/// written after the index was last persisted. Files are memory-mapped; a catch-up reads backwards from
/// the end, so only the log's tail is touched.
enum ResultLogReader {
    struct Entry {
        var id: String
        var file: String
        var fingerprint: Fingerprint?
        var receivedAt: Date
    }

    /// Calls `body` with each line from byte `offset` on (empty lines skipped).
    static func forEachLine(in bytes: UnsafeRawBufferPointer, from offset: Int, _ body: (UnsafeRawBufferPointer) -> Void) {
        var start = offset
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if end > start { body(UnsafeRawBufferPointer(rebasing: bytes[start..<end])) }
            start = end + 1
        }
    }

    /// Walks lines from the last to the first; returns the byte offset just past the first line (from the
    /// end) for which `matches` holds, or nil.
    static func offsetAfterLastLine(in bytes: UnsafeRawBufferPointer, where matches: (UnsafeRawBufferPointer) -> Bool) -> Int? {
        var end = bytes.count  // exclusive end of the current line, its newline included
        while end > 0 {
            let contentEnd = bytes[end - 1] == 0x0A ? end - 1 : end
            var start = contentEnd
            while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
            if contentEnd > start, matches(UnsafeRawBufferPointer(rebasing: bytes[start..<contentEnd])) { return end }
            end = start
        }
        return nil
    }

    /// The article id of a line in the daemon's own field order (`{"schema":…,"id":"…"`), read from its
    /// first bytes without parsing the rest; nil for any other layout (the caller then parses the line).
    static func leadingID(_ line: UnsafeRawBufferPointer) -> String? {
        let head = UnsafeRawBufferPointer(rebasing: line[..<min(line.count, 160)])
        guard head.starts(with: schemaPrefix), let key = range(of: idKey, in: head), key.upperBound + 64 <= head.count else {
            return nil
        }
        return String(decoding: UnsafeRawBufferPointer(rebasing: head[key.upperBound..<(key.upperBound + 64)]), as: UTF8.self)
    }

    private static let schemaPrefix = Array("{\"schema\":".utf8)
    private static let idKey = Array(",\"id\":\"".utf8)

    /// Where `needle` first occurs in `line`.
    static func range(of needle: [UInt8], in line: UnsafeRawBufferPointer) -> Range<Int>? {
        guard let first = needle.first, line.count >= needle.count else { return nil }
        var index = 0
        while index + needle.count <= line.count {
            if line[index] == first {
                var offset = 1
                while offset < needle.count, line[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return index..<(index + needle.count) }
            }
            index += 1
        }
        return nil
    }

    /// Whether `needle` occurs in `line`.
    static func contains(_ line: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool { range(of: needle, in: line) != nil }

    /// The entry on one line, or nil for a line that is not a result (a failure line, a torn last line).
    /// Only top-level members count (an `id` inside `duplicateOf` is not the article's own), and everything
    /// but these four is stepped over without being decoded: a line carries the article's whole text.
    static func entry(_ line: UnsafeRawBufferPointer) -> Entry? {
        var id: String?, file: String?, stamp: String?, fingerprint: Fingerprint?
        let bytes = line.assumingMemoryBound(to: UInt8.self).span
        var reader = JSONReader()
        let parsed = reader.members(in: bytes) { reader, key in
            switch key {
            case "id": id = reader.stringValue(in: bytes)
            case "file": file = reader.stringValue(in: bytes)
            case "receivedAt": stamp = reader.stringValue(in: bytes)
            case "fingerprint":
                guard let value = try? reader.value(in: bytes) else { return false }
                fingerprint = Fingerprint(json: value)
            default: return reader.skipValue(in: bytes)
            }
            return true
        }
        guard parsed, let id, let file, let stamp, let receivedAt = RFC3339Parser.date(stamp) else { return nil }
        return Entry(id: id, file: file, fingerprint: fingerprint, receivedAt: receivedAt)
    }
}
