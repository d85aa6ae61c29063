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

    private let timestamps: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }()

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
        guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
            let id = object["id"] as? String, let file = object["file"] as? String,
            let stamp = object["receivedAt"] as? String, let receivedAt = date(stamp)
        else { return nil }
        var fingerprint: Fingerprint?
        if let section = object["fingerprint"] as? [String: Any], let scheme = section["scheme"] as? String,
            let signature = section["signature"] as? String
        {
            let shingles = (section["shingles"] as? Int) ?? 0
            fingerprint = Fingerprint(
                json: .object([
                    ("scheme", .string(scheme)), ("shingles", .int(shingles)), ("signature", .string(signature)),
                ]))
        }
        return Entry(id: id, file: file, fingerprint: fingerprint, receivedAt: receivedAt)
    }

    private func date(_ stamp: String) -> Date? {
        if let date = timestamps.date(from: stamp) { return date }
        let plain = ISO8601DateFormatter()
        return plain.date(from: stamp)
    }
}
