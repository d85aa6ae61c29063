/// The stages every article goes through, in order. New stages are added here.
enum StandardStages {
    static let all: [any AnalysisStage] = [
        DecodeStage(),
        MediaTypeStage(),
        BasicExtractStage(),
        SegmentStage(),
        ToneStage(),
        KeyphraseStage(),
        SummaryStage(),
    ]
}
