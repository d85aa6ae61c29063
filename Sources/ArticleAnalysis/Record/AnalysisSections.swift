/// The record's analysis fields, each as the typed value its stage produced. A field whose stage did not
/// run keeps its empty value (null, or an empty list), so every line has every field. The order of the
/// properties is the order of the line (`AnalysisRecord.write(to:)`, `schema/result.schema.json`).
public struct AnalysisSections: Sendable {
    public var paragraphs: [ParagraphSpan]?
    public var sentences: [SentenceSpan]?
    public var readability: Readability?
    public var boilerplate: BoilerplateReport?
    public var pii: PersonalDataCounts?
    public var entities: [ArticleEntity] = []
    public var themes: [ThemeScore] = []
    public var tone: DocumentTone?
    public var dyads: [Dyad] = []
    public var quotes: [Quote] = []
    public var amounts: [Amount] = []
    public var dates: [DateMention] = []
    public var keyphrases: [Keyphrase] = []
    public var summary: [SummarySentence] = []
    public var fingerprint: Fingerprint?

    public init() {}

    /// Writes the fields as members of the record's object, in the schema's order.
    func writeMembers(to json: inout JSONWriter) {
        json.member("paragraphs", paragraphs)
        json.member("sentences", sentences)
        json.member("readability", readability)
        json.member("boilerplate", boilerplate)
        json.member("pii", pii)
        json.member("entities", entities)
        json.member("themes", themes)
        json.member("tone", tone)
        json.member("dyads", dyads)
        json.member("quotes", quotes)
        json.member("amounts", amounts)
        json.member("dates", dates)
        json.member("keyphrases", keyphrases)
        json.member("summary", summary)
        json.member("fingerprint", fingerprint)
    }
}
