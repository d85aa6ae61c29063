@testable import ArticleAnalysis
import Testing

/// The phrase table's longest match over its own open-addressing slots, with and without the bit set of
/// continuations, and the one-line hash filter in front of the cold tables.
@Suite struct PhraseTableTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    private struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func longestPhraseWinsAndRefusalFallsBackToShorter() {
        var table = PhraseTable<String>()
        table.insert(["united"], "u")
        table.insert(["united", "nations"], "un")
        table.insert(["united", "nations", "security", "council"], "unsc")
        table.filterContinuations()
        let words = ["the", "united", "nations", "security", "council", "met"].map(TokenHash.of)
        #expect(table.longestMatch(in: words, at: 1)?.length == 4)
        #expect(table.longestMatch(in: words, at: 1)?.value == "unsc")
        // "security" without "council" is no phrase: the walk stops and keeps the longest found before.
        let shorter = ["united", "nations", "security", "meeting"].map(TokenHash.of)
        #expect(table.longestMatch(in: shorter, at: 0)?.value == "un")
        #expect(table.longestMatch(in: words, at: 1) { length, _ in length < 4 }?.value == "un")
        #expect(table.longestMatch(in: words, at: 1) { _, value in value == "u" }?.length == 1)
        #expect(table.longestMatch(in: words, at: 0) == nil)
        #expect(table.value(forWord: TokenHash.of("united")) == "u")
        #expect(table.value(for: ["united", "nations", "security"]) == nil)
    }

    @Test func continuationFilterChangesNoMatch() {
        var random = SplitMix(state: 17)
        let vocabulary = (0..<300).map { _ in random.next() | 1 }
        var plain = PhraseTable<Int>()
        for phrase in 0..<3000 {
            let length = 1 + Int(random.next() % 4)
            let words = (0..<length).map { _ in vocabulary[Int(random.next() % 300)] }
            plain.insert(hashes: words, phrase)
        }
        var filtered = plain
        filtered.filterContinuations()
        let text = (0..<20_000).map { _ in vocabulary[Int(random.next() % 300)] }
        #expect(Self.sameLongestMatches(filtered, plain, over: text) > 100)
        #expect(filtered.count == plain.count)
    }

    /// Checks that `table` finds what `reference` finds at every start of `text`; gives how many of those
    /// matches were of two words or more (a test whose text matched no phrase would check nothing).
    private static func sameLongestMatches(_ table: PhraseTable<Int>, _ reference: PhraseTable<Int>, over text: [UInt64]) -> Int {
        var multiWord = 0
        for start in text.indices {
            let expected = reference.longestMatch(in: text, at: start)
            let found = table.longestMatch(in: text, at: start)
            #expect(found?.length == expected?.length && found?.value == expected?.value)
            if let expected, expected.length > 1 { multiWord += 1 }
        }
        return multiWord
    }

    /// A table reserved for far more phrases than it got, shrunk and filtered as the entity lexicon and the
    /// gazetteer are after loading, answers as one that grew to its size.
    @Test func shrinkingAReservedTableChangesNoMatch() {
        var random = SplitMix(state: 29)
        let vocabulary = (0..<200).map { _ in random.next() | 1 }
        var grown = PhraseTable<Int>()
        var reserved = PhraseTable<Int>()
        reserved.reserveCapacity(50_000)
        for phrase in 0..<2000 {
            let length = 1 + Int(random.next() % 3)
            let words = (0..<length).map { _ in vocabulary[Int(random.next() % 200)] }
            grown.insert(hashes: words, phrase)
            reserved.insert(hashes: words, phrase)
        }
        reserved.shrinkToFit()
        reserved.filterContinuations()
        let text = (0..<10_000).map { _ in vocabulary[Int(random.next() % 200)] }
        #expect(Self.sameLongestMatches(reserved, grown, over: text) > 100)
        #expect(reserved.count == grown.count)
    }

    @Test func insertAfterFilteringIsStillFound() {
        var table = PhraseTable<Int>()
        table.insert(["cease", "fire"], 1)
        table.filterContinuations()
        table.insert(["cease", "fire", "talks"], 2)
        let words = ["cease", "fire", "talks"].map(TokenHash.of)
        #expect(table.longestMatch(in: words, at: 0)?.value == 2)
    }

    @Test func hashFilterHasNoFalseNegativesAndFewFalsePositives() {
        var random = SplitMix(state: 5)
        let inserted = (0..<2000).map { _ in random.next() }
        var filter = HashFilter(capacity: inserted.count)
        for hash in inserted { filter.insert(hash) }
        #expect(inserted.allSatisfy(filter.mayContain))
        let others = (0..<10_000).map { _ in random.next() }
        let passed = others.count(where: filter.mayContain)
        #expect(passed < others.count / 5)
    }
}
