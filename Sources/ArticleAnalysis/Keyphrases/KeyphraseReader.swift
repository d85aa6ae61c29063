/// The state of one key-phrase extraction: the article's words read from its token table, their features,
/// the co-occurrence counts of adjacent words and the counts of candidate phrases.
///
/// A word's term (YAKE's case-folded word with a final "s" dropped) is found once per lexeme of the
/// article's `Vocabulary` and kept by lexeme id, so a word occurrence costs an array read, not a hash of
/// its bytes. Terms are numbered in order of first occurrence, as YAKE reads them.
struct KeyphraseReader {
    /// A candidate phrase: how often it occurs and where it first does (sentence, byte range), for its text.
    struct Candidate {
        var count: Int32
        var sentence: Int32
        var start: Int32
        var end: Int32
        var score = 0.0
    }

    /// What a lexeme's key says about its YAKE word, worked out at its first occurrence.
    private struct LexemeFacts {
        enum Kind: UInt8 {
            case unread
            /// No letter, or letters and digits: YAKE's "number" and "unusual" words end a block.
            case number
            /// Letters without digits, read from the table: `term` and `letters` are set.
            case word
            /// A key YAKE splits otherwise than the table ("at&t", "u.s.", "x'9") or a non-ASCII one: its
            /// tokens are read by `WordScanner`.
            case scanned
        }
        var kind = Kind.unread
        var term: Int32 = -1
        var letters: Int32 = 0
    }

    private static let sharedStopWords = TokenSet(EnglishStopWords.words)
    /// Held per reader so a new term does not pass through the global's once-check.
    private let stopWords = Self.sharedStopWords

    private var lexemeFacts: [LexemeFacts]
    /// The article's keys, with what each key's bytes hold.
    private let vocabulary: Vocabulary
    /// Term of each stem's `TokenHash`.
    private var termIDs: KeyedTable<UInt64, Int32>
    /// Each term's features, its first occurrence among them: a one-word candidate is a non-stop word, and
    /// it occurs as often as the word, so it needs no table of its own.
    private var terms: [TermFeatures] = []
    /// Adjacent words within a block: (left id << 32 | right id) → count and first occurrence. A pair of
    /// non-stop words is the two-word candidate, counted here rather than looked up a second time.
    private var cooccurrences: KeyedTable<UInt64, Pair>
    /// Three-word phrase (word ids + 1, 21 bits each, first word lowest) → occurrences.
    private var candidates: KeyedTable<UInt64, Candidate>
    /// (word, sentence) for each first occurrence of a word in a sentence, in reading order.
    private var sentenceOccurrences: [(term: Int32, sentence: Int32)] = []
    /// The last words of the current block (ids and start offsets, the latest first), cleared at
    /// punctuation: candidates are at most three words long, so three are enough.
    private var block: (BlockWord, BlockWord, BlockWord) = (.none, .none, .none)
    private var blockLength = 0
    private var isFirstWord = true

    /// Where a word or phrase first occurs: its sentence and byte range.
    private struct Occurrence {
        var sentence: Int32
        var start: Int32
        var end: Int32
    }

    /// Two adjacent words: how often they occur together and where they first do.
    private struct Pair {
        var count: Int32
        var first: Occurrence
    }

    private struct BlockWord {
        var term: Int32
        var start: Int32
        static let none = BlockWord(term: -1, start: 0)
    }

    /// A reader for an article of `tokens` tokens whose keys `vocabulary` holds. The tables are
    /// sized for the article (a word adds at most one pair and, mostly, about one candidate), so a short
    /// one does not clear room for a long one's.
    init(vocabulary: Vocabulary, tokens: Int) {
        self.vocabulary = vocabulary
        let lexemes = vocabulary.count
        lexemeFacts = Array(repeating: LexemeFacts(), count: lexemes)
        termIDs = KeyedTable(capacity: max(lexemes, 16))
        cooccurrences = KeyedTable(capacity: max(tokens, 16))
        candidates = KeyedTable(capacity: max(tokens / 2, 16))
        terms.reserveCapacity(lexemes)
        sentenceOccurrences.reserveCapacity(tokens)
    }

    /// The word `back` places before the latest one in the block (0: the latest).
    @inline(__always)
    private func blockWord(_ back: Int) -> BlockWord {
        switch back {
        case 0: block.0
        case 1: block.1
        default: block.2
        }
    }

    @inline(__always)
    private mutating func pushBlockWord(_ word: BlockWord) {
        block = (word, block.0, block.1)
        blockLength += 1
    }

    /// Reads one sentence's tokens (`lexemes`: their lexeme ids). A token is YAKE's word as it stands
    /// unless it touches a comma and a word ("a,b" is one word to YAKE), its key is split otherwise
    /// (`LexemeFacts.Kind.scanned`) or its text is not ASCII: then its run of touching tokens is scanned.
    mutating func read(_ tokens: WordTokens, lexemes: ArraySlice<Int32>, sentence: Int32) {
        blockLength = 0
        isFirstWord = true
        let base = lexemes.startIndex
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.isWord else {
                index = readPunctuation(tokens, index, sentence: sentence)
                continue
            }
            // Checked before the lexeme's facts, which add its term: a word YAKE reads otherwise must not
            // leave a term that never occurs (it would count in the document's mean frequency).
            if !tokens.isASCIIText(index) || joinsAtComma(tokens, index) {
                index = scanRun(tokens, from: index, sentence: sentence)
                continue
            }
            let facts = self.facts(Int(lexemes[base + index]), tokens, index)
            if facts.kind == .scanned {
                index = scanRun(tokens, from: index, sentence: sentence)
                continue
            }
            index += 1
            if facts.kind == .number {
                blockLength = 0
                isFirstWord = false
                continue
            }
            let shape = Self.shape(tokens, index - 1, letters: facts.letters)
            addWord(facts.term, shape: shape, start: token.textRange.lowerBound, end: token.textRange.upperBound, sentence: sentence)
        }
    }

    /// A punctuation token ends the block, but for a vertical tab or form feed (spaces to YAKE) and the
    /// possessive "'s" after a word (dropped); the index of the next token to read.
    private mutating func readPunctuation(_ tokens: WordTokens, _ index: Int, sentence: Int32) -> Int {
        if let byte = tokens.singleByteKey(index) {
            if byte != 0x0B && byte != 0x0C { blockLength = 0 }
            return index + 1
        }
        if tokens.key(index, is: "'s") {
            if tokens.touchesPrevious(index) && tokens[index - 1].isWord { return index + 1 }
            return scanRun(tokens, from: index, sentence: sentence)
        }
        blockLength = 0
        return index + 1
    }

    /// Whether a comma and a word touch the word at `index` on its right: YAKE reads "a,b" as one word.
    @inline(__always)
    private func joinsAtComma(_ tokens: WordTokens, _ index: Int) -> Bool {
        index + 2 < tokens.count && tokens.touchesPrevious(index + 1) && tokens.singleByteKey(index + 1) == UInt8(ascii: ",")
            && tokens.touchesPrevious(index + 2) && tokens[index + 2].isWord
    }

    /// YAKE's shape of an ASCII word of letters (`letters` of them) from the token's case flags, counting
    /// its capitals only when it has some.
    @inline(__always)
    private static func shape(_ tokens: WordTokens, _ index: Int, letters: Int32) -> WordScanner.WordShape {
        let token = tokens[index]
        if !token.hasASCIICapital { return .plain }
        if token.isAllCaps { return .acronym }
        let capitals = tokens.asciiCapitalCount(index)
        if capitals == letters { return .acronym }
        return token.isCapitalized && capitals == 1 ? .capitalised : .plain
    }

    /// The facts of a lexeme, worked out from `tokens[index]` (one of its occurrences) the first time.
    @inline(__always)
    private mutating func facts(_ lexeme: Int, _ tokens: WordTokens, _ index: Int) -> LexemeFacts {
        let known = lexemeFacts[lexeme]
        if known.kind != .unread { return known }
        let facts = readFacts(tokens, index, vocabulary[Int32(lexeme)])
        lexemeFacts[lexeme] = facts
        return facts
    }

    /// The facts of `lexeme`, the key of `tokens[index]`, from what the vocabulary read off its bytes.
    private mutating func readFacts(_ tokens: WordTokens, _ index: Int, _ lexeme: Vocabulary.Lexeme) -> LexemeFacts {
        let token = tokens[index]
        let key = lexeme.facts
        guard key.isASCII else { return LexemeFacts(kind: .scanned) }
        if key.hasDigitAfterApostrophe || key.hasAmpersand || key.endsWithFullStop { return LexemeFacts(kind: .scanned) }
        if key.letters == 0 || key.digits > 0 { return LexemeFacts(kind: .number) }
        let bytes = tokens.keyBytes.span.extracting(token.keyRange)
        let stemmed = bytes.count > 3 && lexeme.singularHash != 0
        let term = term(
            hash: token.hash, stemHash: stemmed ? token.singularHash : token.hash, key: bytes, stemmed: stemmed,
            keyIsStopWord: key.isStopWord, isASCII: true)
        return LexemeFacts(kind: .word, term: term, letters: key.letters)
    }

    /// Reads the run of touching tokens from `start` with YAKE's scanner; the index after the run.
    private mutating func scanRun(_ tokens: WordTokens, from start: Int, sentence: Int32) -> Int {
        let end = tokens.touchingRunEnd(from: start)
        scan(tokens, tokens.textRange(of: start..<end), sentence: sentence)
        return end
    }

    /// Reads a whole sentence with YAKE's scanner, ignoring the table's words: the reference the table
    /// reading must agree with (tests).
    mutating func scanWhole(_ tokens: WordTokens, sentence: Int32) {
        blockLength = 0
        isFirstWord = true
        scan(tokens, tokens.textBytes.indices, sentence: sentence)
    }

    private mutating func scan(_ tokens: WordTokens, _ run: Range<Int>, sentence: Int32) {
        let offset = run.lowerBound
        let bytes = tokens.textBytes[run]
        WordScanner.scan(bytes.span) { piece in
            switch piece {
            case .blockBreak:
                blockLength = 0
            case let .word(wordStart, wordEnd, shape):
                if shape == .number || shape == .unusual {
                    blockLength = 0
                    isFirstWord = false
                    return
                }
                let text = String(decoding: tokens.textBytes[(offset + wordStart)..<(offset + wordEnd)], as: UTF8.self)
                addWord(term(ofWord: text), shape: shape, start: offset + wordStart, end: offset + wordEnd, sentence: sentence)
            }
        }
    }

    /// The term of a word scanned from the text: lowercased, a typographic apostrophe read as a plain one
    /// (so "we’d" meets the stop word "we'd"), as the token table makes keys.
    private mutating func term(ofWord text: String) -> Int32 {
        var key = text.lowercased()
        if key.utf8.contains(0xE2) { key = String(key.map { $0 == "’" ? "'" : $0 }) }
        let bytes = Array(key.utf8)
        let stemmed = bytes.count > 3 && bytes.last == UInt8(ascii: "s")
        let hash = TokenHash.of(key)
        let stemHash = stemmed ? TokenHash.of(Substring(key.utf8.dropLast())) : hash
        return term(hash: hash, stemHash: stemHash, key: bytes.span, stemmed: stemmed)
    }

    /// The term of a stem (the key without a final "s" when `stemmed`, as YAKE does for words longer than
    /// three bytes), added when new; a stop word when the key or the stem is one or the stem is shorter
    /// than three characters.
    /// `keyIsStopWord`: whether the key is a stop word, when the caller knows; `isASCII`: the key is ASCII
    /// (a character a byte).
    private mutating func term(
        hash: UInt64, stemHash: UInt64, key: Span<UInt8>, stemmed: Bool, keyIsStopWord: Bool? = nil, isASCII: Bool = false
    ) -> Int32 {
        let (found, slot) = termIDs.find(forUpdating: stemHash)
        if found >= 0 { return termIDs.values[found] }
        let stem = key.extracting(0..<(key.count - (stemmed ? 1 : 0)))
        var characters = isASCII ? stem.count : 0
        if !isASCII { for index in stem.indices where stem[index] & 0xC0 != 0x80 { characters += 1 } }
        var features = TermFeatures()
        features.isStopWord = characters < 3 || (keyIsStopWord ?? stopWords.contains(hash: hash, key: key))
            || (stemmed && stopWords.contains(hash: stemHash, key: stem))
        let id = Int32(terms.count)
        terms.append(features)
        _ = termIDs.insert(stemHash, id, at: slot)
        return id
    }

    /// Counts one word of a block: its features, its pair with the word before and the candidates it ends.
    @inline(__always)
    private mutating func addWord(_ term: Int32, shape: WordScanner.WordShape, start: Int, end: Int, sentence: Int32) {
        let isNewInSentence = Self.count(
            &terms[Int(term)], shape: shape, isFirstWord: isFirstWord, sentence: sentence, start: start, end: end)
        isFirstWord = false
        if isNewInSentence { sentenceOccurrences.append((term, sentence)) }
        if blockLength > 0 {
            let previous = blockWord(0)
            let key = UInt64(previous.term) << 32 | UInt64(term)
            let (index, slot) = cooccurrences.find(forUpdating: key)
            if index >= 0 {
                cooccurrences.values[index].count += 1
            } else {
                let first = Occurrence(sentence: sentence, start: previous.start, end: Int32(end))
                _ = cooccurrences.insert(key, Pair(count: 1, first: first), at: slot)
            }
        }
        pushBlockWord(BlockWord(term: term, start: Int32(start)))
        if blockLength >= KeyphraseExtractor.maxWords { addThreeWordCandidate(endingAt: end, sentence: sentence) }
    }

    /// Counts one occurrence of a word (bytes `start..<end` of `sentence`) into its features; true when it
    /// is the word's first in `sentence`.
    @inline(__always)
    private static func count(
        _ features: inout TermFeatures, shape: WordScanner.WordShape, isFirstWord: Bool, sentence: Int32, start: Int, end: Int
    ) -> Bool {
        features.frequency += 1
        if shape == .acronym { features.acronymCount += 1 }
        if shape == .capitalised && !isFirstWord { features.capitalisedCount += 1 }
        guard features.lastSentence != sentence else { return false }
        if features.firstSentence < 0 {
            features.firstSentence = sentence
            features.firstStart = Int32(start)
            features.firstEnd = Int32(end)
        }
        features.lastSentence = sentence
        features.sentenceCount += 1
        return true
    }

    /// Counts the three-word candidate the block's last three words make, when neither end is a stop
    /// word (one- and two-word candidates are the terms and the pairs).
    private mutating func addThreeWordCandidate(endingAt end: Int, sentence: Int32) {
        let (last, first) = (blockWord(0), blockWord(2))
        guard !terms[Int(last.term)].isStopWord, !terms[Int(first.term)].isStopWord else { return }
        let key = Self.key(first.term, blockWord(1).term, last.term)
        let (index, slot) = candidates.find(forUpdating: key)
        if index >= 0 {
            candidates.values[index].count += 1
        } else {
            _ = candidates.insert(key, Candidate(count: 1, sentence: sentence, start: first.start, end: Int32(end)), at: slot)
        }
    }

    /// A three-word phrase's key: its word ids + 1, 21 bits each, the first word lowest.
    @inline(__always)
    private static func key(_ first: Int32, _ second: Int32, _ third: Int32) -> UInt64 {
        UInt64(third + 1) << 42 | UInt64(second + 1) << 21 | UInt64(first + 1)
    }

    /// Weighs every word once all sentences are read (call once, before `rankedCandidates`).
    mutating func weighTerms(sentenceCount: Int) {
        // Written through spans: the loops run over every pair and occurrence, and each element written
        // through the array checked its uniqueness again.
        do {
            let keys = cooccurrences.keys, values = cooccurrences.values
            var features = terms.mutableSpan
            // Integer sums: the order of the pairs does not matter, so read them in insertion order.
            for index in keys.indices {
                let pair = keys[index]
                let left = Int(pair >> 32)
                let right = Int(pair & 0xFFFF_FFFF)
                let count = Int(values[index].count)
                features[left].rightNeighbours += 1
                features[left].rightCooccurrences += count
                features[right].leftNeighbours += 1
                features[right].leftCooccurrences += count
            }
        }
        // Each word's sentences, in order, grouped by word (a counting sort of the occurrences).
        var starts = [Int](repeating: 0, count: terms.count + 1)
        var sentencesByTerm = [Int32](repeating: 0, count: sentenceOccurrences.count)
        do {
            var startSpan = starts.mutableSpan
            for index in terms.indices { startSpan[index + 1] = startSpan[index] + terms[index].sentenceCount }
        }
        do {
            var fill = starts
            var fillSpan = fill.mutableSpan
            var sorted = sentencesByTerm.mutableSpan
            for occurrence in sentenceOccurrences {
                sorted[fillSpan[Int(occurrence.term)]] = occurrence.sentence
                fillSpan[Int(occurrence.term)] += 1
            }
        }
        // Mean, deviation and maximum over the non-stop words, summed in term order.
        var contentTerms = 0
        var frequencySum = 0.0
        var maxFrequency = -Double.infinity
        for term in terms where !term.isStopWord {
            contentTerms += 1
            frequencySum += Double(term.frequency)
            maxFrequency = max(maxFrequency, Double(term.frequency))
        }
        guard contentTerms > 0 else { return }
        let mean = frequencySum / Double(contentTerms)
        var squares = 0.0
        for term in terms where !term.isStopWord { squares += (Double(term.frequency) - mean) * (Double(term.frequency) - mean) }
        let variance = squares / Double(contentTerms)
        let figures = TermFeatures.DocumentFigures(
            maxFrequency: maxFrequency, meanFrequency: mean, frequencyDeviation: variance.squareRoot(),
            sentenceCount: Double(max(sentenceCount, 1)))
        var logarithms = TermFeatures.Logarithms(maxFrequency: Int(maxFrequency), sentenceCount: max(sentenceCount, 1))
        let sorted = sentencesByTerm.span
        var features = terms.mutableSpan
        for index in features.indices where !features[index].isStopWord {
            features[index].computeWeight(
                figures, sentences: sorted.extracting(starts[index]..<starts[index + 1]), logarithms: &logarithms)
        }
    }

    /// The `limit` best candidates (lowest scores), best first; `limit` nil ranks them all.
    func rankedCandidates(limit: Int? = nil) -> [Candidate] {
        let all = terms.count + cooccurrences.count + candidates.count
        var ranked = CandidateRanking(keep: limit ?? all, room: all)
        for term in terms where !term.isStopWord && term.frequency > 0 {
            // `score` of a one-word key, step for step.
            let weight = term.weight
            var candidate = Candidate(
                count: Int32(term.frequency), sentence: term.firstSentence, start: term.firstStart, end: term.firstEnd)
            candidate.score = weight / ((weight + 1) * Double(candidate.count))
            ranked.offer(candidate)
        }
        for (pair, value) in zip(cooccurrences.keys, cooccurrences.values) {
            let (left, right) = (Int32(pair >> 32), Int32(pair & 0xFFFF_FFFF))
            let (leftTerm, rightTerm) = (terms[Int(left)], terms[Int(right)])
            guard !leftTerm.isStopWord, !rightTerm.isStopWord else { continue }
            // `score` of a two-word key without a stop word, step for step.
            let first = value.first
            var candidate = Candidate(count: value.count, sentence: first.sentence, start: first.start, end: first.end)
            candidate.score = (leftTerm.weight * rightTerm.weight)
                / ((leftTerm.weight + rightTerm.weight + 1) * Double(candidate.count))
            ranked.offer(candidate)
        }
        for (key, candidate) in zip(candidates.keys, candidates.values) {
            var candidate = candidate
            candidate.score = score(key, count: candidate.count)
            ranked.offer(candidate)
        }
        return ranked.best
    }

    /// Product of the word weights over (1 + their sum) × occurrences; a stop word inside the phrase counts
    /// by how surely its neighbours lead to it (YAKE's "BiWeight").
    private func score(_ key: UInt64, count: Int32) -> Double {
        // The key holds the first word lowest: unpack in reading order without allocating.
        let ids = (Int(key & 0x1F_FFFF) - 1, Int((key >> 21) & 0x1F_FFFF) - 1, Int((key >> 42) & 0x1F_FFFF) - 1)
        let length = ids.2 >= 0 ? 3 : ids.1 >= 0 ? 2 : 1
        var product = 1.0
        var sum = 0.0
        for position in 0..<length {
            let id = position == 0 ? ids.0 : position == 1 ? ids.1 : ids.2
            let term = terms[id]
            if !term.isStopWord {
                product *= term.weight
                sum += term.weight
                continue
            }
            // Only the middle word of three can be a stop word.
            let (previous, next) = (ids.0, ids.2)
            let intoStop = Double(cooccurrences[UInt64(previous) << 32 | UInt64(id)]?.count ?? 0) / Double(terms[previous].frequency)
            let outOfStop = Double(cooccurrences[UInt64(id) << 32 | UInt64(next)]?.count ?? 0) / Double(terms[next].frequency)
            let probability = intoStop * outOfStop
            product *= 2 - probability
            sum -= 1 - probability
        }
        return product / ((sum + 1) * Double(count))
    }
}
