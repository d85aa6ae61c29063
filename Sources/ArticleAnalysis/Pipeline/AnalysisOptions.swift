/// The `analysis` object of the configuration: options the stages read. Every option has a default,
/// so `AnalysisOptions()` is the configuration a user gets when they say nothing.
public struct AnalysisOptions: Sendable, Equatable {
    /// Whether the clean text goes into the record (`includeText` in the configuration).
    public var includeText: Bool
    /// Stages to leave out by name; the pipeline checks that nothing left in needs them.
    public var disabledStages: Set<String>
    /// Estimated Jaccard similarity at or above which an article links to an earlier one.
    public var nearDuplicateThreshold: Double
    /// How much history the near-duplicate registry remembers (count and/or days), oldest out first.
    public var nearDuplicateWindow: DuplicateWindow

    /// Whether emails, phone numbers and street addresses found in the article body are masked in `text`
    /// (`redactPII` in the configuration). They are counted in the record's `pii` either way.
    public var redactPII: Bool

    public init(
        includeText: Bool = true, disabledStages: Set<String> = [], nearDuplicateThreshold: Double = 0.8,
        nearDuplicateWindow: DuplicateWindow = DuplicateWindow(), redactPII: Bool = false
    ) {
        self.includeText = includeText
        self.disabledStages = disabledStages
        self.nearDuplicateThreshold = nearDuplicateThreshold
        self.redactPII = redactPII
        self.nearDuplicateWindow = nearDuplicateWindow
    }
}
