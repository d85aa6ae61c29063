/// Stage 5: the article's language, from its title and clean text.
///
/// Contract for later stages: English-only stages (lexicons, gazetteers, English models) declare
/// `requirements = .english(note:)`, and the pipeline skips them with that warning when the article is known
/// to be in another language. Extraction, segmentation and the fingerprint work for every language.
public struct LanguageStage: AnalysisStage {
    public let name: StageName = "language"
    public let requires: Set<Annotation> = [.cleanText, .metadata]
    public let provides: Set<Annotation> = [.language]
    public init() {}

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        var text = document.metadata.title.map { $0 + "\n\n" } ?? ""
        text.append(contentsOf: Self.opening(of: document.cleanText))
        document.language = LanguageIdentifier.identify(text)
        if document.language == nil, !document.cleanText.isEmpty {
            document.warnings.append("language: not identified (text too short or mixed)")
        }
    }

    /// The start of `text` that `LanguageIdentifier.identify` can read (`bytesRead`, then up to the end of a
    /// Unicode scalar), or all of it: the title goes in front, and copying the whole clean text for that
    /// cost an allocation and a copy of every byte.
    static func opening(of text: String) -> Substring {
        let bytes = text.utf8.span
        guard bytes.count > LanguageIdentifier.bytesRead else { return text[...] }
        var end = LanguageIdentifier.bytesRead
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return SentenceSplitter.slice(text[...], 0..<end)
    }
}
