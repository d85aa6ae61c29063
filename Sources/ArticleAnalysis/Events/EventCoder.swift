/// Codes who did what to whom in one sentence, PETRARCH-style but without a parse tree: the actor just
/// before a dictionary verb is the source (with its "and"-joined partners), the first actor after it is the
/// target, a passive "was … by X" swaps them, a negated verb codes nothing, and the verb's most specific
/// matching pattern gives the CAMEO code. A reporting verb ("said") whose target starts another coded
/// clause gives way to that clause, as PETRARCH codes the reported event.
public struct EventCoder: Sendable {
    public let verbs: CameoVerbDictionary
    /// How far after the verb a pattern's words and the target may lie, in tokens. Set on the PETRARCH
    /// unit-test sentences: 12 reached the target of "… restore full diplomatic ties with Gondor".
    public var window = 12
    /// How far after the verb a pattern's first word may start: the object's head, past an article and a
    /// modifier or two ("restore *full diplomatic* ties"). Set on the unit-test sentences and the seeds.
    public var objectReach = 4

    public init(verbs: CameoVerbDictionary = .standard) { self.verbs = verbs }

    static let beForms: TokenSet = ["was", "were", "is", "are", "been", "being", "be", "get", "got"]
    static let negations: TokenSet = ["not", "n't", "never", "no", "neither", "nor", "cannot"]
    static let joiners: TokenSet = ["and", ",", "&"]
    static let clauseBreaks: TokenSet = [";", ":", "(", ")", "—", "–", "\"", "“", "”", "?"]

    public func events(in sentence: SentenceEntities, index: Int) -> [CodedEvent] {
        var buffers = Buffers()
        return events(in: sentence, index: index, buffers: &buffers)
    }

    /// The working arrays of `events`, kept by the caller from one sentence to the next: the stage codes
    /// every sentence with two actors, and allocating and freeing seven arrays each time cost more than
    /// reading the sentence.
    public struct Buffers {
        fileprivate var actors: [Actor] = []
        fileprivate var actorCodes: [String] = []
        fileprivate var owned: [Bool] = []
        fileprivate var hashes: [UInt64] = []
        fileprivate var candidates: [Int] = []
        fileprivate var found: [(event: CodedEvent, verbAt: Int, targetAt: Int)] = []
        fileprivate var pairs: [(source: Int, target: Int, targetAt: Int)] = []
        /// Per lexeme id of the article's token table: 0 not yet asked, 1 starts no verb form, 2 may start one.
        fileprivate var verbStarts: [UInt8] = []

        public init() {}

        /// Lexemes in the article's token table (the `lexemes` passed with each sentence index into it):
        /// `verbStarts` is made that long when a sentence is first coded by lexeme.
        fileprivate var lexemeCount = 0

        /// Buffers for an article whose token table has `lexemeCount` lexemes.
        public init(lexemeCount: Int) { self.lexemeCount = lexemeCount }
    }

    /// `events(in:index:)` with the caller's `buffers`. `lexemes` are the sentence's lexeme ids in the
    /// article's token table, one per token of `sentence.tokens`, when its tokens are that table's: then
    /// whether a word may start a verb form is worked out once per distinct word.
    public func events(
        in sentence: SentenceEntities, index: Int, lexemes: ArraySlice<Int32>? = nil, buffers: inout Buffers
    ) -> [CodedEvent] {
        let tokens = sentence.tokens
        // Most sentences name fewer than two actors: count them before building anything.
        guard sentence.mentions.count >= 2, sentence.mentions.count(where: { $0.actorCode != nil }) >= 2 else { return [] }
        // The buffers are moved out here and back on return, so each array is uniquely held while it is filled.
        var work = Buffers()
        swap(&work, &buffers)
        defer { swap(&work, &buffers) }
        work.actors.removeFewKeepingCapacity()
        work.actorCodes.removeFewKeepingCapacity()
        work.found.removeFewKeepingCapacity()
        work.owned.refill(with: false, count: tokens.count)
        // By index: a mention is a dozen fields, and copying each one out cost more than the loop's work.
        for index in sentence.mentions.indices {
            let range = sentence.mentions[index].tokens
            for token in range { work.owned[token] = true }
            guard let code = sentence.mentions[index].actorCode else { continue }
            let first = work.actorCodes.count
            Self.appendCodes(code, to: &work.actorCodes)
            work.actors.append(Actor(tokens: range, codes: first..<work.actorCodes.count))
        }
        if !work.hashes.isEmpty { work.hashes.removeAll(keepingCapacity: true) }
        // Written into the reserved room: `append` per token checked the array's uniqueness each time.
        work.hashes.append(addingCapacity: tokens.count) { hashes in
            for index in tokens.tokens.indices { hashes.append(tokens.tokens[index].hash) }
        }
        let lexemeIDs = lexemes ?? [], byLexeme = lexemes != nil
        var position = 0
        while position < tokens.count {
            guard !work.owned[position], tokens[position].isWord,
                !byLexeme || mayStartVerb(lexeme: Int(lexemeIDs[lexemeIDs.startIndex + position]), hash: work.hashes[position], &work.verbStarts,
                    lexemeCount: work.lexemeCount),
                let match = verbs.forms.longestMatchIndex(in: work.hashes, at: position)
            else {
                position += 1
                continue
            }
            let verbRange = position..<(position + match.length)
            position += match.length
            guard isVerbUse(tokens, verbRange, owned: work.owned) else { continue }
            if isNegated(tokens, before: verbRange.lowerBound) { continue }
            guard var sources = actorGroup(work.actors, tokens, endingBefore: verbRange.lowerBound) else { continue }
            work.pairs.removeFewKeepingCapacity()
            if var targets = actorGroup(work.actors, tokens, startingAfter: verbRange.upperBound) {
                let beforeTarget = work.actors[targets.first].tokens.lowerBound - 1
                if isPassive(tokens, verbRange), tokens.indices.contains(beforeTarget), tokens.key(beforeTarget, is: "by") {
                    swap(&sources, &targets)
                }
                for sourceActor in sources.members {
                    for source in work.actors[sourceActor].codes {
                        for targetActor in targets.members {
                            for code in work.actors[targetActor].codes {
                                work.pairs.append((source, code, work.actors[targetActor].tokens.lowerBound))
                            }
                        }
                    }
                }
            } else if sources.count > 1 {
                // "Gondor and Osgiliath have renewed ties": with no target, the partners act on each other.
                for sourceActor in sources.members {
                    for source in work.actors[sourceActor].codes {
                        for targetActor in sources.members {
                            for target in work.actors[targetActor].codes { work.pairs.append((source, target, verbRange.upperBound)) }
                        }
                    }
                }
            }
            guard !work.pairs.isEmpty,
                let code = code(for: verbs.forms.value(at: match.index), tokens: tokens, hashes: work.hashes, verb: verbRange, candidates: &work.candidates)
            else { continue }
            let verbText = tokens.surface(verbRange)
            let primary = code.primary
            let reciprocal = code.reciprocalCode
            for pair in work.pairs where work.actorCodes[pair.source] != work.actorCodes[pair.target] {
                let source = work.actorCodes[pair.source], target = work.actorCodes[pair.target]
                work.found.append((CodedEvent(sentence: index, source: source, target: target, code: primary, verb: verbText), verbRange.lowerBound, pair.targetAt))
                if let reciprocal {
                    work.found.append((CodedEvent(sentence: index, source: target, target: source, code: reciprocal, verb: verbText), verbRange.lowerBound, pair.targetAt))
                }
            }
        }
        guard !work.found.isEmpty else { return [] }
        // "X said Y attacked Z": keep the reported event, drop "X said … Y"; then each (source, target, code)
        // once. A few events per sentence: linear scans, no Set of joined Strings.
        var result: [CodedEvent] = []
        result.reserveCapacity(work.found.count)
        for candidate in work.found {
            if candidate.event.code.isReporting, work.found.contains(where: { other in
                other.verbAt > candidate.verbAt && !other.event.code.isReporting && other.event.source == candidate.event.target
            }) {
                continue
            }
            let event = candidate.event
            if result.contains(where: { $0.source == event.source && $0.target == event.target && $0.code.rawValue == event.code.rawValue }) {
                continue
            }
            result.append(event)
        }
        return result
    }

    /// Whether the word may start a verb form (`CameoVerbDictionary.formStarts`), remembered per lexeme.
    @inline(__always)
    private func mayStartVerb(lexeme: Int, hash: UInt64, _ verbStarts: inout [UInt8], lexemeCount: Int) -> Bool {
        if lexeme >= verbStarts.count { verbStarts += repeatElement(0, count: max(lexeme + 1, lexemeCount) - verbStarts.count) }
        if verbStarts[lexeme] == 0 { verbStarts[lexeme] = verbs.formStarts.mayContain(hash) ? 2 : 1 }
        return verbStarts[lexeme] == 2
    }

    /// An actor mention of the sentence: where it is and where its codes are in the sentence's list of
    /// codes, worked out once per sentence; the verbs' source and target groups are ranges of these.
    fileprivate struct Actor {
        let tokens: Range<Int>
        let codes: Range<Int>
    }

    /// Actors next to each other in the sentence's list, from `first` towards `last` (backwards for the
    /// group before the verb, nearest first), as the coder pairs them.
    private struct ActorGroup {
        let first: Int
        let last: Int
        var count: Int { abs(last - first) + 1 }
        var members: StrideThrough<Int> { stride(from: first, through: last, by: first <= last ? 1 : -1) }
    }

    /// A mention's actor codes: a dictionary entry may stand for several actors ("FRO/BIL/SAM").
    static func codes(_ mention: EntityMention) -> [String] {
        var codes: [String] = []
        if let code = mention.actorCode { appendCodes(code, to: &codes) }
        return codes
    }

    private static func appendCodes(_ code: String, to codes: inout [String]) {
        // A byte loop: `utf8.contains` resolved to a generic overload that cost ~280 instructions a call.
        for byte in code.utf8 where byte == UInt8(ascii: "/") {
            codes += code.split(separator: "/").map(String.init)
            return
        }
        codes.append(code)
    }

    /// The pattern code that fits best, else the form's own code, else the block's default. The patterns
    /// are read from the dictionary's flat `VerbPatternIndex` (one bit-set test, then at most a slot read,
    /// per probe). `candidates` is the caller's buffer, kept across verbs.
    private func code(
        for form: VerbForm, tokens: WordTokens, hashes: [UInt64], verb: Range<Int>, candidates: inout [Int]
    ) -> CameoCode? {
        let block = form.block
        let index = verbs.patternIndex
        let beforeStart = max(0, verb.lowerBound - 4)
        let afterEnd = min(tokens.count, verb.upperBound + window)
        // Candidate patterns: those whose indexing word (or its singular) is near the verb, plus those made
        // of synonym sets only whose first set may start here (`match` tries a set where the word or its
        // singular may start it); blocks have up to hundreds of patterns, most of which no word here can fit.
        if !candidates.isEmpty { candidates.removeAll(keepingCapacity: true) }
        index.appendPatternsWithoutWords(of: block, to: &candidates)
        for position in beforeStart..<afterEnd {
            let singular = tokens[position].singularHash
            index.appendPatterns(of: block, startingWith: hashes[position], to: &candidates)
            index.appendSynsetPatterns(of: block, startingWith: hashes[position], to: &candidates)
            if singular != 0 { index.appendSynsetPatterns(of: block, startingWith: singular, to: &candidates) }
            // The singular of a plural ("sanctions", "talks", "boxes").
            if tokens[position].keyLength > 3, singular != 0 {
                index.appendPatterns(of: block, startingWith: singular, to: &candidates)
                if tokens.key(position, endsWith: "es") {
                    index.appendPatterns(of: block, startingWith: tokens.keyHash(position, droppingLast: 2), to: &candidates)
                }
            }
        }
        guard !candidates.isEmpty else { return form.code ?? verbs.blocks[block].code }
        candidates.sort()
        var previous = -1
        for offset in candidates where offset != previous {
            previous = offset
            let pattern = index.pattern(at: offset)
            if matches(pattern.before, tokens, hashes, beforeStart..<verb.lowerBound),
                matches(pattern.after, tokens, hashes, verb.upperBound..<afterEnd, firstWithin: objectReach)
            {
                return index.codes[pattern.index]  // a pattern without a code blocks the coding
            }
        }
        return form.code ?? verbs.blocks[block].code
    }

    /// Whether the pattern elements `elements` (a range of `VerbPatternIndex.cells`) occur in `range`, in
    /// order; the first within `firstWithin` tokens of the start.
    private func matches(
        _ elements: Range<Int>, _ tokens: WordTokens, _ hashes: [UInt64], _ range: Range<Int>, firstWithin: Int? = nil
    ) -> Bool {
        var cursor = range.lowerBound
        for position in elements {
            var found = false
            let limit = position == elements.lowerBound && firstWithin != nil
                ? min(range.upperBound, range.lowerBound + firstWithin!) : range.upperBound
            while cursor < limit {
                if let length = match(verbs.patternIndex.cells[position], tokens, hashes, at: cursor, limit: range.upperBound, depth: 0) {
                    cursor += length
                    found = true
                    break
                }
                cursor += 1
            }
            if !found { return false }
        }
        return true
    }

    /// How many tokens from `index` the element covers, or nil. A word matches its key, or the key with a
    /// plural "-s" or "-es" (compared by hash: the key without its last byte or two is the word).
    private func match(
        _ element: PatternElement, _ tokens: WordTokens, _ hashes: [UInt64], at index: Int, limit: Int, depth: Int
    ) -> Int? {
        let token = tokens[index]
        if element.isWord {
            switch token.keyLength - Int(element.wordLength) {
            case 0: return token.hash == element.hash ? 1 : nil
            case 1: return token.singularHash == element.hash ? 1 : nil
            case 2:
                return tokens.key(index, endsWith: "es") && tokens.keyHash(index, droppingLast: 2) == element.hash ? 1 : nil
            default: return nil
            }
        }
        let singular = token.singularHash
        guard depth < 3, element.synset >= 0,
            verbs.synset(element.hash, mayStartWith: hashes[index])
                || (singular != 0 && verbs.synset(element.hash, mayStartWith: singular))
        else { return nil }
        for member in verbs.synsetMembers[Int(element.synset)] {
            var cursor = index
            var ok = true
            for inner in member {
                guard cursor < limit, let length = match(inner, tokens, hashes, at: cursor, limit: limit, depth: depth + 1) else {
                    ok = false
                    break
                }
                cursor += length
            }
            if ok, cursor > index { return cursor - index }
        }
        return nil
    }

    /// The actor closest before `end` in the same clause, with actors joined to it by "and" or commas.
    private func actorGroup(_ actors: [Actor], _ tokens: WordTokens, endingBefore end: Int) -> ActorGroup? {
        guard let last = actors.lastIndex(where: { $0.tokens.upperBound <= end }) else { return nil }
        // A comma between subject and verb usually starts another clause ("…, seeking to …"); the
        // subject of that clause is too far back to guess.
        if (actors[last].tokens.upperBound..<end).contains(where: {
            Self.clauseBreaks.contains(tokens, $0) || tokens.key($0, is: ",")
        }) {
            return nil
        }
        var index = last
        while index > 0 {
            let gap = actors[index - 1].tokens.upperBound..<actors[index].tokens.lowerBound
            guard isJoinGap(gap, tokens) else { break }
            index -= 1
        }
        return ActorGroup(first: last, last: index)
    }

    /// The first actor after `start` within the window and clause, with actors joined to it by "and".
    private func actorGroup(_ actors: [Actor], _ tokens: WordTokens, startingAfter start: Int) -> ActorGroup? {
        guard let first = actors.firstIndex(where: { $0.tokens.lowerBound >= start }),
            actors[first].tokens.lowerBound - start <= window,
            !(start..<actors[first].tokens.lowerBound).contains(where: { Self.clauseBreaks.contains(tokens, $0) })
        else { return nil }
        var index = first
        while index + 1 < actors.count {
            let gap = actors[index].tokens.upperBound..<actors[index + 1].tokens.lowerBound
            guard isJoinGap(gap, tokens) else { break }
            index += 1
        }
        return ActorGroup(first: first, last: index)
    }

    static let nounMarkers: TokenSet = [
        "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "of",
        "for", "in", "on", "with", "by", "from", "into", "against", "'s", "some", "any", "no", "more", "much",
        "such", "mutual", "new", "further", "military", "economic", "political", "diplomatic", "nuclear",
    ]
    static let verbMarkers: TokenSet = [
        "to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "did", "do", "does", "not",
        "n't", "also", "he", "she", "it", "they", "we", "who", "which", "that", "then", "jointly", "both", "has",
        "have", "had", "was", "were", "is", "are", "been", "be",
    ]

    /// Without a tagger, a dictionary verb is taken for a verb only where its neighbours say so: never after
    /// an article, possessive or preposition ("its support", "the talks"); a bare or "-s" form also needs a
    /// subject or auxiliary right before it (an actor, a pronoun, "will", an "-ly" adverb), since plural
    /// nouns ("sanctions", "attacks") and bare nouns look the same. Checked on the seeds and the unit tests.
    private func isVerbUse(_ tokens: WordTokens, _ verb: Range<Int>, owned: [Bool]) -> Bool {
        guard verb.lowerBound > 0 else { return false }
        let previous = verb.lowerBound - 1
        if Self.nounMarkers.contains(tokens, previous) { return false }
        let word = verb.lowerBound
        if tokens.key(word, endsWith: "ed") || tokens.key(word, endsWith: "ing") || tokens.key(word, endsWith: "en") {
            return true
        }
        if owned[previous] || Self.verbMarkers.contains(tokens, previous) || tokens.key(previous, endsWith: "ly") {
            return true
        }
        return !tokens.key(word, endsWith: "s") && tokens.key(previous, is: ",")
    }

    /// Between two partners of a compound actor: "and" or a comma, with at most an article and a few
    /// lower-case modifiers ("Fornost and the evil awful Gondor").
    private func isJoinGap(_ gap: Range<Int>, _ tokens: WordTokens) -> Bool {
        guard !gap.isEmpty, gap.count <= 4, gap.contains(where: { Self.joiners.contains(tokens, $0) }) else { return false }
        return gap.allSatisfy { index in
            let token = tokens[index]
            return Self.joiners.contains(tokens, index) || tokens.key(index, is: "the")
                || (token.isWord && !token.isCapitalized && verbs.forms.value(forWord: token.hash) == nil)
        }
    }

    private func isNegated(_ tokens: WordTokens, before index: Int) -> Bool {
        (max(0, index - 2)..<index).contains { Self.negations.contains(tokens, $0) }
    }

    private func isPassive(_ tokens: WordTokens, _ verb: Range<Int>) -> Bool {
        (max(0, verb.lowerBound - 2)..<verb.lowerBound).contains { Self.beForms.contains(tokens, $0) }
            && (tokens.key(verb.lowerBound, endsWith: "ed") || tokens.key(verb.lowerBound, endsWith: "en"))
    }
}
