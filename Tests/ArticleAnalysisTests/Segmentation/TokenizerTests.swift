@testable import ArticleAnalysis
import Testing

@Suite struct TokenizerTests {
    func words(_ text: String) -> [String] {
        let slice = text[...]
        return Tokenizer.tokens(of: slice).map { String(SentenceSplitter.slice(slice, $0.range)) }
    }

    @Test func keepsWordInnerPunctuation() {
        #expect(words("Russia’s Russian-Iranian don't U.S. e.g. 1,000 3.5 40%") ==
            ["Russia’s", "Russian-Iranian", "don't", "U.S.", "e.g.", "1,000", "3.5", "40%"])
    }

    @Test func splitsPunctuationAndKeepsOffsets() {
        let text = "Téhéran, “ok”."
        let tokens = Tokenizer.tokens(of: text[...])
        #expect(words(text) == ["Téhéran", ",", "“", "ok", "”", "."])
        #expect(tokens[0].range == 0..<9)
        #expect(tokens[0].kind == .word)
        #expect(tokens[1].kind == .punctuation)
    }

    @Test func documentTokensPointIntoCleanText() throws {
        let document = try AnalysisFixtures.document("A title here\n\nThe first paragraph has a sentence in it, and it is long enough to count as body text.\n\nThe second paragraph is here too, also long enough to be a body paragraph of prose.")
        let bytes = Array(document.cleanText.utf8)
        for token in document.tokens {
            #expect(String(decoding: bytes[token.range], as: UTF8.self) == String(token.text(in: document.cleanText)))
        }
        for sentence in document.sentences {
            #expect(String(decoding: bytes[sentence.range], as: UTF8.self) == sentence.text)
        }
        #expect(document.sentences.map(\.paragraph) == [0, 1])
        #expect(document.wordCount == document.tokens.count { $0.kind == .word || $0.kind == .number })
    }
}
