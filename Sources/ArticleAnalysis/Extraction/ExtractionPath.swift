/// Which way through extraction produced the clean text: the record's `boilerplate.path`, so that a reader can
/// tell a normal result from a fallback. An extractor with a fallback of its own sets `BoilerplateReport.path`
/// (e.g. "html-fallback-…"); otherwise the extract stage names the main path of the media type.
public struct ExtractionPath: RawRepresentable, Sendable, Equatable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The plain-text classifier (`PlainTextExtractor`).
    public static let plainText = ExtractionPath(rawValue: "plain-text")
    /// The classifier kept nothing of a text with prose; its prose sentences were kept instead (`ProseFallback`).
    public static let plainTextProseFallback = ExtractionPath(rawValue: "plain-text-prose-fallback")
    /// A text of a few words kept whole (`ExtractStage.snippet`).
    public static let plainTextSnippet = ExtractionPath(rawValue: "plain-text-snippet")
    /// The HTML extractor's main content selection.
    public static let htmlMain = ExtractionPath(rawValue: "html-main")
}
