/// "the European Union", "The Kremlin": the article is no part of the name. Dictionary rows carry it so that
/// "the Kremlin" matches as a whole; the mention keeps only the name's words (what an analyst highlights and
/// what news NER gold marks), and a canonical name loses its "The " ("The European Union" → "European Union").
/// A name whose article is its own, written capitalised inside a sentence ("talks in The Hague"), keeps it.
enum LeadingArticle {
    static func strip(_ sentences: inout [SentenceEntities]) {
        for index in sentences.indices {
            let tokens = sentences[index].tokens
            for position in sentences[index].mentions.indices {
                var mention = sentences[index].mentions[position]
                if mention.name.hasPrefix("The "), mention.name.count > 4 { mention.name.removeFirst(4) }
                let span = mention.surfaceTokens ?? mention.tokens
                guard span.count > 1, tokens.key(span.lowerBound, is: "the"),
                    span.lowerBound == 0 || !tokens[span.lowerBound].isCapitalized,
                    tokens[span.lowerBound + 1].isWord
                else {
                    sentences[index].mentions[position] = mention
                    continue
                }
                let rest = (span.lowerBound + 1)..<span.upperBound
                if mention.surfaceTokens != nil { mention.surfaceTokens = rest }
                if mention.tokens.lowerBound == span.lowerBound, mention.tokens.count > 1 {
                    mention.tokens = (mention.tokens.lowerBound + 1)..<mention.tokens.upperBound
                }
                mention.surface = EntityRecognizer.surface(tokens, rest)
                sentences[index].mentions[position] = mention
            }
        }
    }
}
