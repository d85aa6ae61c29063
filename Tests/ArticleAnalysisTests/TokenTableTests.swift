import Testing

@testable import ArticleAnalysis

@Suite struct TokenTableTests {
    @Test func tokenisesEachSentenceOnceAndInternsItsKeys() {
        let table = TokenTable(sentenceTexts: ["Iran's foreign minister met Reuters.", "The minister of Iran spoke."])
        #expect(table.sentences.count == 2)
        #expect(table.sentences[0].keys == WordTokenizer.tokens(of: "Iran's foreign minister met Reuters.").keys)
        #expect(table.count == table.sentences[0].count + table.sentences[1].count)
        // "Iran" and "minister" occur twice, one lexeme each; "The" and "the" would share one too.
        let iran = table.vocabulary.id(ofHash: TokenHash.of("iran"))
        let minister = table.vocabulary.id(ofHash: TokenHash.of("minister"))
        #expect(iran != nil && minister != nil)
        if let iran, let minister {
            #expect(table.vocabulary[iran].count == 2)
            #expect(table.vocabulary.key(minister) == "minister")
            #expect(table.lexemes(ofSentence: 1).contains(iran))
        }
        #expect(table.vocabulary.id(ofHash: TokenHash.of("tehran")) == nil)
    }

    @Test func knowsWhichWordsTheArticleWritesInLowerCase() {
        let table = TokenTable(sentenceTexts: ["Turkey is on the menu.", "They roasted a turkey and met Ankara."])
        let turkey = table.vocabulary.id(ofHash: TokenHash.of("turkey"))
        let ankara = table.vocabulary.id(ofHash: TokenHash.of("ankara"))
        #expect(turkey.map { table.vocabulary[$0].isWrittenInLowercase } == true)
        #expect(ankara.map { table.vocabulary[$0].isWrittenInLowercase } == false)
    }

    @Test func theLayerCheckAcceptsRealAndOddText() throws {
        TokenLayerCheck.check(try SharedData.text("seeds/000_8f64f1e923156d79.txt"))
        TokenLayerCheck.check("U.S.-led talks — “don’t” AT&T 1,000.5 e\u{301}t\u{E9} 🙂 \u{0}\u{FFFD}\n\nx")
        TokenLayerCheck.check("")
    }

    /// What the fuzz target feeds the layer, here as fixed cases: no bytes, invalid UTF-8 (cut sequences, lone
    /// continuation bytes, overlong forms, bytes that are never UTF-8), control bytes, and inputs of megabytes:
    /// one 2 MB word, and 50,000 distinct short ones, so the tables grow far past their first size.
    @Test func theLayerCheckAcceptsEmptyInvalidAndHugeBytes() {
        TokenLayerCheck.check(bytes: [])
        TokenLayerCheck.check(bytes: [0xE2, 0x80, 0x41, 0x80, 0xBF, 0xC0, 0xAF, 0xF5, 0xFF, 0xF0, 0x9F, 0x99, 0x20, 0xE2])
        TokenLayerCheck.check(bytes: Array(0...255))
        TokenLayerCheck.check(bytes: Array(repeating: UInt8(ascii: "a"), count: 1 << 21))
        let words = (0..<50_000).flatMap { Array("w\($0) ".utf8) }
        TokenLayerCheck.check(bytes: words)
    }
}
