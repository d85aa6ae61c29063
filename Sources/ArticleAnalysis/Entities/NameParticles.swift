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
                let person = sentences[index].mentions[position]
                guard person.kind == .person, person.surfaceTokens == nil else { continue }
                // Particles the mention already ends with ("Nikolaus van"), then the ones after it.
                var particleEnd = person.tokens.upperBound
                var start = person.tokens.upperBound
                while start > person.tokens.lowerBound + 1, isParticle(tokens, start - 1) { start -= 1 }
                let endsWithParticle = start < person.tokens.upperBound
                while particleEnd < tokens.count, isParticle(tokens, particleEnd) { particleEnd += 1 }
                guard endsWithParticle || particleEnd > person.tokens.upperBound, particleEnd < tokens.count,
                    tokens[particleEnd].isWord, tokens[particleEnd].isCapitalized
                else { continue }
                var end = particleEnd + 1
                while end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized { end += 1 }
                let tail = person.tokens.upperBound..<end
                let others = sentences[index].mentions.indices.filter { $0 != position && sentences[index].mentions[$0].tokens.overlaps(tail) }
                guard others.allSatisfy({ sentences[index].mentions[$0].kind == .person }) else { continue }
                var joined = person
                joined.tokens = person.tokens.lowerBound..<end
                joined.surface = EntityRecognizer.surface(tokens, joined.tokens)
                if person.code.isEmpty { joined.name = joined.surface }
                sentences[index].mentions[position] = joined
                for other in others.reversed() { sentences[index].mentions.remove(at: other) }
            }
        }
    }

    private static func isParticle(_ tokens: WordTokens, _ index: Int) -> Bool {
        tokens[index].isWord && !tokens[index].isCapitalized && particles.contains(tokens.key(index))
    }
}
