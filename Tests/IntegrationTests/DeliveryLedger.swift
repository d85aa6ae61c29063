import ArticleAnalysis
import Foundation

/// What the tests delivered, and the check that every delivery got exactly one line. Each delivery's
/// text carries its own marker so its line can be matched by `id` even when names repeat.
struct DeliveryLedger {
    private(set) var expected: [String: String] = [:]  // id → name

    mutating func article(_ index: Int, name: String) -> [UInt8] {
        let text = "Delivery \(index): Tehran and Moscow signed an agreement on energy cooperation today.\n\nMarker \(UUID().uuidString)."
        let bytes = Array(text.utf8)
        expected[Self.id(bytes)] = name
        return bytes
    }

    /// ids delivered but with no line, and ids with more than one line.
    func audit(_ lines: [[String: Any]]) -> (missing: Set<String>, duplicated: [String: Int], unparseable: Int) {
        var counts: [String: Int] = [:]
        var unparseable = 0
        for line in lines {
            guard let id = line["id"] as? String else {
                unparseable += 1
                continue
            }
            counts[id, default: 0] += 1
        }
        let missing = Set(expected.keys).subtracting(counts.keys)
        return (missing, counts.filter { $0.value > 1 }, unparseable)
    }

    static func id(_ bytes: [UInt8]) -> String { SHA256.hexDigest(of: bytes) }
}
