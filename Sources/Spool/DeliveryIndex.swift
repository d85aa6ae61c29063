/// Finds which delivery tokens already have a line in a log, so recovery can tell "written but not yet
/// moved" from "never written". Reads the file in chunks and looks only at `"delivery":"…"` fields.
public enum DeliveryIndex {
    private static let marker = Array("\"delivery\":\"".utf8)

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

    /// Calls `visit` with every delivery token in the file, in order.
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
            var position = 0
            var keepFrom = max(0, buffer.count - marker.count - 128)
            while let start = buffer[position...].firstRange(of: marker) {
                guard let end = buffer[start.upperBound...].firstIndex(of: UInt8(ascii: "\"")) else {
                    keepFrom = start.lowerBound
                    break
                }
                visit(String(decoding: buffer[start.upperBound..<end], as: UTF8.self))
                position = end
                keepFrom = max(keepFrom, end)
            }
            carry = Array(buffer[keepFrom...])
        }
    }
}
