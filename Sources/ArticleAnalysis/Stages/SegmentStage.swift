/// Stage 4 (first version): sentences and the word count of the clean text. A sentence ends at `.`, `!`
/// or `?` followed by a space and a capital letter or digit, unless the word before is a short
/// abbreviation ("Dr.", "U.S.", an initial). The segmentation work of issue 4 replaces this splitter.
public struct SegmentStage: AnalysisStage {
    public let name: StageName = "segment"
    public let requires: Set<Annotation> = [.cleanText, .paragraphs]
    public let provides: Set<Annotation> = [.sentences, .tokens]
    public init() {}

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        document.sentences = document.paragraphs.enumerated().flatMap { index, paragraph in
            SentenceSplitter.split(paragraph).map { Sentence(text: $0, paragraph: index) }
        }
        document.wordCount = document.cleanText.split { $0.isWhitespace }.count { word in
            word.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        }
    }
}

enum SentenceSplitter {
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
        "u.s", "u.k", "u.n", "e.g", "i.e", "vs", "no", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "aug",
        "sep", "sept", "oct", "nov", "dec", "res", "approx", "etc",
    ]

    /// Walks the paragraph's own indices (no `Array(paragraph)`: 16 bytes per character) and, at each
    /// candidate end, looks only at the last word: the splitter stays linear in the paragraph's length
    /// (a run of "Dr. Dr. Dr. …" used to rescan the whole sentence at every period; `make bounds` found it).
    static func split(_ paragraph: String) -> [String] {
        var sentences: [String] = []
        var start = paragraph.startIndex
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let character = paragraph[index]
            let next = paragraph.index(after: index)
            if ".!?".contains(character), next < paragraph.endIndex, paragraph[next] == " " {
                let after = paragraph.index(after: next)
                if after < paragraph.endIndex, startsSentence(paragraph[after]),
                    !(character == "." && endsWithAbbreviation(paragraph[start..<next]))
                {
                    sentences.append(String(paragraph[start..<next]))
                    start = after
                    index = after
                    continue
                }
            }
            index = next
        }
        let rest = paragraph[start...]
        if rest.contains(where: { !$0.isWhitespace }) { sentences.append(String(rest)) }
        return sentences
    }

    private static func startsSentence(_ character: Character) -> Bool {
        character.isUppercase || character.isNumber || "\"“‘'".contains(character)
    }

    /// Whether the sentence so far (ending in its period) ends with an abbreviation or an initial.
    /// Only the last word is read: from the last space before the period (trailing spaces skipped).
    private static func endsWithAbbreviation(_ text: Substring) -> Bool {
        guard !text.isEmpty else { return false }
        let body = text[..<text.index(before: text.endIndex)]  // not dropLast(): on a Substring it counts the whole text
        let end = body.lastIndex { $0 != " " }.map { body.index(after: $0) } ?? body.startIndex
        let trimmed = body[..<end]
        let lastWord = (trimmed.lastIndex(of: " ").map { trimmed[trimmed.index(after: $0)...] } ?? trimmed).lowercased()
        let bare = lastWord.trimmingPrefix { !$0.isLetter }
        return bare.count == 1 || abbreviations.contains(String(bare))
    }
}
