public import Foundation

extension AnalysisRecord {
    /// Why a line could not be read back as a result record.
    public struct LineError: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// A result line read back (recovery's isolated child wrote it): the identity, delivery, timing, media type
    /// and warnings as values, the fingerprint as a `Fingerprint` for the duplicate check, and the analysis fields from
    /// `mediaType` to `fingerprint` as the line's own bytes, written back as they are. The caller then sets
    /// what belongs to its own delivery (`delivery`, `analyzedAt`, `duplicateOf`) and writes the line with the
    /// same encoder as any other record.
    public init(line: some Collection<UInt8>) throws(LineError) {
        let bytes = Array(line)
        var id: String?, file: String?, size: Int?, receivedAt: Date?, durationMs: Double?, delivery: String?, analyzedAt: Date?
        var warnings: [String]?, fingerprint: Fingerprint?, schema: String?, mediaType: MediaType?
        var analysis: Range<Int>?
        let line = bytes.span
        var reader = JSONReader()
        let wellFormed = reader.members(in: line) { reader, key in
            let keyStart = reader.memberStart
            switch key {
            case "schema": schema = reader.stringValue(in: line)
            case "id": id = reader.stringValue(in: line)
            case "file": file = reader.stringValue(in: line)
            case "bytes": size = reader.integerValue(in: line)
            case "receivedAt": receivedAt = reader.stringValue(in: line).flatMap(RFC3339Parser.date)
            case "delivery": delivery = reader.stringValue(in: line)
            case "analyzedAt": analyzedAt = reader.stringValue(in: line).flatMap(RFC3339Parser.date)
            case "durationMs":
                guard case let value? = try? reader.value(in: line) else { return false }
                switch value {
                case let .int(whole): durationMs = Double(whole)
                case let .double(number): durationMs = number
                default: durationMs = nil
                }
            case "mediaType":
                analysis = keyStart..<keyStart
                mediaType = reader.stringValue(in: line).flatMap(MediaType.init(rawValue:))
            case "fingerprint":
                guard let value = try? reader.value(in: line) else { return false }
                fingerprint = Fingerprint(json: value)
                analysis = (analysis?.lowerBound ?? keyStart)..<reader.index
            case "warnings":
                guard case let .array(items)? = try? reader.value(in: line) else { return false }
                warnings = items.compactMap { if case let .string(text) = $0 { text } else { nil } }
            default: return reader.skipValue(in: line)
            }
            return true
        }
        guard wellFormed else { throw LineError(description: "not a JSON object") }
        guard schema == Self.schema else { throw LineError(description: "not a result line (schema \(schema ?? "missing"))") }
        guard let id, let file, let size, let receivedAt, let warnings, let analysis, !analysis.isEmpty else {
            throw LineError(description: "a result line without its id, file, bytes, receivedAt, analysis fields or warnings")
        }
        self.id = id
        self.file = file
        self.bytes = size
        self.receivedAt = receivedAt
        self.durationMs = durationMs
        self.delivery = delivery
        self.analyzedAt = analyzedAt
        self.mediaType = mediaType ?? .plainText
        metadata = ArticleMetadata()
        sections = AnalysisSections()
        sections.fingerprint = fingerprint
        self.warnings = warnings
        analysisMembers = Array(bytes[analysis])
    }
}
