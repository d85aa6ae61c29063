import Foundation

/// The end-of-run check of a torture test, by file name (every delivery gets a unique name, so a line
/// whose `id` is null, like recovery's "given up" failure, still counts for its delivery).
struct TortureAudit {
    var lost: [String] = []
    var duplicated: [String: Int] = [:]
    var unparseable = 0
    var givenUp = 0
    /// `crashed` or `timeout` lines: a suspect's isolated analysis that failed. Good files never should.
    var isolatedFailures = 0
    var unexpected: [String] = []

    init(expected: Set<String>, lines: [[String: Any]]) {
        var counts: [String: Int] = [:]
        for line in lines {
            guard let file = line["file"] as? String, line["schema"] is String else {
                unparseable += 1
                continue
            }
            counts[file, default: 0] += 1
            if line["reason"] as? String == "internal" { givenUp += 1 }
            if line["reason"] as? String == "crashed" || line["reason"] as? String == "timeout" { isolatedFailures += 1 }
        }
        lost = expected.subtracting(counts.keys).sorted()
        duplicated = counts.filter { $0.value > 1 }
        unexpected = Set(counts.keys).subtracting(expected).sorted()
    }

    var isClean: Bool { lost.isEmpty && duplicated.isEmpty && unparseable == 0 && unexpected.isEmpty }

    /// Torn fragments moved aside at start-up (one line each in `<log>.torn`).
    static func tornRepairs(in directory: String) -> Int {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".torn") }
        return files.reduce(0) { total, file in
            total + (FileManager.default.contents(atPath: directory + "/" + file)?.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } ?? 0)
        }
    }

    static func environment(_ name: String, default value: Int) -> Int {
        Int(ProcessInfo.processInfo.environment[name] ?? "") ?? value
    }
}
