import ArticleAnalysis

/// Finds which delivery tokens already have a line in a log, so recovery can tell "written but not yet
/// moved" from "never written". Reads the file in chunks, line by line, and takes each line's top-level
/// `delivery` with the one line reader (`JSONReader`), which stops there: the rest of the line (the
/// article's text and analysis) is never decoded.
public enum DeliveryIndex {
    /// The subset of `tokens` that appear as a `delivery` field in any of the files (missing files are skipped).
    public static func tokens(_ tokens: Set<String>, foundIn paths: [RawPath]) throws(SystemError) -> Set<String> {
        guard !tokens.isEmpty else { return [] }
        var found: Set<String> = []
        for path in paths {
            guard try Syscalls.linkStatus(path) != nil else { continue }
            try scan(path) { token in
                if tokens.contains(token) { found.insert(token) }
            }
            if found.count == tokens.count { break }
        }
        return found
    }

    /// Calls `visit` with every delivery token in the file, in order (a torn last line counts too).
    static func scan(_ path: RawPath, visit: (String) -> Void) throws(SystemError) {
        let descriptor = try Syscalls.openForReading(path)
        defer { Syscalls.close(descriptor) }
        var carry: [UInt8] = []
        var offset = 0
        while true {
            let chunk = try Syscalls.read(descriptor, path: path, at: offset, count: 1 << 20)
            if chunk.isEmpty { break }
            offset += chunk.count
            let buffer = carry + chunk
            var lineStart = 0
            while let end = buffer[lineStart...].firstIndex(of: 0x0A) {
                if let token = delivery(of: buffer[lineStart..<end]) { visit(token) }
                lineStart = end + 1
            }
            carry = Array(buffer[lineStart...])
        }
        if let token = delivery(of: carry[...]) { visit(token) }
    }

    /// The line's top-level `delivery` string; the reader stops as soon as it has it.
    private static func delivery(of line: ArraySlice<UInt8>) -> String? {
        guard !line.isEmpty else { return nil }
        let bytes = line.span
        var token: String?
        var reader = JSONReader()
        _ = reader.members(in: bytes) { reader, key in
            guard key == "delivery" else { return reader.skipValue(in: bytes) }
            token = reader.stringValue(in: bytes)
            return false
        }
        return token
    }
}
