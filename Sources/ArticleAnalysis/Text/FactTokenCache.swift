/// The fact tokens of the sentences the quote, amount and date stages have split, kept with the document's
/// token table for the next of them: the three read many of the same sentences (those with numbers, those
/// in quoted paragraphs), and splitting a sentence (`TokenTable.factTokens(ofSentence:into:)`, ~5 K
/// instructions for a news sentence) costs far more than handing on its tokens. Filled lazily, sentence by
/// sentence; a stage holds the document's cache alone while it fills it (`AnalysisDocument.withFactTokens`).
struct FactTokenCache: Sendable {
    /// Each sentence's tokens once split, nil before: the split's own array, shared with the scanner that
    /// asked for it rather than copied into one flat array (which needed one large block per document, and
    /// growing it cost more than the splits it saved).
    private var sentences: [[FactToken]?] = []

    init() {}

    /// `table.factTokens(ofSentence:into:)`, each sentence split once.
    mutating func factTokens(ofSentence sentence: Int, in table: TokenTable, into result: inout [FactToken]) {
        if sentences.isEmpty { sentences = Array(repeating: nil, count: table.sentences.count) }
        if let kept = sentences[sentence] {
            result = kept
            return
        }
        table.factTokens(ofSentence: sentence, into: &result)
        sentences[sentence] = result
    }
}

extension AnalysisDocument {
    /// Runs a fact stage's `body` on the word table (`wordTable`) and the document's fact-token cache. The
    /// cache is moved out of the document meanwhile, so the stage holds its only reference and adds to it
    /// without a copy, and is put back after; a table made here (the document did not come through the
    /// segment stage) gets a cache of its own.
    mutating func withFactTokens<Result>(_ body: (TokenTable, inout FactTokenCache) -> Result) -> Result {
        guard tokenTable.sentences.count == sentences.count else {
            var cache = FactTokenCache()
            return body(TokenTable(sentences: sentences), &cache)
        }
        var cache = tokenTable.factTokenCache
        tokenTable.factTokenCache = FactTokenCache()
        let result = body(tokenTable, &cache)
        tokenTable.factTokenCache = cache
        return result
    }
}
