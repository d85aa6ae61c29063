/// The names in the title ("EU rejects German call to boycott British lamb", "SOCCER - FEYENOORD BEAT AJAX"):
/// the title is not part of `text`, so its mentions are given as `titleOffsets`, Unicode scalar offsets into
/// the record's `title`, end exclusive (the unit of `offsets`), and count among the entity's `mentions`.
///
/// A title name that the body names too joins that entity whatever the title's case ("AJAX" → Ajax): the
/// body's context types it better than a headline's few words. An ALL-CAPS or Title Case title gives the
/// tagger no case to read ("Not Natural Allies" is no person), so there only the body's names (a person's
/// surname too) and the dictionary's countries count; a title in sentence case keeps what the recogniser finds.
enum TitleEntities {
    static func add(title: String, recognizer: EntityRecognizer, to entities: inout [ArticleEntity]) {
        guard let sentence = recognizer.recognize(sentences: [title]).first, !sentence.tokens.isEmpty,
            sentence.tokens.textBytes.count == title.utf8.count
        else { return }
        let tokens = sentence.tokens
        let scalars = scalarOffsets(title)
        func offsets(_ range: Range<Int>) -> Range<Int> {
            scalars[tokens[range.lowerBound].textRange.lowerBound]..<scalars[tokens[range.upperBound - 1].textRange.upperBound]
        }
        let shouting = isShouting(title) || isTitleCase(title)
        let bodyMatches = bodyNames(in: tokens, entities: entities)
        for match in bodyMatches { attach(offsets(match.tokens), to: match.entity, in: &entities) }
        for mention in sentence.mentions {
            let span = mention.surfaceTokens ?? mention.tokens
            guard !span.isEmpty, !bodyMatches.contains(where: { $0.tokens.overlaps(span) }) else { continue }
            if shouting && mention.kind != .country { continue }
            let found = entities.firstIndex { $0.kind == mention.kind && $0.name == mention.name }
                ?? entities.firstIndex { entity in
                    entity.name.lowercased() == mention.name.lowercased()
                        || entity.aliases.contains { $0.lowercased() == mention.surface.lowercased() }
                }
            if let found {
                attach(offsets(span), to: found, in: &entities)
                if !entities[found].aliases.contains(mention.surface) { entities[found].aliases.append(mention.surface) }
            } else {
                entities.append(
                    ArticleEntity(
                        name: mention.name, kind: mention.kind,
                        code: mention.kind == .country || !mention.code.isEmpty ? mention.code : nil,
                        country: mention.country.isEmpty ? nil : mention.country, mentions: 1, aliases: [mention.surface],
                        role: mention.role, offsets: [], titleOffsets: [offsets(span)]))
            }
        }
    }

    private static func attach(_ range: Range<Int>, to index: Int, in entities: inout [ArticleEntity]) {
        guard !entities[index].titleOffsets.contains(range) else { return }
        entities[index].titleOffsets.append(range)
        entities[index].titleOffsets.sort { $0.lowerBound < $1.lowerBound }
        entities[index].mentions += 1
    }

    /// Most letters upper case: a headline set in capitals ("SOCCER - JAPAN GET LUCKY WIN").
    static func isShouting(_ title: String) -> Bool {
        var upper = 0, letters = 0
        for character in title where character.isLetter {
            letters += 1
            if character.isUppercase { upper += 1 }
        }
        return letters >= 8 && upper * 10 >= letters * 8
    }

    /// Most longer words capitalised: a headline in Title Case ("Russia and Iran Not Natural Allies"), whose
    /// capitals say as little to the tagger as ALL CAPS do.
    static func isTitleCase(_ title: String) -> Bool {
        let words = title.split(separator: " ").filter { $0.count >= 4 && $0.first?.isLetter == true }
        guard words.count >= 2 else { return false }
        let capitalised = words.filter { $0.first?.isUppercase == true }.count
        return capitalised * 10 >= words.count * 7
    }

    /// Spans of the title that spell, case aside, a name or alias of a body entity: longest first, from a
    /// capitalised word.
    static func bodyNames(in tokens: WordTokens, entities: [ArticleEntity]) -> [(tokens: Range<Int>, entity: Int)] {
        var names: [[String]: Int] = [:]
        var longest = 0
        for (index, entity) in entities.enumerated() where !entity.offsets.isEmpty {
            // A person's surname alone too ("HILL TAKES POLE" after "Damon Hill").
            let surname = entity.kind == .person ? entity.name.split(separator: " ").last.map(String.init) : nil
            for name in [entity.name] + entity.aliases + (surname.map { [$0] } ?? []) {
                let keys = WordTokenizer.tokens(of: name).keys
                guard !keys.isEmpty, names[keys] == nil else { continue }
                names[keys] = index
                longest = max(longest, keys.count)
            }
        }
        var found: [(tokens: Range<Int>, entity: Int)] = []
        var start = 0
        let keys = tokens.keys
        while start < tokens.count {
            guard tokens[start].isWord, tokens[start].isCapitalized else {
                start += 1
                continue
            }
            var length = min(longest, tokens.count - start)
            while length > 0, names[Array(keys[start..<(start + length)])] == nil { length -= 1 }
            if length > 0, let entity = names[Array(keys[start..<(start + length)])] {
                found.append((start..<(start + length), entity))
                start += length
            } else {
                start += 1
            }
        }
        return found
    }

    /// The scalar offset of every UTF-8 byte position of the text (one more than its bytes).
    private static func scalarOffsets(_ text: String) -> [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(text.utf8.count + 1)
        var scalars = 0
        for byte in text.utf8 {
            offsets.append(scalars)
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        offsets.append(scalars)
        // A position inside a scalar maps to the scalar it is in; tokens start and end on scalar boundaries.
        return offsets
    }
}
