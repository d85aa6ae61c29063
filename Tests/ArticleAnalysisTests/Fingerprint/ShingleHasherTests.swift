import ArticleAnalysis
import Testing

@Suite struct ShingleHasherTests {
    @Test func countsOneShinglePerWordWindow() {
        #expect(ShingleHasher.shingleHashes(of: "one two three four five").count == 3)
        #expect(ShingleHasher.shingleHashes(of: "one two").count == 1)
        #expect(ShingleHasher.shingleHashes(of: " … — ").isEmpty)
    }

    @Test func ignoresCaseSpacingPunctuationAndLineBreaks() {
        let plain = ShingleHasher.shingleHashes(of: "The mayor said the review would be published.")
        let noisy = ShingleHasher.shingleHashes(of: "THE  Mayor said —\r\n“the review” would be\n\npublished!!")
        #expect(plain == noisy)
    }

    @Test func lowercasesBeyondASCII() {
        #expect(ShingleHasher.shingleHashes(of: "ÉTÉ À PARIS") == ShingleHasher.shingleHashes(of: "été à paris"))
        #expect(ShingleHasher.shingleHashes(of: "ÉTÉ À PARIS") != ShingleHasher.shingleHashes(of: "ete a paris"))
    }

    @Test func wordOrderMatters() {
        #expect(ShingleHasher.shingleHashes(of: "harbour wall rebuilt") != ShingleHasher.shingleHashes(of: "wall harbour rebuilt"))
    }

    /// Apostrophes split words, as Python's `\w+` does, so the eval's exact Jaccard sees the same set.
    @Test func splitsAtApostrophesLikeTheEvalReference() {
        #expect(ShingleHasher.shingleHashes(of: "doctors' unions don't") == ShingleHasher.shingleHashes(of: "doctors unions don t"))
    }
}
