/// The last resort when extraction removed everything from a text that holds prose: an empty result for an
/// article is a bug, not a result (issue 13). The text's sentences that read as prose (a few words, letters,
/// a sentence end, no web address) are kept, each line's as one paragraph, repeats once.
enum ProseFallback {
    /// A sentence shorter than this is no evidence of prose.
    static let minimumSentenceWords = 5

    static func paragraphs(of text: String) -> [String] {
        var seen: Set<String> = []
        var paragraphs: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let collapsed = TextUnitReader.collapseSpaces(String(line))
            let kept = LongLineSplitter.sentences(of: collapsed).filter { sentence in
                let unit = TextUnitReader.measure(collapsed: sentence, blanksBefore: 0)
                return unit.words >= minimumSentenceWords && unit.endsSentence && unit.links == 0
                    && sentence.contains { $0.isLetter } && seen.insert(sentence).inserted
            }
            if !kept.isEmpty { paragraphs.append(kept.joined(separator: " ")) }
        }
        return paragraphs
    }
}
