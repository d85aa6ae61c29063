/// The last stage: the MinHash sketch of the clean text (see `Fingerprint`), written as the record's
/// `fingerprint` section for the daemon's near-duplicate registry. It reads the clean text, after
/// boilerplate removal, so two pages that differ only in their navigation still match; its words come from
/// the token table the segment stage made of that text (`TokenTable.wordRunHashes`).
public struct FingerprintStage: AnalysisStage {
    public let name: StageName = "fingerprint"
    public let requires: Set<Annotation> = [.cleanText]
    public let provides: Set<Annotation> = [.fingerprint]
    public init() {}

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        // The segment stage's table covers every word of the clean text (its sentences cover every token);
        // a document that did not come through it is tokenised here.
        let table = !document.sentences.isEmpty && document.tokenTable.sentences.count == document.sentences.count
            ? document.tokenTable : TokenTable(sentenceTexts: [document.cleanText])
        guard let fingerprint = Fingerprint(words: table.wordRunHashes()) else {
            throw StageFailure(.empty, "the clean text has no words to fingerprint")
        }
        document.sections.fingerprint = fingerprint
    }
}
