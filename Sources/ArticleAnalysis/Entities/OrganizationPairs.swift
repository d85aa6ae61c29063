/// "Volkswagen AG and Deutsche Bank", "Netscape Communications Corp and Sun Microsystems Inc": two
/// organisations the rules read as one capitalised run over "and". When the words before "and" end as a
/// company or a body ends (AG, Corp, Bank, Party …) and a capitalised name follows, they are two mentions.
enum OrganizationPairs {
    static let closingWords: Set<String> = [
        "ag", "co", "co.", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "sa", "nv", "gmbh", "bank", "group",
        "party", "council", "ministry", "agency", "association", "committee", "company", "corporation", "fund",
    ]

    static func split(_ sentences: inout [SentenceEntities]) {
        for index in sentences.indices {
            let tokens = sentences[index].tokens
            var position = 0
            while position < sentences[index].mentions.count {
                defer { position += 1 }
                // The kind first, read in place: copying a mention out retains each of its strings.
                guard sentences[index].mentions[position].kind == .organization else { continue }
                let mention = sentences[index].mentions[position]
                guard mention.code.isEmpty, mention.surfaceTokens == nil,
                    let and = mention.tokens.first(where: { tokens.key($0, is: "and") }),
                    and > mention.tokens.lowerBound, and + 1 < mention.tokens.upperBound,
                    closingWords.contains(tokens.key(and - 1)), tokens[and + 1].isCapitalized
                else { continue }
                var first = mention, second = mention
                first.tokens = mention.tokens.lowerBound..<and
                second.tokens = (and + 1)..<mention.tokens.upperBound
                first.surface = EntityRecognizer.surface(tokens, first.tokens)
                second.surface = EntityRecognizer.surface(tokens, second.tokens)
                (first.name, second.name) = (first.surface, second.surface)
                sentences[index].mentions[position] = first
                sentences[index].mentions.insert(second, at: position + 1)
            }
        }
    }
}
