import ArticleAnalysis
import Testing

/// The event coder reading the article's token table by lexeme codes what it codes reading each token.
@Suite struct EventCoderLexemeTests {
    private static let seeds = ["000", "001", "002", "003", "004"]

    @Test func eventsByLexemeMatchEventsByToken() throws {
        let coder = EventCoder()
        var coded = 0
        for seed in Self.seeds {
            let table = try QuotesSeedArticles.seed(seed).tokenTable
            let sentences = EntityRecognizer().recognize(table)
            var buffers = EventCoder.Buffers(lexemeCount: table.vocabulary.count)
            for (index, sentence) in sentences.enumerated() {
                let byLexeme = coder.events(in: sentence, index: index, lexemes: table.lexemes(ofSentence: index), buffers: &buffers)
                #expect(byLexeme == coder.events(in: sentence, index: index))
                coded += byLexeme.count
            }
        }
        #expect(coded > 0)
    }
}
