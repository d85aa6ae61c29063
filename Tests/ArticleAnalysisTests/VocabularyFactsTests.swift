import Testing

@testable import ArticleAnalysis

/// What the vocabulary reads off each key once (`Vocabulary.KeyFacts`), which the key phrases, the summary,
/// VADER and the fingerprint classify words by instead of reading the key's bytes each.
@Suite struct VocabularyFactsTests {
    private static func facts(_ word: String, in text: String) -> Vocabulary.KeyFacts? {
        let table = TokenTable(sentenceTexts: [text])
        return table.vocabulary.id(ofHash: TokenHash.of(word)).map { table.vocabulary[$0].facts }
    }

    @Test func factsSayWhatTheKeyHolds() throws {
        let text = "The U.S. and AT&T said cease-fire talks in 2024 with 3M and x'9 rock'n'roll went on, Café owners say."
        let the = try #require(Self.facts("the", in: text))
        #expect(the.isStopWord && the.isAlphanumeric && the.letters == 3 && the.digits == 0)
        let us = try #require(Self.facts("u.s.", in: text))
        #expect(us.endsWithFullStop && !us.isAlphanumericOrHyphen && !us.isStopWord)
        #expect(try #require(Self.facts("at&t", in: text)).hasAmpersand)
        let ceasefire = try #require(Self.facts("cease-fire", in: text))
        #expect(ceasefire.isAlphanumericOrHyphen && !ceasefire.isAlphanumeric && ceasefire.letters == 9)
        let year = try #require(Self.facts("2024", in: text))
        #expect(year.digits == 4 && year.letters == 0 && year.isAlphanumeric)
        #expect(try #require(Self.facts("3m", in: text)).digits == 1)
        #expect(try #require(Self.facts("x'9", in: text)).hasDigitAfterApostrophe)
        let rock = try #require(Self.facts("rock'n'roll", in: text))
        #expect(!rock.hasDigitAfterApostrophe && !rock.isAlphanumericOrHyphen && !rock.isStopWord)
        // A key beyond ASCII is left to each stage's own reading: no facts.
        #expect(try #require(Self.facts("café", in: text)) == Vocabulary.KeyFacts())
        // A stop word that differs only by a final "s" from another word keeps its own answer.
        #expect(try #require(Self.facts("say", in: text)).isStopWord)
        #expect(try #require(Self.facts("said", in: text)).isStopWord)
    }

    @Test func factsAndHashesAgreeWithTheKeysOnRealText() throws {
        // The layer check recomputes every lexeme's facts and every token's hashes from its key bytes.
        TokenLayerCheck.check(try SharedData.text("seeds/000_8f64f1e923156d79.txt"))
        TokenLayerCheck.check("Those U.S.-led talks — “don’t” AT&T's 1,000.5 x'9 e\u{301}t\u{E9} ITS its IT'S Ö's")
    }
}
