@testable import ArticleAnalysis
import Foundation
import Testing

/// The segment stage builds the token table's tokens from the segmenter's tokens
/// (`WordTokenizer.tokens(ofSentences:in:raw:)`) instead of scanning each sentence again: they must be
/// exactly what `WordTokenizer.tokens(of:)` gives for each sentence's text, on real news text and on the
/// constructions where the two tokenizers' rules differ.
@Suite struct SegmentWordTokensTests {
    /// Every sentence of every paragraph of `text` (a line is a paragraph): the tokens from the segmenter's
    /// tokens against a fresh scan of the sentence. Returns how many sentences were compared.
    @discardableResult
    func compare(_ text: String) -> Int {
        var compared = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let raw = Tokenizer.tokens(of: line)
            guard !raw.isEmpty else { continue }
            let sentences = SentenceSplitter.sentences(in: line, tokens: raw)
            let made = WordTokenizer.tokens(ofSentences: sentences, in: line, raw: raw)
            #expect(made.count == sentences.count)
            for (sentence, tokens) in zip(sentences, made) {
                let range = raw[sentence.lowerBound].range.lowerBound..<raw[sentence.upperBound - 1].range.upperBound
                let sentenceText = String(SentenceSplitter.slice(line, range))
                let expected = WordTokenizer.tokens(of: sentenceText)
                #expect(tokens == expected, "\(sentenceText)")
                compared += 1
            }
        }
        return compared
    }

    @Test func constructionsWhereTheTokenizersDiffer() {
        let text = """
            AT&T's R&D-led unit and A&1,000 said: U.S. Dr. Smith paid 3.5. Then 1,000 rose 40% on x'9.
            Iran's ‘quote’ and “Peace—now,” he said… don’t e.g. ... J. K. Rowling's café naïve Ωmega ½.
            Rock 'n' roll, U.S.A. and St.Louis in mid-2023; $5bn, €2.5m, 5.5.5. 'tis Jones' s/he +1 a/b.
            The vote (51-49) was "close" — very! O'Neill's J.R.R. Tolkien's co-op: 3,14159 and 2,000,000.
            Ça va. Ñandú über-cool x\u{0301}y e\u{0301}a AT &T 'S S'S ’s ’S it’s it’ s Mr. Jones’ dog.
            """
        #expect(compare(text) >= 8)
    }

    @Test func seedArticles() throws {
        var compared = 0
        for name in ["000_8f64f1e923156d79", "001_d9a8681dd3d384f5", "002_ad51de1e5cf64859", "003_55d04feb3a4e1a7e", "004_06d0ec6ae6a1f917"] {
            compared += compare(try SharedData.text("seeds/\(name).txt"))
        }
        #expect(compared > 100)
    }

    @Test func benchmarkArticleBodies() throws {
        let data = try Data(contentsOf: SharedData.root.appendingPathComponent("data/article-extraction-benchmark/ground-truth.json"))
        let pages = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
        var compared = 0
        for page in pages.values {
            if let body = page["articleBody"] as? String { compared += compare(body) }
        }
        #expect(compared > 1000)
    }
}
