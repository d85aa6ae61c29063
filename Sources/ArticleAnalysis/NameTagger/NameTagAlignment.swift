/// Corpus sentences come as tokens with one tag each; the tagger sees `WordTokenizer`'s tokens of the text.
/// The words are joined with spaces and tokenized as running text would be, and each of our tokens takes
/// the tag of the corpus word it starts in: the word's own tag at its first token, the inside tag of the
/// same kind on any further token ("U.S.-based" may split), so training sees exactly the tokens tagging does.
public enum NameTagAlignment {
    public static func align(words: [String], tags: [NameTag]) -> (tokens: WordTokens, tags: [NameTag]) {
        var text = ""
        var starts: [Int] = []
        for word in words {
            if !text.isEmpty { text += " " }
            starts.append(text.utf8.count)
            text += word
        }
        let tokens = WordTokenizer.tokens(of: text)
        var aligned: [NameTag] = []
        aligned.reserveCapacity(tokens.count)
        var word = 0
        for token in tokens {
            let start = token.textRange.lowerBound
            while word + 1 < starts.count, starts[word + 1] <= start { word += 1 }
            guard word < tags.count else {
                aligned.append(.outside)
                continue
            }
            aligned.append(start == starts[word] ? tags[word] : tags[word].inside)
        }
        // A word whose first token was dropped cannot leave an inside tag after `outside`.
        for index in aligned.indices where aligned[index].isInside {
            if index == 0 || aligned[index - 1].kind != aligned[index].kind { aligned[index] = aligned[index].begin }
        }
        return (tokens, aligned)
    }
}

extension EntityRecognizer {
    /// The dictionary matches of one sentence's tokens, as the tagger's features read them.
    public func dictionarySpans(_ tokens: WordTokens) -> [(tokens: Range<Int>, kind: EntityKind)] {
        lexiconMentions(tokens, sentence: 0).map { ($0.tokens, $0.kind) }
    }
}
