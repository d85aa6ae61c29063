/// Stage: the people, organisations, countries and places the article names (GDELT GKG's entity fields),
/// written to the record's `entities` (each with its mentions' offsets in `text`) and kept per sentence in
/// `document.sentenceEntities` for the dyads stage.
public struct EntityStage: AnalysisStage {
    public let name: StageName = "entities"
    public let requires: Set<Annotation> = [.sentences]
    public let provides: Set<Annotation> = [.entities]
    public let requirements = StageRequirements.english { language in
        "entities: skipped for language '\(language)', the lexicons are English"
    }
    /// Nil for the bundled lexicon, which is then parsed on the first article rather than when the pipeline
    /// is built (a daemon starting up should not wait ~0.3 s for tables it may not need yet).
    let recognizer: EntityRecognizer?

    public init(recognizer: EntityRecognizer? = nil) { self.recognizer = recognizer }

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        let recognizer = recognizer ?? EntityRecognizer()
        var sentences = recognizer.recognize(document.wordTable)
        LeadingArticle.strip(&sentences)
        NameParticles.join(&sentences)
        OrganizationPairs.split(&sentences)
        // Legal forms, acronyms defined in brackets, and one type per organisation name (Entities/OrganizationCues.swift).
        OrganizationCues.apply(&sentences)
        // Places with coordinates (issue 14): towns, divisions and capitals resolved against GeoNames; before
        // the offsets, so that mentions the resolver retypes or splits get theirs too.
        let places = PlaceResolver(countryNames: recognizer.lexicon.countryNames)
        places.resolve(&sentences)
        // Sides and scorers in rows of results tables (Entities/ResultsTableNames.swift): a town a score follows is a club.
        ResultsTableNames.apply(&sentences)
        MentionOffsets.assign(&sentences, text: document.cleanText, sentences: document.sentences)
        document.sentenceEntities = sentences
        var entities = ArticleEntity.aggregate(sentences, countries: places.countryEntity)
        if let title = document.metadata.title, !title.isEmpty {
            TitleEntities.add(title: title, recognizer: recognizer, to: &entities)
        }
        document.sections.entities = entities
    }
}
