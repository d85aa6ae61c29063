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

    static func split(_ paragraph: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(paragraph)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            current.append(character)
            if ".!?".contains(character), index + 2 < characters.count, characters[index + 1] == " ",
                characters[index + 2].isUppercase || characters[index + 2].isNumber || "\"“‘'".contains(characters[index + 2]),
                !(character == "." && endsWithAbbreviation(current))
            {
                sentences.append(current)
                current = ""
                index += 2
                continue
            }
            index += 1
        }
        if current.contains(where: { !$0.isWhitespace }) { sentences.append(current) }
        return sentences
    }

    private static func endsWithAbbreviation(_ text: String) -> Bool {
        let lastWord = text.dropLast().split(separator: " ").last.map { $0.lowercased() } ?? ""
        let bare = lastWord.trimmingPrefix { !$0.isLetter }
        return bare.count == 1 || abbreviations.contains(String(bare))
    }
}
