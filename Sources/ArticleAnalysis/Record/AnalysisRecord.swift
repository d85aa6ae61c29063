public import Foundation

/// One line of the results log, not yet written. The field order is the schema's
/// (`schema/result.schema.json`); fields whose stage has not run are null or empty, never missing.
public struct AnalysisRecord: Sendable, JSONRepresentable {
    public static let schema = "articlewatch.result/1"

    /// Record fields filled by analysis stages, in the order they are written. A stage that lands later
    /// adds its key here and its value to `AnalysisDocument.sections`.
    public static let sectionOrder: [(key: String, empty: JSONValue)] = [
        ("paragraphs", .null), ("sentences", .null), ("readability", .null), ("boilerplate", .null), ("pii", .null),
        ("entities", .array([])), ("themes", .array([])), ("tone", .null), ("dyads", .array([])),
        ("quotes", .array([])), ("amounts", .array([])), ("dates", .array([])), ("keyphrases", .array([])),
        ("summary", .array([])), ("fingerprint", .null),
    ]

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
    public var sections: [String: JSONValue]
    public var duplicateOf: DuplicateLink?
    public var warnings: [String]

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

    public var json: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("schema", .string(Self.schema)),
            ("id", .string(id)),
            ("file", .string(file)),
            ("delivery", delivery.json),
            ("bytes", .int(bytes)),
            ("receivedAt", .string(RFC3339.format(receivedAt))),
            ("analyzedAt", analyzedAt.map { .string(RFC3339.format($0)) } ?? .null),
            ("durationMs", durationMs.map { .double(($0 * 1000).rounded() / 1000) } ?? .null),
            ("analyzer", .string(AnalysisPipeline.analyzerVersion)),
            ("mediaType", .string(mediaType.rawValue)),
            ("encoding", encoding.json),
            ("title", metadata.title.json),
            ("byline", metadata.byline.json),
            ("published", metadata.published.json),
            ("modified", metadata.modified.json),
            ("site", metadata.site.json),
            ("url", metadata.url.json),
            ("language", language.json),
            ("text", text.json),
            ("wordCount", wordCount.json),
        ]
        for (key, empty) in Self.sectionOrder { fields.append((key, sections[key] ?? empty)) }
        let known = Set(Self.sectionOrder.map(\.key))
        for key in sections.keys.sorted() where !known.contains(key) { fields.append((key, sections[key]!)) }
        fields.append(("duplicateOf", duplicateOf.json))
        fields.append(("warnings", warnings.json))
        return .object(fields)
    }
}
