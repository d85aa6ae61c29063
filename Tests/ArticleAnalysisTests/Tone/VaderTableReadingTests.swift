import Testing

@testable import ArticleAnalysis

/// VADER's tokens are read off the token table, and only the runs of touching tokens the reader does not
/// take as one word are split by `VaderTokens`' own rules; splitting every sentence's text by those rules
/// must give the same tokens, punctuation counts and spans.
@Suite struct VaderTableReadingTests {
    private func tableTokens(_ sentences: [String]) -> VaderTokens {
        VaderTableReader.tokens(of: TokenTable(sentenceTexts: sentences), lexicon: .shared)
    }

    /// Our own sentences, each holding a piece where the table's tokens and VADER's differ.
    static let awkward = [
        "The U.S. isn't GREAT, but it's not bad!!! Really?? I don’t think so... “Wonderful,” she said :) :-( <3",
        "AT&T's profit (up 5%) didn't disappoint; NATO's F-35s, the U.S.-led coalition's jets, flew over Iran’s capital.",
        "Kind of good, sort of bad -- no, never so good: the bomb, bad ass, yeah right, kiss of death. A, I. ok. :D",
        "Washington\u{0B}Post\u{1C}reporters\u{0C}were happy\u{85}and sad\u{2003}and angry\u{3000}yes, 😀 good😡bad 💔",
        "CAFÉ owners in São Paulo and ÉCOLE teachers in Zürich were ΧΑΡΟΥΜΕΝΟΙ, ǅemal said; Ǆ isn't upper.",
        "'Hello' ''ok'' \"Great\" (wow) [no] {yes} --bad-- ..good.. ?!?! !! ?? 100% $5 #1 @user e-mail rock'n'roll",
        "",
        "!!!",
        "Not. Nope, nothing: without doubt the least bad, at least, very least good ... can't WON'T Don't",
    ]

    @Test func tableReadingMatchesSplittingTheTextOnAwkwardSentences() {
        let read = tableTokens(Self.awkward)
        #expect(read.count > 100)
        #expect((0..<read.count).contains { read.id($0) >= 0 })
        #expect(read == ToneAnalyzer.tokensFromText(Self.awkward))
    }

    @Test func eachAwkwardSentenceAloneMatches() {
        for sentence in Self.awkward {
            #expect(tableTokens([sentence]) == ToneAnalyzer.tokensFromText([sentence]), "\(sentence)")
        }
    }

    @Test func tableReadingMatchesSplittingTheTextOnTheSeeds() throws {
        for name in ["000_8f64f1e923156d79", "001_d9a8681dd3d384f5", "002_ad51de1e5cf64859", "003_55d04feb3a4e1a7e", "004_06d0ec6ae6a1f917"].map({ "seeds/\($0).txt" }) {
            let text = try SharedData.text(name)
            // Paragraphs as sentences, and the whole text (newlines inside) as one more.
            let sentences = text.split(separator: "\n").map(String.init) + [text]
            let read = tableTokens(sentences)
            #expect(read.count > 200, "\(name)")
            #expect(read == ToneAnalyzer.tokensFromText(sentences), "\(name)")
        }
    }

    @Test func toneOfTheTableEqualsToneOfTheText() {
        let analyzer = ToneAnalyzer()
        let fromTable = analyzer.tone(ofSentences: Self.awkward)
        let fromText = analyzer.tone(of: ToneAnalyzer.tokensFromText(Self.awkward))
        #expect(fromTable == fromText)
        #expect(fromTable.wordCount > 50)
    }

    /// The 23,703 sentences of VADER's own evaluation data (tweets with emoticons and emoji, reviews, news
    /// snippets), each read alone as `make eval-tone` reads them.
    @Test func tableReadingMatchesSplittingTheTextOnVadersData() throws {
        var sentences = 0
        var differing: [String] = []
        for name in ["tweets", "nytEditorialSnippets", "movieReviewSnippets", "amazonReviewSnippets"] {
            let file = try SharedData.text("data/vader-icwsm2014/\(name)_GroundTruth.txt")
            for line in file.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
                let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard parts.count >= 3 else { continue }
                let sentence = parts[2...].joined(separator: " ")
                sentences += 1
                if tableTokens([sentence]) != ToneAnalyzer.tokensFromText([sentence]) { differing.append(sentence) }
            }
        }
        #expect(sentences > 23_000)
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }
}
