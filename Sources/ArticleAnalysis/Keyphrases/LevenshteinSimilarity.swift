/// 1 − edit distance / length of the longer string: YAKE's test for near-duplicate phrases.
enum LevenshteinSimilarity {
    /// Whether the similarity of `first` and `second` is above `limit`. Only that answer is needed, so the
    /// distance is computed in the band of the diagonal that an edit path within the limit can reach
    /// (Ukkonen 1985), and the rows stop as soon as every cell of one is over the limit: the full table
    /// of every pair of candidates was most of the key-phrase choice.
    static func exceeds<Element: Equatable>(_ limit: Double, _ first: [Element], _ second: [Element]) -> Bool {
        let longest = max(first.count, second.count)
        guard longest > 0 else { return 1 > limit }
        // The largest distance whose similarity is above the limit, by the same arithmetic.
        var allowed = -1
        while allowed < longest, 1 - Double(allowed + 1) / Double(longest) > limit { allowed += 1 }
        // The distance is at least the difference in length.
        guard allowed >= 0, abs(first.count - second.count) <= allowed else { return false }
        guard !first.isEmpty, !second.isEmpty else { return true }
        let columns = second.count
        let outside = longest + 1
        var previous = [Int](repeating: outside, count: columns + 1)
        for column in 0...min(columns, allowed) { previous[column] = column }
        var current = previous
        for row in 1...first.count {
            let low = max(1, row - allowed)
            let high = min(columns, row + allowed)
            guard low <= high else { return false }
            current[low - 1] = low == 1 && row <= allowed ? row : outside
            var rowMinimum = current[low - 1]
            let element = first[row - 1]
            for column in low...high {
                let substitution = previous[column - 1] + (element == second[column - 1] ? 0 : 1)
                let value = min(previous[column] + 1, current[column - 1] + 1, substitution)
                current[column] = value
                rowMinimum = min(rowMinimum, value)
            }
            if high < columns { current[high + 1] = outside }
            if rowMinimum > allowed { return false }
            swap(&previous, &current)
        }
        return previous[columns] <= allowed
    }
}
