/// "Nikolaus van der Pas", "Ludwig van Beethoven", "Osama bin Laden": lower-case particles inside a person's
/// name. The rules and the tagger stop at the lower-case word and give two people ("Nikolaus van", "Pas");
/// a person followed by particles and a capitalised word is one person over all of it.
enum NameParticles {
    static let particles: Set<String> = [
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "le", "la", "ter", "ten",
        "bin", "ibn", "al", "el", "y",
    ]

    static func join(_ sentences: inout [SentenceEntities]) {
        for index in sentences.indices {
            let tokens = sentences[index].tokens
            var position = 0
            while position < sentences[index].mentions.count {
                defer { position += 1 }
                // The kind first, read in place: copying a mention out retains each of its strings.
                guard sentences[index].mentions[position].kind == .person, sentences[index].mentions[position].surfaceTokens == nil
                else { continue }
                let personTokens = sentences[index].mentions[position].tokens
                // Particles the mention already ends with ("Nikolaus van"), then the ones after it.
                var particleEnd = personTokens.upperBound
                var start = personTokens.upperBound
                while start > personTokens.lowerBound + 1, isParticle(tokens, start - 1) { start -= 1 }
                let endsWithParticle = start < personTokens.upperBound
                while particleEnd < tokens.count, isParticle(tokens, particleEnd) { particleEnd += 1 }
                guard endsWithParticle || particleEnd > personTokens.upperBound, particleEnd < tokens.count,
                    tokens[particleEnd].isWord, tokens[particleEnd].isCapitalized
                else { continue }
                var end = particleEnd + 1
                while end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized { end += 1 }
                let tail = personTokens.upperBound..<end
                let others = sentences[index].mentions.indices.filter { $0 != position && sentences[index].mentions[$0].tokens.overlaps(tail) }
                guard others.allSatisfy({ sentences[index].mentions[$0].kind == .person }) else { continue }
                var joined = sentences[index].mentions[position]
                joined.tokens = personTokens.lowerBound..<end
                joined.surface = EntityRecognizer.surface(tokens, joined.tokens)
                if joined.code.isEmpty { joined.name = joined.surface }
                sentences[index].mentions[position] = joined
                for other in others.reversed() { sentences[index].mentions.remove(at: other) }
            }
        }
    }

    private static func isParticle(_ tokens: WordTokens, _ index: Int) -> Bool {
        tokens[index].isWord && !tokens[index].isCapitalized && particles.contains(tokens.key(index))
    }
}
