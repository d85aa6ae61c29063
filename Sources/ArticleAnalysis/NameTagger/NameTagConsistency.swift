/// One name keeps one type through a document, as news writes it: the tagger reads each sentence alone, so
/// "Mughniyeh" can be a person in one sentence and an organisation in the next, and a name it found once it
/// may miss in a headline or a short sentence. After the dictionaries, the rules and the tagger have voted
/// on every sentence:
/// - a mention without a dictionary code takes the type its words have most often in the document (a
///   dictionary mention's vote counts three times), and a lone word that ends a person's full name named
///   elsewhere ("Yeltsin" after "Boris Yeltsin") is that person;
/// - a capitalised run of words no mention covers that spells a name found elsewhere without a dictionary
///   code (the dictionaries find their own names everywhere), or a lone surname of such a person, becomes a
///   mention of it. Words the rules take for common ones ("The", "New") are never such a name alone.
/// Countries are left alone, and nothing becomes a country.
enum NameTagConsistency {
    private struct Name {
        /// Lanes: person, location, organisation (a vector, so a name costs no allocation of its own).
        var votes = SIMD4<Int32>()
        var sample: EntityMention
        var length: Int

        /// The kind with the most votes; nil on a tie.
        var majority: EntityKind? {
            var best = 0
            for slot in 1..<3 where votes[slot] > votes[best] { best = slot }
            guard votes[best] > 0, (0..<3).allSatisfy({ $0 == best || votes[$0] < votes[best] }) else { return nil }
            return NameTagConsistency.kinds[best]
        }
    }

    static let kinds: [EntityKind] = [.person, .location, .organization]

    static func apply(_ result: inout [SentenceEntities]) {
        let before = Table(result)
        guard !before.names.isEmpty else { return }
        for index in result.indices { retype(&result[index], before) }
        // Read again: a retyped surname now spells its person, not the type the sentence alone gave it.
        let after = Table(result)
        for index in result.indices { addMissed(&result[index], sentence: index, after) }
    }

    /// The document's names: votes per name, persons by the last word of their full name, country names.
    private struct Table {
        var names: [UInt64: Name] = [:]
        var surnames: [UInt64: EntityMention] = [:]
        var countryNames = Set<UInt64>()

        init(_ result: [SentenceEntities]) {
            for sentence in result {
                for mention in sentence.mentions {
                    let key = NameTagConsistency.hash(sentence.tokens, mention.tokens)
                    guard let slot = NameTagConsistency.kinds.firstIndex(of: mention.kind) else {
                        countryNames.insert(key)
                        continue
                    }
                    names[key, default: Name(sample: mention, length: mention.tokens.count)].votes[slot] += mention.code.isEmpty ? 1 : 3
                    if mention.kind == .person, mention.tokens.count > 1 {
                        let last = sentence.tokens[mention.tokens.upperBound - 1].hash
                        if surnames[last] == nil { surnames[last] = mention }
                    }
                }
            }
        }
    }

    private static func retype(_ sentence: inout SentenceEntities, _ table: Table) {
        let names = table.names, surnames = table.surnames, countryNames = table.countryNames
        for position in sentence.mentions.indices {
            var mention = sentence.mentions[position]
            guard mention.code.isEmpty, kinds.contains(mention.kind) else { continue }
            let key = hash(sentence.tokens, mention.tokens)
            if mention.tokens.count == 1, mention.kind != .person, let person = surnames[key], !countryNames.contains(key),
                names[key]?.votes[1] ?? 0 < 3
            {
                mention.kind = .person
                mention.name = person.name
                if mention.country.isEmpty { mention.country = person.country }
            } else if let majority = names[key]?.majority, majority != mention.kind {
                mention.kind = majority
                if majority != .person { mention.role = nil }
            } else {
                continue
            }
            sentence.mentions[position] = mention
        }
    }

    private static func addMissed(_ sentence: inout SentenceEntities, sentence index: Int, _ table: Table) {
        let names = table.names, surnames = table.surnames, countryNames = table.countryNames
        let tokens = sentence.tokens
        var covered = [Bool](repeating: false, count: tokens.count)
        for mention in sentence.mentions { for token in mention.tokens where token < covered.count { covered[token] = true } }
        var added: [EntityMention] = []
        var start = 0
        while start < tokens.count {
            guard !covered[start], tokens[start].isWord, tokens[start].isCapitalized else {
                start += 1
                continue
            }
            // The longest uncovered capitalised run (up to five words) that spells a known name.
            var end = start
            while end < tokens.count, end - start < 5, !covered[end], tokens[end].isWord || tokens.key(end, is: "&") { end += 1 }
            var found: (Range<Int>, EntityMention, EntityKind)?
            var length = end - start
            while length > 0, found == nil {
                let range = start..<(start + length)
                let key = hash(tokens, range)
                if tokens[range.upperBound - 1].isCapitalized, !countryNames.contains(key) {
                    if let name = names[key], name.sample.code.isEmpty, let kind = name.majority {
                        found = (range, name.sample, kind)
                    } else if length == 1, let person = surnames[key], names[key] == nil {
                        found = (range, person, .person)
                    }
                }
                length -= 1
            }
            guard let (range, sample, kind) = found,
                range.count > 1 || NameTagGazetteer.standard.classes(of: tokens[range.lowerBound].hash) & NameTagGazetteer.commonWord == 0
            else {
                start += 1
                continue
            }
            let surface = EntityRecognizer.surface(tokens, range)
            added.append(
                EntityMention(
                    sentence: index, tokens: range, surface: surface, kind: kind, name: sample.name,
                    code: "", country: sample.country, role: nil))
            start = range.upperBound
        }
        guard !added.isEmpty else { return }
        sentence.mentions += added
        sentence.mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The words of a name as one hash (their lower-case keys), as `PhraseTable` chains them.
    static func hash(_ tokens: WordTokens, _ range: Range<Int>) -> UInt64 {
        var value = tokens[range.lowerBound].hash
        for index in range.dropFirst() { value = TokenHash.extend(value, with: tokens[index].hash) }
        return value
    }
}
