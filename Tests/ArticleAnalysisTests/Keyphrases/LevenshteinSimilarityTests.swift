import Testing

@testable import ArticleAnalysis

@Suite struct LevenshteinSimilarityTests {
    /// The whole edit-distance table, as YAKE computes the similarity: what the banded test must agree with.
    static func ratio(_ first: [UInt8], _ second: [UInt8]) -> Double {
        let longest = max(first.count, second.count)
        guard longest > 0 else { return 1 }
        var table = [[Int]](repeating: [Int](repeating: 0, count: second.count + 1), count: first.count + 1)
        for row in 0...first.count { table[row][0] = row }
        for column in 0...second.count { table[0][column] = column }
        for row in stride(from: 1, through: first.count, by: 1) {
            for column in stride(from: 1, through: second.count, by: 1) {
                let cost = first[row - 1] == second[column - 1] ? 0 : 1
                table[row][column] = min(table[row - 1][column] + 1, table[row][column - 1] + 1, table[row - 1][column - 1] + cost)
            }
        }
        return 1 - Double(table[first.count][second.count]) / Double(longest)
    }

    @Test func bandedAnswerMatchesTheFullTable() {
        // Phrases built from a few letters, so many pairs lie near the limit: equal, one or two edits
        // apart, shifted, and of different lengths (a fixed generator: the same pairs every run).
        var generator = SplitMix(state: 17)
        var pairs: [([UInt8], [UInt8])] = [([], []), (Array("a".utf8), []), (Array("energy agency".utf8), Array("energy agencies".utf8))]
        for _ in 0..<4000 {
            let length = Int(generator.next() % 40)
            let first = (0..<length).map { _ in UInt8(ascii: "a") + UInt8(generator.next() % 3) }
            var second = first
            for _ in 0..<Int(generator.next() % 5) {
                let edit = generator.next() % 3
                let position = second.isEmpty ? 0 : Int(generator.next() % UInt64(second.count))
                if edit == 0 || second.isEmpty {
                    second.insert(UInt8(ascii: "a") + UInt8(generator.next() % 3), at: position)
                } else if edit == 1 {
                    second.remove(at: position)
                } else {
                    second[position] = UInt8(ascii: "a") + UInt8(generator.next() % 3)
                }
            }
            pairs.append((first, second))
        }
        var similar = 0
        for (first, second) in pairs {
            for limit in [0.9, 0.5] {
                let expected = Self.ratio(first, second) > limit
                #expect(LevenshteinSimilarity.exceeds(limit, first, second) == expected, "\(first) \(second) \(limit)")
                if expected { similar += 1 }
            }
        }
        // Both answers occur often.
        #expect(similar > 500 && similar < pairs.count * 2 - 500)
    }
}
