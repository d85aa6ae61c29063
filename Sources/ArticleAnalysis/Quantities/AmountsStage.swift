/// Money, percentages and counts with the sentence they appear in. Language-independent enough to run
/// on any article (digits and currency signs), though the words it knows are English.
public struct AmountsStage: AnalysisStage {
    public let name: StageName = "amounts"
    public let requires: Set<Annotation> = [.sentences]
    public let provides: Set<Annotation> = [.amounts]
    public init() {}

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        let sentences = document.sentences
        let amounts = document.withFactTokens { table, cache in Self.amounts(in: sentences, table: table, cache: &cache) }
        document.sections.amounts = amounts
    }

    /// The amounts of the sentences in reading order.
    public static func amounts(in sentences: [Sentence]) -> [Amount] {
        amounts(in: sentences, table: TokenTable(sentences: sentences))
    }

    /// The amounts of the sentences, whose words `table` holds: only sentences with a digit or a number
    /// word are scanned, since every amount has one.
    static func amounts(in sentences: [Sentence], table: TokenTable) -> [Amount] {
        var cache = FactTokenCache()
        return amounts(in: sentences, table: table, cache: &cache)
    }

    /// `amounts(in:table:)` with the sentences' fact tokens read through `cache` (and kept there).
    static func amounts(in sentences: [Sentence], table: TokenTable, cache: inout FactTokenCache) -> [Amount] {
        var scanner = AmountScanner()
        var amounts: [Amount] = []
        // The lexicon read once here, not through its global's once-check for every distinct word.
        let numberWords = QuantityLexicon.numberWords
        let candidates = table.sentencesWithNumbers(letters: QuantityLexicon.numberWordLetters) { numberWords[$0] != nil }
        for index in sentences.indices where candidates[index] {
            scanner.scan(table, sentence: index, cache: &cache, into: &amounts)
        }
        return amounts
    }
}
