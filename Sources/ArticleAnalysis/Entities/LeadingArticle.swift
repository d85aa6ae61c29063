/// "the European Union", "The Kremlin": the article is no part of the name. Dictionary rows carry it so that
/// "the Kremlin" matches as a whole; the mention keeps only the name's words (what an analyst highlights and
/// what news NER gold marks), and a canonical name loses its "The " ("The European Union" → "European Union").
/// A name whose article is its own, written capitalised inside a sentence ("talks in The Hague"), keeps it.
enum LeadingArticle {
    static func strip(_ sentences: inout [SentenceEntities]) {
        for index in sentences.indices {
            let tokens = sentences[index].tokens
            // Fields are read and written in place: a mention copied out and back costs a retain and a release
            // of each of its strings, and most mentions have no article.
            for position in sentences[index].mentions.indices {
                // The bytes first (most names do not start so): `hasPrefix` compares Characters.
                if startsWithThe(sentences[index].mentions[position].name), sentences[index].mentions[position].name.hasPrefix("The "),
                    sentences[index].mentions[position].name.count > 4
                {
                    sentences[index].mentions[position].name.removeFirst(4)
                }
                let surfaceTokens = sentences[index].mentions[position].surfaceTokens
                let mentionTokens = sentences[index].mentions[position].tokens
                let span = surfaceTokens ?? mentionTokens
                guard span.count > 1, tokens.key(span.lowerBound, is: "the"),
                    span.lowerBound == 0 || !tokens[span.lowerBound].isCapitalized,
                    tokens[span.lowerBound + 1].isWord
                else { continue }
                let rest = (span.lowerBound + 1)..<span.upperBound
                if surfaceTokens != nil { sentences[index].mentions[position].surfaceTokens = rest }
                if mentionTokens.lowerBound == span.lowerBound, mentionTokens.count > 1 {
                    sentences[index].mentions[position].tokens = (mentionTokens.lowerBound + 1)..<mentionTokens.upperBound
                }
                sentences[index].mentions[position].surface = EntityRecognizer.surface(tokens, rest)
            }
        }
    }

    /// Whether the name's first four bytes are "The " (no Character-wise prefix can hold where they are not).
    @inline(__always)
    private static func startsWithThe(_ name: String) -> Bool {
        let bytes = name.utf8.span
        return bytes.count > 4 && bytes[0] == 0x54 && bytes[1] == 0x68 && bytes[2] == 0x65 && bytes[3] == 0x20
    }
}
