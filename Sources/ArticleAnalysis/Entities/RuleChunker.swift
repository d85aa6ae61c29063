/// Pass 2 of `EntityRecognizer`: names the dictionaries do not know, found from capitalised runs.
/// The sentence's tokens, its lexemes and the article's vocabulary are handed down as borrowed arguments:
/// stored in a chunker made per sentence they were copied (their arrays retained and released) each time.
struct RuleChunker {
    let sentence: Int

    /// The lexicon mentions plus the rule-found ones (in token order), and the positions of lone
    /// capitalised words that may be a surname named in full elsewhere. `lexemes` are the tokens' lexemes
    /// in the article's `vocabulary`, which knows the words the document also writes in lower case: common
    /// words even when a sentence starts with them.
    /// `covered` is scratch kept from sentence to sentence (per token, the mention covering it, -1 for none).
    func mentions(
        _ tokens: WordTokens, lexemes: ArraySlice<Int32>, around lexiconMentions: [EntityMention], vocabulary: Vocabulary,
        covered: inout [Int]
    ) -> (mentions: [EntityMention], loneNames: [Int]) {
        covered.refill(with: -1, count: tokens.count)
        var mentions = lexiconMentions
        for position in mentions.indices { for index in mentions[position].tokens { covered[index] = position } }
        var loneNames: [Int] = []
        var added: [EntityMention] = []
        var index = 0
        while index < tokens.count {
            guard covered[index] < 0, isNameWord(tokens, index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count, covered[end] < 0 {
                if isNameWord(tokens, end) {
                    end += 1
                } else if end + 1 < tokens.count, covered[end + 1] < 0, isConnector(tokens, end), isNameWord(tokens, end + 1) {
                    end += 2
                } else {
                    break
                }
            }
            classify(
                tokens, lexemes, index..<end, vocabulary: vocabulary, mentions: &mentions, covered: covered, into: &added,
                loneNames: &loneNames)
            index = end
        }
        guard !added.isEmpty else { return (mentions, loneNames) }
        mentions += added
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return (mentions, loneNames)
    }

    private func isNameWord(_ tokens: WordTokens, _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord else { return false }
        if token.isCapitalized {
            if isRunTogether(tokens, index) { return false }  // "NewsRussia": words glued by a lost line break
            return !NameWords.notNames.contains(tokens, index) || NameWords.titles.contains(tokens, index)
        }
        // "al-Assad", "bin-Salman": a lower-case particle joined to a capitalised name.
        if token.hasHyphen {
            if let particle = Self.asciiParticle(tokens, index) { return particle }
            let text = tokens.text(index), key = tokens.key(index)
            if let dash = text.firstIndex(of: "-"), NameWords.nameParticles.contains(String(key.prefix { $0 != "-" })) {
                return text[text.index(after: dash)...].first?.isUppercase ?? false
            }
        }
        return false
    }

    /// The hyphen test above for a word whose text and key are ASCII, read from the bytes (nil otherwise):
    /// there each Character is one byte, so the first "-" of the text and of the key, the key's part before
    /// it and the letter after it are what the String tests find, without a String made per hyphenated word.
    private static func asciiParticle(_ tokens: WordTokens, _ index: Int) -> Bool? {
        let token = tokens[index]
        guard token.isASCII else { return nil }
        let text = tokens.textBytes.span, keys = tokens.keyBytes.span
        var dash = -1
        for offset in token.textRange {
            let byte = text[offset]
            if byte >= 0x80 { return nil }
            if dash < 0, byte == 45 { dash = offset }
        }
        guard dash >= 0 else { return false }
        var keyEnd = token.keyRange.lowerBound
        while keyEnd < token.keyRange.upperBound, keys[keyEnd] != 45 { keyEnd += 1 }
        let prefix = token.keyRange.lowerBound..<keyEnd
        guard NameWords.nameParticles.contains(hash: TokenHash.of(keys, prefix), key: keys.extracting(prefix)) else { return false }
        return dash + 1 < token.textRange.upperBound && text[dash + 1] >= 65 && text[dash + 1] <= 90
    }

    private func isRunTogether(_ tokens: WordTokens, _ index: Int) -> Bool {
        var previousLower = false
        let text = tokens.textBytes.span
        for offset in tokens[index].textRange {
            let byte = text[offset]
            if byte >= 65, byte <= 90, previousLower { return true }
            previousLower = byte >= 97 && byte <= 122
        }
        return false
    }

    private func isConnector(_ tokens: WordTokens, _ index: Int) -> Bool {
        NameWords.organizationConnectors.contains(tokens, index) || NameWords.nameParticles.contains(tokens, index)
    }

    private func isCommon(_ tokens: WordTokens, _ lexemes: ArraySlice<Int32>, _ index: Int, _ vocabulary: Vocabulary) -> Bool {
        NameWords.notNames.contains(tokens, index) || vocabulary[lexemes[lexemes.startIndex + index]].isWrittenInLowercase
    }

    private func classify(
        _ tokens: WordTokens, _ lexemes: ArraySlice<Int32>, _ run: Range<Int>, vocabulary: Vocabulary, mentions: inout [EntityMention], covered: [Int], into added: inout [EntityMention],
        loneNames: inout [Int]
    ) {
        var start = run.lowerBound
        var end = run.upperBound
        // A sentence-initial common word ("Although Tehran …") is not part of a name.
        while start < end, start == firstWordIndex(tokens), isCommon(tokens, lexemes, start, vocabulary), !NameWords.titles.contains(tokens, start) {
            start += 1
        }
        while end > start, !tokens[end - 1].isCapitalized { end -= 1 }
        guard start < end else { return }
        let before = start > 0 && covered[start - 1] >= 0 ? covered[start - 1] : nil
        let adjective = before.flatMap { mentions[$0].kind == .country ? mentions[$0] : nil }

        // (The run's words are read as keys in place: no array of their Strings per run.)
        if NameWords.organizationHeads.contains(tokens, end - 1) || (start..<end).contains(where: { tokens.key($0, is: "ministry") }) {
            if end - start == 1, adjective == nil { return }  // "Council" alone says too little
            let range = (adjective?.tokens.lowerBound ?? start)..<end
            let surface = EntityRecognizer.surface(tokens, range)
            added.append(
                EntityMention(
                    sentence: sentence, tokens: start..<end, surface: surface,
                    kind: .organization, name: surface, code: "",
                    country: adjective?.code ?? "", role: nil, surfaceTokens: range == start..<end ? nil : range))
            return
        }

        var nameStart = start
        while nameStart < end, NameWords.titles.contains(tokens, nameStart) { nameStart += 1 }
        let hasTitle = (start..<nameStart).contains { NameWords.headTitles.contains(tokens, $0) }
        let role = hasTitle ? EntityRecognizer.surface(tokens, start..<nameStart) : nil
        if hasTitle, nameStart == end {
            // "President" right before a dictionary person: the role of that person.
            if end < tokens.count, case let next = covered[end], next >= 0, mentions[next].kind == .person {
                mentions[next].role = mentions[next].role ?? role
                if mentions[next].country.isEmpty, let adjective { mentions[next].country = adjective.code }
            }
            return
        }
        let names = nameStart..<end
        if !hasTitle {
            guard names.count >= 2, names.count <= 4 else {
                if names.count == 1, names.lowerBound != firstWordIndex(tokens) || !isCommon(tokens, lexemes, names.lowerBound, vocabulary) {
                    loneNames.append(names.lowerBound)
                }
                return
            }
            if names.contains(where: { tokens[$0].isCapitalized && isCommon(tokens, lexemes, $0, vocabulary) }) { return }
        }
        guard names.count <= 5 else { return }
        let name = EntityRecognizer.surface(tokens, names)
        added.append(
            EntityMention(
                sentence: sentence, tokens: names, surface: name, kind: .person, name: name, code: "",
                country: hasTitle ? (adjective?.code ?? "") : "", role: role))
    }

    /// The first word of the sentence, skipping opening quotes and brackets.
    private func firstWordIndex(_ tokens: WordTokens) -> Int { tokens.firstIndex { $0.isWord } ?? 0 }
}
