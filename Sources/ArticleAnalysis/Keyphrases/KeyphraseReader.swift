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

    /// Held per reader so the hot loop does not pass through the global's once-check per word.
    private let stopWords = EnglishStopWords.table

    private var words = ByteInterner()
    private var terms: [TermFeatures] = []
    /// Adjacent words within a block: (left id << 32 | right id) → count.
    private var cooccurrences = KeyedTable<UInt64, Int32>(capacity: 1024)
    /// Phrase (word ids + 1, 21 bits each, first word lowest) → occurrences.
    private var candidates = KeyedTable<UInt64, Candidate>(capacity: 2048)
    /// (word, sentence) for each first occurrence of a word in a sentence, in reading order.
    private var sentenceOccurrences: [(term: Int32, sentence: Int32)] = []
    /// The last words of the current block (ids and start offsets, the latest first), cleared at
    /// punctuation: candidates are at most three words long, so three are enough.
    private var block: (BlockWord, BlockWord, BlockWord) = (.none, .none, .none)
    private var blockLength = 0

    private struct BlockWord {
        var term: Int32
        var start: Int32
        static let none = BlockWord(term: -1, start: 0)
    }

    init() {
        terms.reserveCapacity(512)
        sentenceOccurrences.reserveCapacity(1024)
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

    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, sentence: Int32) {
        blockLength = 0
        var isFirstWord = true
        WordScanner.scan(bytes) { piece in
            switch piece {
            case .blockBreak:
                blockLength = 0
            case let .word(start, end, shape):
                defer { isFirstWord = false }
                if shape == .number || shape == .unusual {
                    blockLength = 0
                    return
                }
                let term = intern(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                let isNewInSentence = Self.count(&terms[term], shape: shape, isFirstWord: isFirstWord, sentence: sentence)
                if isNewInSentence { sentenceOccurrences.append((Int32(term), sentence)) }
                if blockLength > 0 {
                    let key = UInt64(blockWord(0).term) << 32 | UInt64(term)
                    let (index, slot) = cooccurrences.find(forUpdating: key)
                    if index >= 0 { cooccurrences.values[index] += 1 } else { _ = cooccurrences.insert(key, 1, at: slot) }
                }
                pushBlockWord(BlockWord(term: Int32(term), start: Int32(start)))
                addCandidates(endingAt: end, sentence: sentence)
            }
        }
    }

    /// Counts one occurrence of a word into its features; true when it is the word's first in `sentence`.
    @inline(__always)
    private static func count(_ features: inout TermFeatures, shape: WordScanner.WordShape, isFirstWord: Bool, sentence: Int32) -> Bool {
        features.frequency += 1
        if shape == .acronym { features.acronymCount += 1 }
        if shape == .capitalised && !isFirstWord { features.capitalisedCount += 1 }
        guard features.lastSentence != sentence else { return false }
        features.lastSentence = sentence
        features.sentenceCount += 1
        return true
    }

    private mutating func addCandidates(endingAt end: Int, sentence: Int32) {
        guard !terms[Int(blockWord(0).term)].isStopWord else { return }
        var key: UInt64 = 0
        for length in 1...min(KeyphraseExtractor.maxWords, blockLength) {
            let first = blockWord(length - 1)
            key = key << 21 | UInt64(first.term + 1)
            if terms[Int(first.term)].isStopWord { continue }
            let (index, slot) = candidates.find(forUpdating: key)
            if index >= 0 {
                candidates.values[index].count += 1
            } else {
                _ = candidates.insert(key, Candidate(count: 1, sentence: sentence, start: first.start, end: Int32(end)), at: slot)
            }
        }
    }

    /// The id of a word (lowercased, a final "s" dropped from words longer than three letters, as YAKE does).
    private mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        if word.contains(where: { $0 >= 0x80 }) {
            // A typographic apostrophe reads as a plain one, so "we’d" meets the stop word "we'd".
            let lowered = String(decoding: word, as: UTF8.self).lowercased()
            var lower = Array(String(lowered.map { $0 == "’" ? "'" : $0 }).utf8)
            return lower.withUnsafeMutableBufferPointer { internStem(of: UnsafeBufferPointer($0), isASCII: false) }
        }
        return internStem(of: word, isASCII: true)
    }

    /// Interns the stem of a word that is lowercase already or ASCII (folded here, as it is read).
    @inline(__always)
    private mutating func internStem(of word: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> Int {
        let length = word.count
        let stemLength = length > 3 && ASCIILowercase.folded(word[length - 1]) == UInt8(ascii: "s") ? length - 1 : length
        let stem = UnsafeBufferPointer(rebasing: word[0..<stemLength])
        let id = isASCII ? words.intern(asciiLowercasing: stem) : words.intern(stem)
        if id == terms.count {
            var features = TermFeatures()
            if isASCII {
                // The stem is the word itself unless an "s" was dropped: one look-up then.
                features.isStopWord = stemLength < 3 || stopWords.id(ofASCIILowercased: word) >= 0
                    || (stemLength < length && stopWords.id(ofASCIILowercased: stem) >= 0)
            } else {
                let letters = stem.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                features.isStopWord = stopWords.id(of: word) >= 0 || stopWords.id(of: stem) >= 0 || letters < 3
            }
            terms.append(features)
        }
        return id
    }

    /// Weighs every word once all sentences are read (call once, before `rankedCandidates`).
    mutating func weighTerms(sentenceCount: Int) {
        // Integer sums: the order of the pairs does not matter, so read them in insertion order.
        terms.withUnsafeMutableBufferPointer { terms in
            for (pair, count) in zip(cooccurrences.keys, cooccurrences.values) {
                let left = Int(pair >> 32)
                let right = Int(pair & 0xFFFF_FFFF)
                terms[left].rightNeighbours += 1
                terms[left].rightCooccurrences += Int(count)
                terms[right].leftNeighbours += 1
                terms[right].leftCooccurrences += Int(count)
            }
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
        for index in terms.indices where !terms[index].isStopWord {
            terms[index].computeWeight(
                figures, sentences: sentencesByTerm[starts[index]..<starts[index + 1]], logarithms: &logarithms)
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
