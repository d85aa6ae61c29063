/// Money, percentages and counts with the sentence they appear in. Language-independent enough to run
/// on any article (digits and currency signs), though the words it knows are English.
public struct AmountsStage: AnalysisStage {
    public let name: StageName = "amounts"
    public let requires: Set<Annotation> = [.sentences]
    public let provides: Set<Annotation> = [.amounts]
    public init() {}

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        document.sections.amounts = Self.amounts(in: document.sentences)
    }

    /// The amounts of the sentences in reading order.
    public static func amounts(in sentences: [Sentence]) -> [Amount] {
        var scanner = AmountScanner()
        var amounts: [Amount] = []
        for (index, sentence) in sentences.enumerated() {
            scanner.scan(sentence.text, index: index, into: &amounts)
        }
        return amounts
    }
}
