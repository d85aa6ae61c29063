import Testing

@testable import ArticleAnalysis

/// `VaderAnalyzer.weighAroundBut` rewrites each value at the first position holding the same value, as
/// vaderSentiment does; a long text (the whole document's pass) counts the values instead of searching
/// from the start. Both ways must give the same valences, collisions included (a value that, weighed,
/// equals a later one).
@Suite struct VaderButWeighingTests {
    /// Valences drawn from a few values that collide once weighed, with zeros between them, and every
    /// position of "but".
    @Test(arguments: [7, 31, 64, 150])
    func countingAgreesWithSearching(length: Int) {
        // Each value next to what it becomes weighed before (× 0.5) or after (× 1.5) the "but".
        let bases = [1.9, 2.85, -1.9, 3.1]
        let palette = bases + bases.map { $0 * VaderRules.beforeButWeight } + bases.map { $0 * VaderRules.afterButWeight }
            + bases.map { $0 * VaderRules.afterButWeight * VaderRules.beforeButWeight } + [0, 0]
        var generator = SplitMix(state: UInt64(length))  // fixed: the same values every run
        let sentiments = (0..<length).map { _ in palette[Int(generator.next() % UInt64(palette.count))] }
        for but in [0, length / 3, length / 2, length - 1] {
            var searched = sentiments
            VaderAnalyzer.weighAroundBut(&searched, but: but, countingPast: Int.max)
            var counted = sentiments
            VaderAnalyzer.weighAroundBut(&counted, but: but, countingPast: 0)
            #expect(counted == searched, "length \(length), but at \(but)")
            // Something was weighed: the rule is not a no-op on these values.
            #expect(searched != sentiments || sentiments.allSatisfy { $0 == 0 })
        }
    }
}
