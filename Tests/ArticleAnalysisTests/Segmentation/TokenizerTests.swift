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

    /// A plain token (ASCII letters and digits only) carries the syllables and the token-table hashes the
    /// tokenizer worked out in its pass; they must be what the syllable counter and `WordTokenizer` give for
    /// its bytes, and every other token must be marked for counting later.
    @Test(arguments: [
        "The table's make-up, U.S. e.g. 40% of 1,000 Téhéran rhythm cable CASE Ee le 3.5 2024 Smiths’ tables...",
        "Fly by; the eye. Bye-bye: queue! Y yes syzygy, iPhone McDonald 42nd",
    ])
    func plainTokensCarryTheirSyllablesAndHashes(text: String) {
        let slice = text[...]
        let tokens = Tokenizer.tokens(of: slice)
        var plain = 0
        for token in tokens {
            let piece = String(SentenceSplitter.slice(slice, token.range))
            let isPlain = piece.utf8.allSatisfy { $0 &- 0x30 < 10 || ($0 | 0x20) &- 0x61 < 26 }
            #expect(token.isPlain == isPlain, "\(piece)")
            guard token.isPlain else {
                #expect(token.syllables == -1, "\(piece)")
                continue
            }
            plain += 1
            #expect(Int(token.syllables) == SyllableCounter.count(piece[...]), "\(piece)")
            let reference = WordTokenizer.tokens(of: piece)
            #expect(reference.count == 1)
            #expect(reference.first == token.plain.token(0..<piece.utf8.count), "\(piece)")
        }
        #expect(plain >= 10)
    }

    @Test func asciiPunctuationMasksAgreeWithTheUnicodeProperties() {
        let punctuation: Set<Unicode.GeneralCategory> = [
            .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation,
        ]
        var marks = 0
        for byte in UInt8(0)..<128 {
            let expected = punctuation.contains(Unicode.Scalar(byte).properties.generalCategory)
            #expect(Tokenizer.isASCIIPunctuation(byte) == expected, "byte \(byte)")
            if expected { marks += 1 }
        }
        #expect(marks == 23)
        #expect(Tokenizer.isASCIIPunctuation(UInt8(ascii: ",")) && !Tokenizer.isASCIIPunctuation(UInt8(ascii: "$")))
        #expect(!Tokenizer.isASCIIPunctuation(0xAC))
    }
}
