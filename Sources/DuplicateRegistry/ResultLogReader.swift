import ArticleAnalysis
import Foundation

/// Reads what the registry needs back out of results-log lines: `id`, `file`, `receivedAt` and
/// `fingerprint`. Used to rebuild the index when its file is missing or bad, and to catch up with lines
/// written after the index was last persisted.
struct ResultLogReader {
    struct Entry {
        var id: String
        var file: String
        var fingerprint: Fingerprint?
        var receivedAt: Date
    }

    /// The lines of a file as byte ranges, without copying (a missing file has none).
    static func lines(of path: String) throws(IndexFileIOError) -> (data: Data, ranges: [Range<Int>]) {
        guard let data = try IndexFileIO.read(path) else { return (Data(), []) }
        var ranges: [Range<Int>] = []
        data.withUnsafeBytes { bytes in
            var start = 0
            for index in 0..<bytes.count where bytes[index] == 0x0A {
                if index > start { ranges.append(start..<index) }
                start = index + 1
            }
            if start < bytes.count { ranges.append(start..<bytes.count) }
        }
        return (data, ranges)
    }

    /// The entry on one line, or nil for a line that is not a result (a failure line, a torn last line).
    func entry(_ line: Data) -> Entry? {
        guard let fields = line.withUnsafeBytes({ ResultLineScanner.scan($0) }),
            let id = fields.id, let file = fields.file,
            let stamp = fields.receivedAt, let receivedAt = RFC3339Parser.date(stamp)
        else { return nil }
        var fingerprint: Fingerprint?
        if let scheme = fields.scheme, let signature = fields.signature {
            fingerprint = Fingerprint(
                json: .object([
                    ("scheme", .string(scheme)), ("shingles", .int(fields.shingles ?? 0)),
                    ("signature", .string(signature)),
                ]))
        }
        return Entry(id: id, file: file, fingerprint: fingerprint, receivedAt: receivedAt)
    }
}
