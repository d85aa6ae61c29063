/// Stage: who does what to whom. Codes each sentence's events (`EventCoder`) from the entities stage's
/// mentions and writes the per-article dyads to the record's `dyads`.
public struct DyadStage: AnalysisStage {
    public let name: StageName = "dyads"
    public let requires: Set<Annotation> = [.entities]
    public let provides: Set<Annotation> = [.dyads]
    /// Nil for the bundled CAMEO dictionary, parsed on the first article rather than when the pipeline is built.
    let coder: EventCoder?

    public init(coder: EventCoder? = nil) { self.coder = coder }

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        let coder = self.coder ?? EventCoder()
        var events: [CodedEvent] = []
        var names = ActorNames()
        var skipped = 0
        // The entities stage read the segment stage's token table when it covers the sentences
        // (`wordTable`): then each sentence's tokens are that table's, and its lexeme ids apply.
        let table = document.tokenTable
        let sameTokens = table.sentences.count == document.sentences.count && table.sentences.count == document.sentenceEntities.count
        var buffers = EventCoder.Buffers(lexemeCount: sameTokens ? table.vocabulary.count : 0)
        for (index, sentence) in document.sentenceEntities.enumerated() {
            // The coder's actor grouping is quadratic in sentence length; no news sentence is this long,
            // but a hostile one-line file is (a 1 MB "sentence" took 49 s).
            if sentence.tokens.count > Self.maximumSentenceTokens {
                skipped += 1
                continue
            }
            let lexemes = sameTokens ? table.lexemes(ofSentence: index) : nil
            let coded = coder.events(
                in: sentence, index: index, lexemes: lexemes?.count == sentence.tokens.count ? lexemes : nil, buffers: &buffers)
            guard !coded.isEmpty else { continue }
            events += coded
            for mention in sentence.mentions.indices {
                guard let code = sentence.mentions[mention].actorCode, names[code] == nil else { continue }
                let kind = sentence.mentions[mention].kind
                names.add(
                    code,
                    kind == .country || kind == .organization && sentence.mentions[mention].country.isEmpty
                        ? sentence.mentions[mention].name : EntityLexicon.standard.countryNames[code])
            }
        }
        document.sections.dyads = Dyad.aggregate(events) { names[$0] }
        if skipped > 0 {
            document.warnings.append("dyads: \(skipped) sentence(s) over \(Self.maximumSentenceTokens) words not coded")
        }
    }

    /// Longer sentences are not event-coded. News sentences run to 20–40 words; 300 leaves room for
    /// run-on lists while bounding the coder's work per sentence.
    static let maximumSentenceTokens = 300
}
