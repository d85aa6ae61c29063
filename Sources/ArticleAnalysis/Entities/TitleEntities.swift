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
                ?? Self.firstIndexIgnoringCase(name: mention.name, surface: mention.surface, in: entities)
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

    /// The first entity named `name` or with an alias `surface`, case aside (the mention's two lowered once,
    /// not once per entity and alias).
    private static func firstIndexIgnoringCase(name: String, surface: String, in entities: [ArticleEntity]) -> Int? {
        let name = name.lowercased(), surface = surface.lowercased()
        return entities.firstIndex { entity in
            lowercased(entity.name, equals: name) || entity.aliases.contains { lowercased($0, equals: surface) }
        }
    }

    /// `text.lowercased() == lowered`, compared byte by byte with ASCII case folded when both are ASCII (the
    /// lower case of ASCII text is its ASCII lower case, and two ASCII Strings are equal only byte for byte);
    /// otherwise as written. No lower-case String is made per entity and alias.
    static func lowercased(_ text: String, equals lowered: String) -> Bool {
        let bytes = text.utf8.span, target = lowered.utf8.span
        guard isASCII(bytes), isASCII(target) else { return text.lowercased() == lowered }
        guard bytes.count == target.count else { return false }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if (byte &- 65 < 26 ? byte | 0x20 : byte) != target[index] { return false }
            index &+= 1
        }
        return true
    }

    private static func isASCII(_ bytes: Span<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] >= 0x80 { return false }
            index &+= 1
        }
        return true
    }

    /// The last space-separated word of `name` (what `split(separator: " ").last` gives), nil when none.
    static func lastWord(_ name: String) -> String? {
        if let word = asciiLastWord(name) { return word }
        var end = name.endIndex
        while end > name.startIndex, name[name.index(before: end)] == " " { end = name.index(before: end) }
        guard end > name.startIndex else { return nil }
        let start = name[..<end].lastIndex(of: " ").map { name.index(after: $0) } ?? name.startIndex
        return String(name[start..<end])
    }

    /// `lastWord` of an ASCII name, read from its bytes (nil for another name, .some(nil) when it has no
    /// word): there every Character is one byte and a space is a Character of its own, so the same word is
    /// found without walking String indices.
    private static func asciiLastWord(_ name: String) -> String?? {
        let bytes = name.utf8.span
        for index in bytes.indices where bytes[index] >= 0x80 { return nil }
        var end = bytes.count
        while end > 0, bytes[end &- 1] == 32 { end &-= 1 }
        guard end > 0 else { return .some(nil) }
        var start = end
        while start > 0, bytes[start &- 1] != 32 { start &-= 1 }
        if start == 0, end == bytes.count { return name }
        return String(utf8Bytes: bytes.extracting(start..<end))
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
        if let bytes = asciiBytes(title) {
            // ASCII without carriage returns: each byte is one Character, a letter when A-Z or a-z.
            for byte in bytes where (byte | 0x20) >= 97 && (byte | 0x20) <= 122 {
                letters += 1
                if byte <= 90 { upper += 1 }
            }
        } else {
            for character in title where character.isLetter {
                letters += 1
                if character.isUppercase { upper += 1 }
            }
        }
        return letters >= 8 && upper * 10 >= letters * 8
    }

    /// Most longer words capitalised: a headline in Title Case ("Russia and Iran Not Natural Allies"), whose
    /// capitals say as little to the tagger as ALL CAPS do.
    static func isTitleCase(_ title: String) -> Bool {
        var words = 0, capitalised = 0
        if let bytes = asciiBytes(title) {
            // The same words as splitting at spaces: runs of four bytes or more, counted by their first byte.
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 32 {
                defer { start = end + 1 }
                guard end - start >= 4, case let first = bytes[start], (first | 0x20) >= 97 && (first | 0x20) <= 122 else { continue }
                words += 1
                if first <= 90 { capitalised += 1 }
            }
        } else {
            for word in title.split(separator: " ") where word.count >= 4 && word.first?.isLetter == true {
                words += 1
                if word.first?.isUppercase == true { capitalised += 1 }
            }
        }
        guard words >= 2 else { return false }
        return capitalised * 10 >= words * 7
    }

    /// The title's bytes when each is one Character (ASCII, no carriage return, which joins a line feed).
    private static func asciiBytes(_ title: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(title.utf8.count)
        for byte in title.utf8 {
            guard byte < 0x80, byte != 13 else { return nil }
            bytes.append(byte)
        }
        return bytes
    }

    /// Spans of the title that spell, case aside, a name or alias of a body entity: longest first, from a
    /// capitalised word.
    static func bodyNames(in tokens: WordTokens, entities: [ArticleEntity]) -> [(tokens: Range<Int>, entity: Int)] {
        // Each name's words by the hash of the phrase their keys make (`TokenHash.extend` over the words'
        // hashes, as the title's words give it), confirmed by comparing the keys: no array of strings made
        // and hashed with SipHash per title position and length.
        var names = KeyedTable<UInt64, Int>(capacity: 64)
        var nameKeys: [[String]] = []
        var longest = 0
        let starts = TitleWordKeys(tokens)
        // By position, the fields read in place: a copy of an entity retains each of its strings and arrays.
        for index in entities.indices where !entities[index].offsets.isEmpty {
            let name = entities[index].name
            // A person's surname alone too ("HILL TAKES POLE" after "Damon Hill").
            let surname = entities[index].kind == .person ? Self.lastWord(name) : nil
            func add(_ name: String) {
                guard starts.mayStart(name) else { return }
                let words = WordTokenizer.tokens(of: name)
                guard !words.isEmpty else { return }
                var hash = words[0].hash
                for word in 1..<words.count { hash = TokenHash.extend(hash, with: words[word].hash) }
                let keys = words.keys
                let (found, slot) = names.find(forUpdating: hash) { nameKeys[$0] == keys }
                guard found < 0 else { return }
                names.insert(hash, index, at: slot)
                nameKeys.append(keys)
                longest = max(longest, keys.count)
            }
            add(name)
            // An alias spelled as the name, or a surname as the name or an alias, has its words already.
            for alias in entities[index].aliases where alias != name { add(alias) }
            if let surname, surname != name, !entities[index].aliases.contains(surname) { add(surname) }
        }
        guard longest > 0 else { return [] }
        var found: [(tokens: Range<Int>, entity: Int)] = []
        var start = 0
        let keys = tokens.keys
        var phrases: [UInt64] = []
        while start < tokens.count {
            guard tokens[start].isWord, tokens[start].isCapitalized else {
                start += 1
                continue
            }
            var length = min(longest, tokens.count - start)
            phrases.removeAll(keepingCapacity: true)
            var hash = tokens[start].hash
            phrases.append(hash)
            for word in (start + 1)..<(start + length) {
                hash = TokenHash.extend(hash, with: tokens[word].hash)
                phrases.append(hash)
            }
            var entity = -1
            while length > 0 {
                let words = keys[start..<(start + length)]
                let (index, _) = names.find(phrases[length - 1]) { nameKeys[$0].elementsEqual(words) }
                if index >= 0 {
                    entity = names.values[index]
                    break
                }
                length -= 1
            }
            if length > 0 {
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
