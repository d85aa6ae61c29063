/// The state of one key-phrase extraction: words interned as they are read, their features, the
/// co-occurrence counts of adjacent words and the counts of candidate phrases.
struct KeyphraseReader {
    /// A candidate phrase: how often it occurs and where it first does (sentence, byte range), for its text.
    struct Candidate {
        var count: Int32
        var sentence: Int32
        var start: Int32
        var end: Int32
        var score = 0.0
    }

    static let stopWordTable = ByteKeyTable(keys: EnglishStopWords.words.map { Array($0.utf8) })
    /// Held per reader so the hot loop does not pass through the global's once-check per word.
    private let stopWords = Self.stopWordTable

    private var words = ByteInterner()
    private var terms: [TermFeatures] = []
    /// Adjacent words within a block: (left id << 32 | right id) → count.
    private var cooccurrences = UInt64KeyedTable<Int32>(capacity: 1024)
    /// Phrase (word ids + 1, 21 bits each, first word lowest) → occurrences.
    private var candidates = UInt64KeyedTable<Candidate>(capacity: 2048)
    /// (word, sentence) for each first occurrence of a word in a sentence, in reading order.
    private var sentenceOccurrences: [(term: Int32, sentence: Int32)] = []
    /// The words of the current block (ids and start offsets), cleared at punctuation.
    private var block: [(term: Int32, start: Int32)] = []

    init() {
        terms.reserveCapacity(512)
        sentenceOccurrences.reserveCapacity(1024)
        block.reserveCapacity(32)
    }

    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, sentence: Int32) {
        block.removeAll(keepingCapacity: true)
        var isFirstWord = true
        WordScanner.scan(bytes) { piece in
            switch piece {
            case .blockBreak:
                block.removeAll(keepingCapacity: true)
            case let .word(start, end, shape):
                defer { isFirstWord = false }
                if shape == .number || shape == .unusual {
                    block.removeAll(keepingCapacity: true)
                    return
                }
                let term = intern(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                terms[term].frequency += 1
                if shape == .acronym { terms[term].acronymCount += 1 }
                if shape == .capitalised && !isFirstWord { terms[term].capitalisedCount += 1 }
                if terms[term].lastSentence != sentence {
                    terms[term].lastSentence = sentence
                    terms[term].sentenceCount += 1
                    sentenceOccurrences.append((Int32(term), sentence))
                }
                if let previous = block.last {
                    cooccurrences.update(UInt64(previous.term) << 32 | UInt64(term), orInsert: { 0 }) { $0 += 1 }
                }
                block.append((Int32(term), Int32(start)))
                addCandidates(endingAt: end, sentence: sentence)
            }
        }
    }

    private mutating func addCandidates(endingAt end: Int, sentence: Int32) {
        let last = Int(block[block.count - 1].term)
        guard !terms[last].isStopWord else { return }
        var key: UInt64 = 0
        for length in 1...min(KeyphraseExtractor.maxWords, block.count) {
            let first = block[block.count - length]
            key = key << 21 | UInt64(first.term + 1)
            if terms[Int(first.term)].isStopWord { continue }
            candidates.update(key, orInsert: { Candidate(count: 0, sentence: sentence, start: first.start, end: Int32(end)) }) {
                $0.count += 1
            }
        }
    }

    /// The id of a word (lowercased, a final "s" dropped from words longer than three letters, as YAKE does).
    private mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        if word.contains(where: { $0 >= 0x80 }) {
            // A typographic apostrophe reads as a plain one, so "we’d" meets the stop word "we'd".
            let lowered = String(decoding: word, as: UTF8.self).lowercased()
            var lower = Array(String(lowered.map { $0 == "’" ? "'" : $0 }).utf8)
            return lower.withUnsafeMutableBufferPointer { internLowercased(UnsafeBufferPointer($0)) }
        }
        return ASCIILowercase.with(word) { internLowercased($0) }
    }

    private mutating func internLowercased(_ lower: UnsafeBufferPointer<UInt8>) -> Int {
        let length = lower.count
        let stemLength = length > 3 && lower[length - 1] == UInt8(ascii: "s") ? length - 1 : length
        let stem = UnsafeBufferPointer(rebasing: lower[0..<stemLength])
        let id = words.intern(stem)
        if id == terms.count {
            var features = TermFeatures()
            let letters = stem.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            features.isStopWord = stopWords.id(of: lower) >= 0 || stopWords.id(of: stem) >= 0 || letters < 3
            terms.append(features)
        }
        return id
    }

    /// Weighs every word once all sentences are read (call once, before `rankedCandidates`).
    mutating func weighTerms(sentenceCount: Int) {
        cooccurrences.forEach { pair, count in
            let left = Int(pair >> 32)
            let right = Int(pair & 0xFFFF_FFFF)
            terms[left].rightNeighbours += 1
            terms[left].rightCooccurrences += Int(count)
            terms[right].leftNeighbours += 1
            terms[right].leftCooccurrences += Int(count)
        }
        // Each word's sentences, in order, grouped by word (a counting sort of the occurrences).
        var starts = [Int](repeating: 0, count: terms.count + 1)
        for index in terms.indices { starts[index + 1] = starts[index] + terms[index].sentenceCount }
        var fill = starts
        var sentencesByTerm = [Int32](repeating: 0, count: sentenceOccurrences.count)
        for occurrence in sentenceOccurrences {
            sentencesByTerm[fill[Int(occurrence.term)]] = occurrence.sentence
            fill[Int(occurrence.term)] += 1
        }
        let frequencies = terms.filter { !$0.isStopWord }.map { Double($0.frequency) }
        guard !frequencies.isEmpty else { return }
        let mean = frequencies.reduce(0, +) / Double(frequencies.count)
        let variance = frequencies.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(frequencies.count)
        let figures = TermFeatures.DocumentFigures(
            maxFrequency: frequencies.max()!, meanFrequency: mean, frequencyDeviation: variance.squareRoot(),
            sentenceCount: Double(max(sentenceCount, 1)))
        for index in terms.indices where !terms[index].isStopWord {
            terms[index].computeWeight(figures, sentences: sentencesByTerm[starts[index]..<starts[index + 1]])
        }
    }

    /// The `limit` best candidates (lowest scores), best first; `limit` nil ranks them all.
    func rankedCandidates(limit: Int? = nil) -> [Candidate] {

        func isBetter(_ a: Candidate, _ b: Candidate) -> Bool {
            a.score < b.score || (a.score == b.score && (a.sentence, a.start) < (b.sentence, b.start))
        }
        let keep = limit ?? candidates.count
        // A sorted list of the best `keep` seen so far: most candidates lose to its last one at once.
        var ranked: [Candidate] = []
        ranked.reserveCapacity(min(keep, candidates.count) + 1)
        candidates.forEach { key, candidate in
            var candidate = candidate
            candidate.score = score(key, count: candidate.count)
            if ranked.count == keep, let worst = ranked.last, !isBetter(candidate, worst) { return }
            var position = ranked.count
            while position > 0, isBetter(candidate, ranked[position - 1]) { position -= 1 }
            ranked.insert(candidate, at: position)
            if ranked.count > keep { ranked.removeLast() }
        }
        return ranked
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
            let intoStop = Double(cooccurrences[UInt64(previous) << 32 | UInt64(id)] ?? 0) / Double(terms[previous].frequency)
            let outOfStop = Double(cooccurrences[UInt64(id) << 32 | UInt64(next)] ?? 0) / Double(terms[next].frequency)
            let probability = intoStop * outOfStop
            product *= 2 - probability
            sum -= 1 - probability
        }
        return product / ((sum + 1) * Double(count))
    }
}
