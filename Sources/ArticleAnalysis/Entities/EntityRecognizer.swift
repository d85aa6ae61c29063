/// Finds the entities of a document's sentences in three passes:
/// 1. longest-match lexicon lookup over token n-grams (countries, capitals, places, organisations, people);
/// 2. rules over the remaining capitalised runs: a run ending in an organisation word is an organisation,
///    a title followed by names is a person with that role, two to four name-like words are a person;
/// 3. lone surnames that a full name in the same document ends with become that person.
/// A capitalised word that the document also uses in lower case is taken for a common word, not a name.
public struct EntityRecognizer: Sendable {
    public let lexicon: EntityLexicon
    /// Whether pass 2 and 3 run; the PETRARCH check turns them off to see its dictionaries alone.
    public var usesRules: Bool

    /// The statistical name tagger and how it votes with the dictionaries and rules (NameTagger/); nil: off.
    public var tagger: NameTagger?
    public var vote: NameTagVote

    public init(
        lexicon: EntityLexicon = .standard, usesRules: Bool = true, tagger: NameTagger? = .standard,
        vote: NameTagVote = NameTagVote()
    ) {
        self.lexicon = lexicon
        self.usesRules = usesRules
        self.tagger = tagger
        self.vote = vote
    }

    public func recognize(sentences: [String]) -> [SentenceEntities] {
        recognize(TokenTable(sentenceTexts: sentences))
    }

    /// The entities of an article's sentences, read from its token table (made once by the segment stage).
    public func recognize(_ table: TokenTable) -> [SentenceEntities] {
        var result: [SentenceEntities] = []
        result.reserveCapacity(table.sentences.count)
        var hashes: [UInt64] = []
        // The rule chunker's per-token scratch, kept from sentence to sentence.
        var covered: [Int] = []
        for (index, tokens) in table.sentences.enumerated() {
            result.append(SentenceEntities(tokens: tokens, mentions: lexiconMentions(tokens, sentence: index, hashes: &hashes)))
        }
        guard usesRules else { return result }
        var pending: [(sentence: Int, token: Int)] = []
        // The tagger's word-alone feature sums, kept per distinct word of the article.
        var words = tagger == nil ? NameTagWordScores() : NameTagWordScores(vocabulary: table.vocabulary)
        for index in result.indices {
            // The sentence is handed on in place (inout): copied out of `result`, its three token arrays and
            // its mentions were retained and released per sentence.
            refine(
                &result[index], sentence: index, lexemes: table.lexemes(ofSentence: index), vocabulary: table.vocabulary, words: &words,
                pending: &pending, covered: &covered)
        }
        // A lone name the tagger made a mention of is not looked up as a surname again.
        pending.removeAll { lone in result[lone.sentence].mentions.contains { $0.tokens.contains(lone.token) } }
        resolveSurnames(&result, pending: pending)
        if tagger != nil {
            for (sentence, token) in pending where !result[sentence].mentions.contains(where: { $0.tokens.contains(token) }) {
                guard let ruler = PossessiveRuler.mention(result[sentence].tokens, token, sentence: sentence, mentions: result[sentence].mentions)
                else { continue }
                result[sentence].mentions.append(ruler)
                result[sentence].mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
        }
        // One name, one type per document; names found once are found again (NameTagger/NameTagConsistency.swift).
        if tagger != nil { NameTagConsistency.apply(&result) }
        return result
    }

    /// Pass 2 over one sentence: the rules' mentions around the dictionaries' ones, voted with the tagger's.
    private func refine(
        _ entities: inout SentenceEntities, sentence index: Int, lexemes: ArraySlice<Int32>, vocabulary: Vocabulary,
        words: inout NameTagWordScores, pending: inout [(sentence: Int, token: Int)], covered: inout [Int]
    ) {
        // Moved out rather than copied (retained): every path below stores the sentence's mentions anew.
        var dictionary: [EntityMention] = []
        swap(&dictionary, &entities.mentions)
        let found = RuleChunker(sentence: index).mentions(
            entities.tokens, lexemes: lexemes, around: dictionary, vocabulary: vocabulary, covered: &covered)
        // (Appended in place: no array of pairs made per sentence.)
        for lone in found.loneNames { pending.append((index, lone)) }
        // Pass 2b: the name tagger votes with the dictionaries and the rules (NameTagger/NameTagVote.swift).
        // (The rules' mentions are stored only when no tagger replaces them.)
        guard let tagger else {
            entities.mentions = found.mentions
            return
        }
        let spans = tagger.analyse(
            entities.tokens, lexemes: lexemes, words: &words, lexiconCount: dictionary.count) { (dictionary[$0].tokens, dictionary[$0].kind) }
        // The tagger leaves the sentence's features in `words.sentence`: read there, not copied out.
        entities.mentions = vote.merge(
            mentions: found.mentions, dictionary: dictionary, spans: spans, tokens: entities.tokens,
            sentence: index, capsRun: words.sentence.inCapsRun)
    }

    // MARK: pass 1

    func lexiconMentions(_ tokens: WordTokens, sentence: Int) -> [EntityMention] {
        var hashes: [UInt64] = []
        return lexiconMentions(tokens, sentence: sentence, hashes: &hashes)
    }

    /// `hashes` is storage for the tokens' hashes, kept from sentence to sentence.
    func lexiconMentions(_ tokens: WordTokens, sentence: Int, hashes: inout [UInt64]) -> [EntityMention] {
        hashes.removeAll(keepingCapacity: true)
        hashes.reserveCapacity(tokens.count)
        for token in tokens.tokens { hashes.append(token.hash) }
        var mentions: [EntityMention] = []
        var index = 0
        while index < tokens.count {
            // Every dictionary name starts with a capital, "the" or "of" ("the Kremlin"): lower-case words
            // (most of the text) need no lookup.
            // (A text holding an ASCII capital differs from its lower-case key.)
            // (The flags first; a key is compared only when its length fits.)
            let token = tokens[index]
            guard token.isWord, token.isCapitalized || token.isAllCaps || token.hasASCIICapital
                || (token.keyLength == 3 && tokens.key(index, is: "the")) || (token.keyLength == 4 && tokens.key(index, is: "pro-"))
            else {
                index += 1
                continue
            }
            let start = index
            if lexicon.mayStartPhrase(hashes[start]), let match = lexicon.phrases.longestMatchIndex(
                in: hashes, at: start, accept: { length, index in Self.caseFits(tokens, start, length, lexicon.phrases.value(at: index)) })
            {
                // Room for a few at the first: most sentences that name something name two to four things.
                if mentions.isEmpty { mentions.reserveCapacity(4) }
                // (The entry read in place, by its index: a copy of it retained its three strings.)
                mentions.append(mention(tokens, sentence, start..<(start + match.length), lexicon.phrases.value(at: match.index)))
                index += match.length
                continue
            }
            // "pro-Iranian", "anti-American": the country inside.
            // (The key's bytes first: only a key starting "pro-" or "anti-" is made a String.)
            if tokens[index].hasHyphen, Self.startsProOrAnti(tokens, index), case let key = tokens.key(index),
                let dash = key.firstIndex(of: "-"),
                ["pro", "anti"].contains(key[..<dash]),
                let entry = lexicon.phrases.value(for: [String(key[key.index(after: dash)...])]),
                entry.kind == .countryName
            {
                mentions.append(mention(tokens, sentence, index..<(index + 1), entry))
                index += 1
                continue
            }
            // "Iranians", "Russians": a plural demonym.
            // (A one-word phrase's hash is a first word too: the filter turns most plurals away before the table.)
            if tokens[index].isCapitalized, tokens[index].singularHash != 0, tokens.keyLonger(index, than: 4),
                lexicon.mayStartPhrase(tokens[index].singularHash),
                let entry = lexicon.phrases.value(forWord: tokens[index].singularHash), entry.kind == .countryName
            {
                mentions.append(mention(tokens, sentence, index..<(index + 1), entry))
            }
            index += 1
        }
        return mentions
    }

    private func mention(_ tokens: WordTokens, _ sentence: Int, _ range: Range<Int>, _ entry: LexiconEntry)
        -> EntityMention
    {
        var name = entry.canonical
        if entry.kind == .seatOfPower { name = lexicon.countryNames[entry.code] ?? entry.canonical }
        return EntityMention(
            sentence: sentence, tokens: range, surface: Self.surface(tokens, range), kind: entry.kind.entityKind,
            name: name, code: entry.code, country: entry.country, role: nil)
    }

    /// Whether the key of `tokens[index]` starts with the bytes "pro-" or "anti-", which a key whose part
    /// before its first "-" is "pro" or "anti" does.
    private static func startsProOrAnti(_ tokens: WordTokens, _ index: Int) -> Bool {
        let key = tokens.keyBytes.span, range = tokens[index].keyRange, at = range.lowerBound
        if range.count >= 4, key[at] == UInt8(ascii: "p"), key[at + 1] == UInt8(ascii: "r"), key[at + 2] == UInt8(ascii: "o"),
            key[at + 3] == UInt8(ascii: "-")
        {
            return true
        }
        return range.count >= 5 && key[at] == UInt8(ascii: "a") && key[at + 1] == UInt8(ascii: "n") && key[at + 2] == UInt8(ascii: "t")
            && key[at + 3] == UInt8(ascii: "i") && key[at + 4] == UInt8(ascii: "-")
    }

    /// The first significant word must be capitalised ("the Kremlin" yes, "turkey" no); short acronyms
    /// must be all capitals ("US", not "us").
    static func caseFits(_ tokens: WordTokens, _ start: Int, _ length: Int, _ entry: LexiconEntry) -> Bool {
        if entry.needsCapitals { return tokens[start].isAllCaps }
        for index in start..<(start + length) where tokens[index].isWord {
            if tokens.key(index, is: "the") || tokens.key(index, is: "of") { continue }
            return tokens[index].isCapitalized
        }
        return false
    }

    /// The words of `range` as written, a space before each later word (and "&"): gathered as bytes
    /// and made a String once (a String per word, appended one by one, grew the name a piece at a time).
    static func surface(_ tokens: WordTokens, _ range: Range<Int>) -> String {
        if range.count == 1 { return tokens.text(range.lowerBound) }
        guard !range.isEmpty else { return "" }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(0, tokens[range.upperBound - 1].textRange.upperBound - tokens[range.lowerBound].textRange.lowerBound) + range.count)
        for index in range {
            if !bytes.isEmpty, tokens[index].isWord || tokens.key(index, is: "&") { bytes.append(32) }
            bytes.append(contentsOf: tokens.textBytes[tokens[index].textRange])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: pass 3

    private func resolveSurnames(_ result: inout [SentenceEntities], pending: [(sentence: Int, token: Int)]) {
        // Per surname (the key of a full name's last word): the person, found by the key's `TokenHash` and
        // confirmed by comparing the key, which is made a String once per surname rather than once per
        // mention and per lone name looked up (a `[String: EntityMention]` hashed each with SipHash).
        // (Made at the first person named in full: a headline or a snippet often names none.)
        var bySurname: KeyedTable<UInt64, Void>? = nil
        var surnames: [String] = [], persons: [EntityMention] = []
        for sentence in result.indices {
            // By position, so that only the persons named in full are copied out.
            for position in result[sentence].mentions.indices
            where result[sentence].mentions[position].kind == .person && result[sentence].mentions[position].tokens.count > 1 {
                let last = result[sentence].mentions[position].tokens.upperBound - 1
                if bySurname == nil { bySurname = KeyedTable(capacity: 16) }
                let (found, slot) = bySurname!.find(forUpdating: result[sentence].tokens[last].hash) { index in
                    result[sentence].tokens.key(last, is: surnames[index])
                }
                if found < 0 {
                    bySurname!.insert(result[sentence].tokens[last].hash, (), at: slot)
                    surnames.append(result[sentence].tokens.key(last))
                    persons.append(result[sentence].mentions[position])
                } else if persons[found].country.isEmpty && !result[sentence].mentions[position].country.isEmpty {
                    persons[found] = result[sentence].mentions[position]
                }
            }
        }
        guard let bySurname else { return }
        /// The person whose surname is the key of `tokens[token]`.
        func person(_ tokens: WordTokens, _ token: Int) -> EntityMention? {
            let (found, _) = bySurname.find(tokens[token].hash) { index in tokens.key(token, is: surnames[index]) }
            return found < 0 ? nil : persons[found]
        }
        for (sentence, token) in pending {
            guard let person = person(result[sentence].tokens, token) else { continue }
            var mention = person
            mention.sentence = sentence
            mention.tokens = token..<(token + 1)
            mention.surface = result[sentence].tokens.text(token)
            mention.role = nil
            let position = result[sentence].mentions.firstIndex { $0.tokens.lowerBound > token }
            result[sentence].mentions.insert(mention, at: position ?? result[sentence].mentions.endIndex)
        }
        // Full names and single-word dictionary people share one canonical name with their surname forms.
        for index in result.indices {
            for position in result[index].mentions.indices where result[index].mentions[position].kind == .person {
                let mention = result[index].mentions[position]
                guard mention.tokens.count == 1, let person = person(result[index].tokens, mention.tokens.lowerBound),
                    person.name != mention.name, person.name.hasSuffix(mention.surface)
                else { continue }
                result[index].mentions[position].name = person.name
                if mention.country.isEmpty { result[index].mentions[position].country = person.country }
            }
        }
    }
}
