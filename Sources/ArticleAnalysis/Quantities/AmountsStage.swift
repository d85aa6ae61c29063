/// Money, percentages and counts with the sentence they appear in. Language-independent enough to run
/// on any article (digits and currency signs), though the words it knows are English.
public struct AmountsStage: AnalysisStage {
    public let name: StageName = "amounts"
    public let requires: Set<Annotation> = [.sentences]
    public let provides: Set<Annotation> = [.amounts]
    public init() {}

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        document.sections.amounts = Self.amounts(in: document.sentences, table: document.wordTable)
    }

    /// The amounts of the sentences in reading order.
    public static func amounts(in sentences: [Sentence]) -> [Amount] {
        amounts(in: sentences, table: TokenTable(sentences: sentences))
    }

    /// The amounts of the sentences, whose words `table` holds: only sentences with a digit or a number
    /// word are scanned, since every amount has one.
    static func amounts(in sentences: [Sentence], table: TokenTable) -> [Amount] {
        var scanner = AmountScanner()
        var amounts: [Amount] = []
        let candidates = table.sentencesWithNumbers(letters: QuantityLexicon.numberWordLetters) { QuantityLexicon.numberWords[$0] != nil }
        for index in sentences.indices where candidates[index] {
            scanner.scan(table, sentence: index, into: &amounts)
        }
        return amounts
    }
}
