/// The last stage: the MinHash sketch of the clean text (see `Fingerprint`), written as the record's
/// `fingerprint` section for the daemon's near-duplicate registry. It reads the clean text, after
/// boilerplate removal, so two pages that differ only in their navigation still match.
public struct FingerprintStage: AnalysisStage {
    public let name: StageName = "fingerprint"
    public let requires: Set<Annotation> = [.cleanText]
    public let provides: Set<Annotation> = [.fingerprint]
    public init() {}

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        guard let fingerprint = Fingerprint(text: document.cleanText) else {
            throw StageFailure(.empty, "the clean text has no words to fingerprint")
        }
        document.sections.fingerprint = fingerprint
    }
}
