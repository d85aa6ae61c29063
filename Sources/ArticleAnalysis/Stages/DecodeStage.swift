/// Stage 1: bytes → text, with the encoding written down and a warning when a fallback was needed.
public struct DecodeStage: AnalysisStage {
    public let name: StageName = "decode"
    public let requires: Set<Annotation> = []
    public let provides: Set<Annotation> = [.decodedText]
    public init() {}

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        let decoded = try TextDecoding.decode(document.article.bytes)
        document.decodedText = decoded.text
        document.encoding = decoded.encoding
        if let warning = decoded.warning { document.warnings.append(warning) }
    }
}
