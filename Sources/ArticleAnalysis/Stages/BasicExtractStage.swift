/// Stage 3 (first version): paragraphs and a title from plain text, or from HTML with tags, scripts and
/// styles dropped by `HTMLTextScanner`. The boilerplate-aware extractors replace it (issue 4); the
/// record's shape stays the same.
public struct BasicExtractStage: AnalysisStage {
    public let name: StageName = "extract"
    public let requires: Set<Annotation> = [.decodedText, .mediaType]
    public let provides: Set<Annotation> = [.cleanText, .paragraphs, .metadata]
    public init() {}

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        let lines: [Substring]
        switch document.mediaType {
        case .html:
            let scanned = HTMLTextScanner.scan(document.decodedText)
            lines = scanned.blocks.map { Substring($0) }
            document.metadata.title = scanned.title
        case .plainText:
            lines = document.decodedText.split(whereSeparator: \.isNewline)
        }
        let paragraphs = lines.map { collapseWhitespace($0) }.filter { !$0.isEmpty }
        document.paragraphs = paragraphs
        document.cleanText = paragraphs.joined(separator: "\n\n")
        if document.metadata.title == nil, let first = paragraphs.first, first.count <= 300 {
            document.metadata.title = first
        }
    }

    private func collapseWhitespace(_ line: Substring) -> String {
        line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
