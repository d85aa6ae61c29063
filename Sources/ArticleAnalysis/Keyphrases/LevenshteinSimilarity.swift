/// 1 − edit distance / length of the longer string: YAKE's test for near-duplicate phrases.
enum LevenshteinSimilarity {
    static func ratio<Element: Equatable>(_ first: [Element], _ second: [Element]) -> Double {
        let longest = max(first.count, second.count)
        guard longest > 0 else { return 1 }
        // The distance is at least the difference in length: skip the table when that alone decides.
        let bound = 1 - Double(abs(first.count - second.count)) / Double(longest)
        if bound <= KeyphraseExtractor.similarityLimit { return bound }
        var previous = Array(0...second.count)
        var current = previous
        for i in 1...max(first.count, 1) where !first.isEmpty {
            current[0] = i
            for j in 1...max(second.count, 1) where !second.isEmpty {
                let substitution = previous[j - 1] + (first[i - 1] == second[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return 1 - Double(first.isEmpty ? second.count : previous[second.count]) / Double(longest)
    }
}
