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
    /// A name's votes and where it was first seen (sentence and mention position): 24 bytes, no copy of
    /// the mention's strings per name.
    private struct Name {
        /// Lanes: person, location, organisation.
        var votes = SIMD4<Int32>()
        var sentence: Int32
        var position: Int32

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
        guard before.names.count > 0 else { return }
        // Every retyping is decided on the mentions as the sentences left them, then made: no copy of the
        // document is kept to read from meanwhile.
        var changes: [Change] = []
        for index in result.indices { retype(result[index], sentence: index, before, result, into: &changes) }
        let changed = !changes.isEmpty
        for change in changes {
            result[change.sentence].mentions[change.position].kind = change.kind
            if let person = change.person {
                result[change.sentence].mentions[change.position].name = person.name
                if let country = person.country { result[change.sentence].mentions[change.position].country = country }
            } else if change.kind != .person {
                result[change.sentence].mentions[change.position].role = nil
            }
        }
        // Read again when a retyped surname now spells its person, not the type the sentence alone gave it.
        let after = changed ? Table(result) : before
        // All additions first: the table points at mentions by position.
        var covered: [Bool] = []
        let additions = result.indices.map { missed(result[$0], sentence: $0, after, result, covered: &covered) }
        for (index, added) in additions.enumerated() {
            guard let added else { continue }
            result[index].mentions += added
            result[index].mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
    }

    /// The document's names: votes per name, persons by the last word of their full name, country names.
    /// Keyed by 64-bit hashes already, so `KeyedTable` rather than `Dictionary` (no SipHash per probe).
    private struct Table {
        var names: KeyedTable<UInt64, Name>
        /// The last word's hash → (sentence, position) of the first person named in full with it.
        var surnames: KeyedTable<UInt64, (Int32, Int32)>
        var countryNames: KeyedTable<UInt64, Void>

        init(_ result: [SentenceEntities]) {
            let mentions = result.reduce(0) { $0 + $1.mentions.count }
            names = KeyedTable(capacity: mentions)
            surnames = KeyedTable(capacity: mentions)
            countryNames = KeyedTable(capacity: mentions)
            for (sentenceIndex, sentence) in result.enumerated() {
                // Fields read in place: a mention copied out retains each of its strings.
                for position in sentence.mentions.indices {
                    let mention = (
                        tokens: sentence.mentions[position].tokens, kind: sentence.mentions[position].kind,
                        hasCode: !sentence.mentions[position].code.isEmpty
                    )
                    let key = NameTagConsistency.hash(sentence.tokens, mention.tokens)
                    guard let slot = NameTagConsistency.kinds.firstIndex(of: mention.kind) else {
                        let (found, free) = countryNames.find(forUpdating: key)
                        if found < 0 { countryNames.insert(key, (), at: free) }
                        continue
                    }
                    let place = (Int32(sentenceIndex), Int32(position))
                    names.update(key, orInsert: { Name(sentence: place.0, position: place.1) }) {
                        $0.votes[slot] += mention.hasCode ? 3 : 1
                    }
                    if mention.kind == .person, mention.tokens.count > 1 {
                        let last = sentence.tokens[mention.tokens.upperBound - 1].hash
                        let (found, free) = surnames.find(forUpdating: last)
                        if found < 0 { surnames.insert(last, place, at: free) }
                    }
                }
            }
        }

        func sample(_ name: Name, _ result: [SentenceEntities]) -> EntityMention {
            result[Int(name.sentence)].mentions[Int(name.position)]
        }

        func person(_ key: UInt64, _ result: [SentenceEntities]) -> EntityMention? {
            surnames[key].map { result[Int($0.0)].mentions[Int($0.1)] }
        }
    }

    /// A mention's new type: a lone surname becomes its `person` (name, and country where it had none);
    /// another type drops the role.
    private struct Change {
        var sentence: Int
        var position: Int
        var kind: EntityKind
        var person: (name: String, country: String?)?
    }

    /// The changes to one sentence's mentions.
    private static func retype(
        _ sentence: SentenceEntities, sentence index: Int, _ table: Table, _ result: [SentenceEntities], into changes: inout [Change]
    ) {
        // Fields read in place: a mention copied out retains each of its strings.
        for position in sentence.mentions.indices {
            let kind = sentence.mentions[position].kind, tokens = sentence.mentions[position].tokens
            guard sentence.mentions[position].code.isEmpty, kinds.contains(kind) else { continue }
            let key = hash(sentence.tokens, tokens)
            if tokens.count == 1, kind != .person, table.countryNames.index(of: key) == nil,
                table.names[key]?.votes[1] ?? 0 < 3, let person = table.person(key, result)
            {
                changes.append(
                    Change(
                        sentence: index, position: position, kind: .person,
                        person: (person.name, sentence.mentions[position].country.isEmpty ? person.country : nil)))
            } else if let majority = table.names[key]?.majority, majority != kind {
                changes.append(Change(sentence: index, position: position, kind: majority, person: nil))
            }
        }
    }

    /// The mentions to add to one sentence (nil: none).
    /// `covered` is storage kept from sentence to sentence (an array allocated per sentence costs more than
    /// the scan).
    private static func missed(
        _ sentence: SentenceEntities, sentence index: Int, _ table: Table, _ result: [SentenceEntities], covered: inout [Bool]
    ) -> [EntityMention]? {
        let tokens = sentence.tokens
        var marked = false
        var added: [EntityMention]?
        var start = 0
        while start < tokens.count {
            guard tokens[start].isWord, tokens[start].isCapitalized else {
                start += 1
                continue
            }
            if !marked {
                marked = true
                covered.refill(with: false, count: tokens.count)
                for position in sentence.mentions.indices {
                    for token in sentence.mentions[position].tokens where token < covered.count { covered[token] = true }
                }
            }
            guard !covered[start] else {
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
                // (The run's last word first: most candidates end in a lower-case word and need no hash.)
                if tokens[range.upperBound - 1].isCapitalized, case let key = hash(tokens, range),
                    table.countryNames.index(of: key) == nil
                {
                    if let name = table.names[key], let kind = name.majority, case let sample = table.sample(name, result),
                        sample.code.isEmpty
                    {
                        found = (range, sample, kind)
                    } else if length == 1, table.names[key] == nil, let person = table.person(key, result) {
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
            added = (added ?? []) + [
                EntityMention(
                    sentence: index, tokens: range, surface: surface, kind: kind, name: sample.name, code: "",
                    country: sample.country, role: nil)
            ]
            start = range.upperBound
        }
        return added
    }

    /// The words of a name as one hash (their lower-case keys), as `PhraseTable` chains them.
    static func hash(_ tokens: WordTokens, _ range: Range<Int>) -> UInt64 {
        var value = tokens[range.lowerBound].hash
        for index in range.dropFirst() { value = TokenHash.extend(value, with: tokens[index].hash) }
        return value
    }
}
