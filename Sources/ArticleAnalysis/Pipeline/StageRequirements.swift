/// What a stage needs of the article itself, as opposed to what it needs from earlier stages (`requires`).
/// Today that is the language its lexicons, rules or models are written for: the pipeline checks it once
/// for every stage instead of each English-only stage checking `document.language` itself.
public struct StageRequirements: Sendable {
    /// The ISO 639-1 code the stage is written for; nil when it works on any language.
    public let language: String?
    /// The warning the record gets when the article is known to be in another language (given its code).
    let languageNote: @Sendable (_ articleLanguage: String) -> String

    /// A stage that runs on every article.
    public static let none = StageRequirements(language: nil) { _ in "" }

    /// A stage for English text. An article whose language is unknown still runs it (a short snippet often
    /// has no identified language and is usually English); one known to be in another language does not,
    /// and the record says why with `note`.
    public static func english(note: @escaping @Sendable (_ articleLanguage: String) -> String) -> StageRequirements {
        StageRequirements(language: "en", languageNote: note)
    }

    /// The warning for an article in `languageCode`, or nil when the stage may run on it.
    public func unmet(languageCode: String?) -> String? {
        guard let language, let languageCode, languageCode != language else { return nil }
        return languageNote(languageCode)
    }
}
