/// One step of the analysis. A stage names what it needs from earlier stages and what it adds, so the
/// pipeline can check the order when it is built (spaCy's `requires`/`assigns`, with value types).
public protocol AnalysisStage: Sendable {
    var name: StageName { get }
    var requires: Set<Annotation> { get }
    var provides: Set<Annotation> { get }
    /// What the stage needs of the article (its language); the pipeline skips the stage when it is unmet.
    var requirements: StageRequirements { get }
    func apply(to document: inout AnalysisDocument) throws(StageFailure)
}

extension AnalysisStage {
    public var requirements: StageRequirements { .none }
}

/// A stage's name as it appears in records and error messages.
public struct StageName: RawRepresentable, Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
}

/// What a document carries after a stage has run.
public enum Annotation: String, Hashable, Sendable, CaseIterable {
    case decodedText, mediaType, cleanText, metadata, paragraphs, sentences, tokens, language, readability
    case entities, themes, tone, dyads, quotes, amounts, dates, keyphrases, summary, fingerprint
}

/// Why a stage stopped. `fatal` failures (nothing usable was decoded) turn the whole article into a
/// failure line; the others are written into the record and only the stages that needed the output are skipped.
public struct StageFailure: Error, Sendable, Equatable {
    public let reason: FailureReason
    public let message: String
    public let isFatal: Bool

    public init(_ reason: FailureReason, _ message: String, fatal: Bool = false) {
        self.reason = reason
        self.message = message
        self.isFatal = fatal
    }
}
