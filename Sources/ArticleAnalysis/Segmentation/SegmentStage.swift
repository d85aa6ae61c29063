/// Stage 4: sentences and tokens of the clean text, with UTF-8 offsets into it, and the word count.
/// The record gets `paragraphs` (role and offsets of each) and `sentences` (paragraph and offsets of each).
public struct SegmentStage: AnalysisStage {
    public let name: StageName = "segment"
    public let requires: Set<Annotation> = [.cleanText, .paragraphs]
    public let provides: Set<Annotation> = [.sentences, .tokens]
    public init() {}

    public func apply(to document: inout AnalysisDocument) throws(StageFailure) {
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        var paragraphRanges: [Range<Int>] = []
        var wordTokens: [WordTokens] = []
        var wordCount = 0
        let text = document.cleanText
        // Room for the usual counts (seeds/*.txt: a token per 5.5-6.3 bytes, a sentence per 140-190), so
        // neither array grows on news text.
        tokens.reserveCapacity(text.utf8.count / 5)
        sentences.reserveCapacity(text.utf8.count / 120)
        wordTokens.reserveCapacity(text.utf8.count / 120)
        // One array each for every paragraph's tokens and sentence ranges, emptied per paragraph.
        var raw: [Tokenizer.RawToken] = []
        var sentenceRanges: [Range<Int>] = []
        var base = 0
        var cursor = text.startIndex
        for (index, paragraph) in document.paragraphs.enumerated() {
            let length = paragraph.utf8.count
            let end = text.utf8.index(cursor, offsetBy: length)
            let slice = text[cursor..<end]
            paragraphRanges.append(base..<(base + length))
            Tokenizer.tokens(of: slice, into: &raw)
            SentenceSplitter.sentences(in: slice, tokens: raw, into: &sentenceRanges)
            // The token table's tokens, from the same tokens: the paragraph's bytes are scanned once.
            WordTokenizer.appendTokens(ofSentences: sentenceRanges, in: slice, raw: raw, to: &wordTokens)
            for sentence in sentenceRanges {
                let first = raw[sentence.lowerBound].range.lowerBound, last = raw[sentence.upperBound - 1].range.upperBound
                let sentenceIndex = sentences.count
                sentences.append(Sentence(
                    text: String(SentenceSplitter.slice(slice, first..<last)), paragraph: index,
                    range: (base + first)..<(base + last)))
                for token in raw[sentence] {
                    if token.kind == .word || token.kind == .number { wordCount += 1 }
                    tokens.append(Token(
                        kind: token.kind, range: (base + token.range.lowerBound)..<(base + token.range.upperBound),
                        sentence: sentenceIndex, syllables: token.syllables))
                }
            }
            base += length + 2
            cursor = index + 1 < document.paragraphs.count ? text.utf8.index(end, offsetBy: 2) : end
        }
        document.sentences = sentences
        document.tokens = tokens
        document.tokenTable = TokenTable(
            tokens: wordTokens, starts: sentences.map(\.range.lowerBound), paragraphs: sentences.map(\.paragraph))
        document.wordCount = wordCount
        document.sections.paragraphs = zip(paragraphRanges, document.paragraphRoles).map { range, role in
            ParagraphSpan(role: role, range: range)
        }
        document.sections.sentences = sentences.map { SentenceSpan(paragraph: $0.paragraph, range: $0.range) }
    }
}
