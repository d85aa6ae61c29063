import Testing

@testable import ArticleAnalysis

@Suite struct FlatPhraseTableTests {
    /// The token hashes of a seed article, and phrases of one to four of its words taken every few positions
    /// (some taken twice with another value, which replaces the first).
    private func article() throws -> (hashes: [UInt64], phrases: [([UInt64], Int)]) {
        let text = try SharedData.text("seeds/000_8f64f1e923156d79.txt")
        let hashes = WordTokenizer.tokens(of: text).tokens.map(\.hash)
        var phrases: [([UInt64], Int)] = []
        var start = 0
        while start + 4 <= hashes.count {
            let length = 1 + start % 4
            phrases.append((Array(hashes[start..<(start + length)]), start))
            if start % 5 == 0 { phrases.append((Array(hashes[start..<(start + length)]), start + 1)) }
            start += 3 + start % 7
        }
        return (hashes, phrases)
    }

    /// What the flat table answers, and what `PhraseTable` answers, at every position of the article: with every
    /// candidate accepted and with a rule that refuses some (so that shorter phrases are walked to again).
    private func answers(_ hashes: [UInt64], _ find: ([UInt64], Int, (Int, Int) -> Bool) -> (length: Int, value: Int)?) -> [String] {
        hashes.indices.flatMap { start in
            [find(hashes, start) { _, _ in true }, find(hashes, start) { length, value in length != 3 && value % 4 != 1 }]
                .map { $0.map { "\($0.length) \($0.value)" } ?? "-" }
        }
    }

    @Test(arguments: [6, 17]) func answersAsThePhraseTableDoes(pairBits: Int) throws {
        let (hashes, phrases) = try article()
        #expect(phrases.count > 100)
        // A table made small, so it grows on the way; a pair filter of 64 bits lets most pairs through, one of
        // 2^17 bits few.
        var flat = FlatPhraseTable<Int>(pairBits: pairBits)
        var reference = PhraseTable<Int>()
        for (words, value) in phrases {
            flat.insert(hashes: words, value)
            reference.insert(hashes: words, value)
        }
        #expect(flat.count == reference.count)
        let expected = answers(hashes) { reference.longestMatch(in: $0, at: $1, accept: $2) }
        #expect(expected.contains { $0 != "-" })
        #expect(answers(hashes) { flat.longestMatch(in: $0, at: $1, accept: $2) } == expected)
        for hash in hashes { #expect(flat.value(forWord: hash) == reference.value(forWord: hash)) }
        // Rehashed to its real size, it answers the same.
        flat.shrinkToFit()
        #expect(answers(hashes) { flat.longestMatch(in: $0, at: $1, accept: $2) } == expected)
    }

    @Test func reservedTableShrinksAndKeepsEveryPhrase() throws {
        let (hashes, phrases) = try article()
        var flat = FlatPhraseTable<Int>(pairBits: 12)
        flat.reserveCapacity(100_000)
        for (words, value) in phrases { flat.insert(hashes: words, value) }
        let before = answers(hashes) { flat.longestMatch(in: $0, at: $1, accept: $2) }
        flat.shrinkToFit()
        #expect(answers(hashes) { flat.longestMatch(in: $0, at: $1, accept: $2) } == before)
        #expect(flat.value(for: ["no-such-word"]) == nil)
    }
}
