/// The stages every article goes through, in order. New stages are added here.
enum StandardStages {
    static let all: [any AnalysisStage] = [
        DecodeStage(),
        MediaTypeStage(),
        ExtractStage(),
        SegmentStage(),
        LanguageStage(),
        ReadabilityStage(),
        EntityStage(),
        ThemeStage(),
        ToneStage(),
        DyadStage(),
        QuotesStage(),
        AmountsStage(),
        DatesStage(),
        KeyphraseStage(),
        SummaryStage(),
        // Keep last: the fingerprint reads the final clean text (issue 6).
        FingerprintStage(),
    ]
}
