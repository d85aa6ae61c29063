public import Foundation

/// One line of the results log, not yet written. The field order is the schema's
/// (`schema/result.schema.json`); fields whose stage has not run are null or empty, never missing.
/// `write(to:)` is the one encoder of that line.
public struct AnalysisRecord: Sendable, JSONWritable {
    public static let schema = "articlewatch.result/1"

    public var id: String
    public var file: String
    public var delivery: String?
    public var bytes: Int
    public var receivedAt: Date
    public var analyzedAt: Date?
    public var durationMs: Double?
    public var mediaType: MediaType
    public var encoding: String?
    public var metadata: ArticleMetadata
    public var language: LanguageGuess?
    public var text: String?
    public var wordCount: Int?
    public var sections: AnalysisSections
    public var duplicateOf: DuplicateLink?
    public var warnings: [String]
    /// A record read back from a line (`init(line:)`) keeps its fields from `mediaType` to `fingerprint`
    /// as the bytes that line had, and writes them back unchanged; `sections` then holds only the fingerprint.
    var analysisMembers: [UInt8]?

    public init(document: AnalysisDocument) {
        id = document.article.id
        file = document.article.name
        bytes = document.article.bytes.count
        receivedAt = document.article.receivedAt
        mediaType = document.mediaType
        encoding = document.encoding
        metadata = document.metadata
        language = document.language
        text = document.options.includeText ? document.cleanText : nil
        wordCount = document.wordCount
        sections = document.sections
        warnings = document.warnings
    }

    /// The line, without its newline.
    public func line(pretty: Bool = false) -> [UInt8] {
        written(pretty: pretty, capacity: 4 * (text?.utf8.count ?? 0) + 4096)
    }

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("schema", Self.schema)
        json.member("id", id)
        json.member("file", file)
        json.member("delivery", delivery)
        json.member("bytes", bytes)
        json.member("receivedAt", RFC3339.format(receivedAt))
        json.member("analyzedAt", analyzedAt.map(RFC3339.format))
        json.member("durationMs", durationMs.map { ($0 * 1000).rounded() / 1000 })
        json.member("analyzer", AnalysisPipeline.analyzerVersion)
        if let analysisMembers {
            json.rawMembers(analysisMembers)
        } else {
            json.member("mediaType", mediaType.rawValue)
            json.member("encoding", encoding)
            json.member("title", metadata.title)
            json.member("byline", metadata.byline)
            json.member("published", metadata.published)
            json.member("modified", metadata.modified)
            json.member("site", metadata.site)
            json.member("url", metadata.url)
            json.member("language", language)
            json.member("text", text)
            json.member("wordCount", wordCount)
            sections.writeMembers(to: &json)
        }
        json.member("duplicateOf", duplicateOf)
        json.member("warnings", warnings)
        json.endObject()
    }
}
