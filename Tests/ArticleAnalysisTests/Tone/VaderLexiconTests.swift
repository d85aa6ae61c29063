import Testing

@testable import ArticleAnalysis

@Suite struct VaderLexiconTests {
    @Test func decimalsReadAsTheStandardParseReadsThem() {
        let texts = ["-1.5", "2.0", "0.1", "-0.0", "3.25", "-3.9", "0.05", "12.345", ".5", "1.", "-", "", "1e3", "+2.0", "4", "1.2.3",
            "0.30000000000000004", "123456789012345678.5"]
        for text in texts {
            let expected = Double(text)
            let parsed = VaderLexicon.decimal(Array(text.utf8)[...])
            #expect(parsed?.bitPattern == expected?.bitPattern, "\(text)")
        }
        // Every one-decimal value of the lexicon's range, both signs.
        for tenths in -45...45 {
            let text = (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
            #expect(VaderLexicon.decimal(Array(text.utf8)[...])?.bitPattern == Double(text)?.bitPattern, "\(text)")
        }
    }

    /// The table against its source: every lexicon line's token has the line's value (a repeated token its
    /// last one), found by the token's bytes.
    @Test func everyLexiconLineHasItsValue() throws {
        let lexicon = VaderLexicon.shared
        var last: [String: Double] = [:]
        for line in VaderLexiconText.text.split(separator: "\n") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 2, let value = Double(parts[1]) else { continue }
            last[String(parts[0])] = value
        }
        #expect(last.count > 7000)
        for (word, value) in last {
            let id = lexicon.words.id(of: word)
            #expect(id >= 0, "\(word)")
            guard id >= 0 else { continue }
            #expect(lexicon.valence[Int(id)] == value, "\(word)")
        }
        let never = try #require(Optional(lexicon.words.id(of: "never")))
        #expect(never >= 0 && lexicon.isNegation[Int(never)])
        let very = lexicon.words.id(of: "very")
        #expect(very >= 0 && lexicon.booster[Int(very)] == VaderRules.boosterIncrement)
        #expect(lexicon.emoji.count > 1000)
    }
}
