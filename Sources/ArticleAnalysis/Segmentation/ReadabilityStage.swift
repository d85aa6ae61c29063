/// Stage 6: the record's `readability`: counts, Flesch reading ease (English only: its constants were fitted
/// to English) and reading time.
public struct ReadabilityStage: AnalysisStage {
    public let name: StageName = "readability"
    public let requires: Set<Annotation> = [.sentences, .tokens, .language]
    public let provides: Set<Annotation> = [.readability]
    public init() {}

    /// Silent reading speed for non-fiction, words per minute (Brysbaert 2019, a meta-analysis of 190 studies).
    static let wordsPerMinute = 238.0

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        // The segment stage counted the words as it made the tokens; a document built without it is counted here.
        let wordCount = document.wordCount ?? Self.wordCount(document.tokens)
        let sentences = document.sentences.count
        let paragraphs = document.paragraphs.count
        var readability = Readability(
            words: wordCount, sentences: sentences, paragraphs: paragraphs,
            readingTimeMinutes: (Double(wordCount) / Self.wordsPerMinute * 10).rounded() / 10)
        if document.language?.code == "en", wordCount > 0, sentences > 0 {
            let syllables = Self.syllables(document.tokens, in: document.cleanText)
            let ease = 206.835 - 1.015 * Double(wordCount) / Double(sentences) - 84.6 * Double(syllables) / Double(wordCount)
            readability.syllables = syllables
            readability.fleschReadingEase = (ease * 10).rounded() / 10
        }
        document.sections.readability = readability
    }

    /// Word and number tokens.
    static func wordCount(_ tokens: [Token]) -> Int {
        var count = 0
        for index in tokens.indices where tokens[index].kind == .word || tokens[index].kind == .number { count += 1 }
        return count
    }

    /// Syllables of the word and number tokens: what the segmenter's tokenizer counted in its own pass (plain
    /// words), else counted over the clean text's bytes at the token's offsets (the token's text is that
    /// slice): no Substring is walked per word.
    static func syllables(_ tokens: [Token], in cleanText: String) -> Int {
        let bytes = cleanText.utf8.span
        let stepTable = SyllableCounter.steps
        let steps = stepTable.span
        let classTable = SyllableCounter.letterClasses
        let classes = classTable.span
        var total = 0
        for index in tokens.indices where tokens[index].kind == .word || tokens[index].kind == .number {
            let counted = tokens[index].syllables
            if counted >= 0 {
                total += Int(counted)
                continue
            }
            let range = tokens[index].range
            // Tokens come from the segment stage over this text; one that does not fit it has no syllables here.
            guard range.lowerBound >= 0, range.upperBound <= bytes.count else { continue }
            total += SyllableCounter.count(bytes.extracting(range), steps: steps, classes: classes)
        }
        return total
    }
}
