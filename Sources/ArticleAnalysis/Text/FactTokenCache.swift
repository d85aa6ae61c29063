/// The fact tokens of the sentences the quote, amount and date stages have split, kept with the document's
/// token table for the next of them: the three read many of the same sentences (those with numbers, those
/// in quoted paragraphs), and splitting a sentence (`TokenTable.factTokens(ofSentence:into:)`, ~5 K
/// instructions for a news sentence) costs far more than copying its tokens. Filled lazily, sentence by
/// sentence; a stage holds the document's cache alone while it fills it (`AnalysisDocument.withFactTokens`).
struct FactTokenCache: Sendable {
    private var tokens: [FactToken] = []
    /// Per sentence: where its tokens start in `tokens`, -1 until it is split; empty until the first is.
    private var starts: [Int] = []
    private var ends: [Int] = []

    init() {}

    /// `table.factTokens(ofSentence:into:)`, each sentence split once.
    mutating func factTokens(ofSentence sentence: Int, in table: TokenTable, into result: inout [FactToken]) {
        if starts.isEmpty {
            starts = Array(repeating: -1, count: table.sentences.count)
            ends = starts
            // Room for about every sentence's split (fact tokens are about as many as the table's tokens):
            // growing the array as sentences come cost more than the splits the cache saves.
            tokens.reserveCapacity(table.count + table.count / 8)
        }
        let start = starts[sentence]
        if start >= 0 {
            result.removeAll(keepingCapacity: true)
            result.append(contentsOf: tokens[start..<ends[sentence]])
            return
        }
        table.factTokens(ofSentence: sentence, into: &result)
        starts[sentence] = tokens.count
        tokens.append(contentsOf: result)
        ends[sentence] = tokens.count
    }
}

extension AnalysisDocument {
    /// Runs a fact stage's `body` on the word table (`wordTable`) and the document's fact-token cache. The
    /// cache is moved out of the document meanwhile, so the stage holds its only reference and appends
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
