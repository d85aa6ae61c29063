import ArticleAnalysis
import Testing

@Suite struct WordTokenizerTests {
    @Test func keepsAbbreviationsAndSplitsPossessives() {
        let tokens = WordTokenizer.tokens(of: "The U.S. and Iran’s ally, Bashar al-Assad, met.")
        #expect(tokens.keys == ["the", "u.s.", "and", "iran", "'s", "ally", ",", "bashar", "al-assad", ",", "met", "."])
        #expect(tokens[1].isCapitalized && tokens[1].isAllCaps)
        #expect(!tokens[8].isCapitalized && tokens[7].isCapitalized)
    }

    @Test func marksAcronymsAndCapitals() {
        let tokens = WordTokenizer.tokens(of: "NATO told us")
        #expect(tokens[0].isAllCaps)
        #expect(!tokens[2].isCapitalized && !tokens[2].isAllCaps)
    }
}
