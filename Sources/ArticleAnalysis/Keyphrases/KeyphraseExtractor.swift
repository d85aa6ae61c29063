/// Statistical key phrases in the manner of YAKE (Campos et al. 2020): no corpus, no model. Each word is
/// weighed by its casing, the position of the sentences it occurs in, its frequency, how many different
/// words surround it (a word next to many different words is a function word) and how many sentences it
/// spreads over; phrases of up to three words that neither start nor end with a stop word combine their
/// words' weights. Near-duplicates (Levenshtein similarity above 0.9, YAKE's default) are dropped; in the
/// record (`refinesPhrases`) so are parts of a phrase that never occur outside it ("Atomic Energy" beside
/// "International Atomic Energy", whichever ranks first), and two chosen phrases that overlap in the text are joined
/// ("International Atomic Energy" + "Atomic Energy Agency"), and phrases written once that look like chance
/// word sequences are left out.
public struct KeyphraseExtractor: Sendable {
    /// Longest candidate in words (YAKE's default n = 3); joined phrases may reach `maxJoinedWords`.
    public static let maxWords = 3
    public static let maxJoinedWords = 5
    /// Phrases more similar than this to a better one are dropped (YAKE's default `dedup_lim`).
    public static let similarityLimit = 0.9
    public var limit: Int
    /// Drop parts and join overlaps (on in the record; off reproduces YAKE's list for comparison).
    public var refinesPhrases: Bool
    /// Reads every sentence with `WordScanner` instead of the token table's words: the reference the
    /// table reading is tested against.
    var scansText = false

    public init(limit: Int = 10, refinesPhrases: Bool = true) {
        self.limit = limit
        self.refinesPhrases = refinesPhrases
    }

    /// Key phrases of sentences given as text (tools and tests; the stage reads the document's table).
    public func keyphrases(ofSentences sentences: [String]) -> [Keyphrase] {
        keyphrases(of: TokenTable(sentenceTexts: sentences))
    }

    /// Key phrases of an article read from its token table.
    public func keyphrases(of table: TokenTable) -> [Keyphrase] {
        let sentences = table.sentences
        var reader = KeyphraseReader(vocabulary: table.vocabulary, tokens: table.count)
        for (index, tokens) in sentences.enumerated() {
            if scansText {
                reader.scanWhole(tokens, sentence: Int32(index))
            } else {
                reader.read(tokens, lexemes: table.lexemes(ofSentence: index), sentence: Int32(index))
            }
        }
        reader.weighTerms(sentenceCount: sentences.count)
        // Enough candidates for the list after de-duplication; all of them if that runs dry.
        let shortlist = reader.rankedCandidates(limit: limit * 4)
        let phrases = choose(from: shortlist, sentences)
        if phrases.count == limit || shortlist.count < limit * 4 { return phrases }
        return choose(from: reader.rankedCandidates(), sentences)
    }

    private func choose(from ranked: [KeyphraseReader.Candidate], _ sentences: [WordTokens]) -> [Keyphrase] {
        var chosen: [ChosenPhrase] = []
        chosen.reserveCapacity(min(max(limit, 0), ranked.count))
        for candidate in ranked {
            let next = ChosenPhrase(candidate, in: sentences[Int(candidate.sentence)])
            if Self.index(in: chosen, where: { $0.isSimilar(to: next, above: Self.similarityLimit) }) != nil {
                continue
            }
            if refinesPhrases {
                if Self.index(in: chosen, where: { $0.contains(next) && next.count <= $0.count }) != nil { continue }
                // A chosen part that never occurs outside this phrase ("perks" in "virtual perks") gives
                // way to the whole, in the part's place.
                if let index = Self.index(in: chosen, where: { next.contains($0) && $0.count <= next.count }) {
                    let rank = chosen[index].score
                    chosen[index] = next
                    chosen[index].score = rank
                    continue
                }
                if let index = Self.index(in: chosen, where: { $0.canJoin(next, in: sentences) }) {
                    chosen[index].join(next)
                    continue
                }
                // A phrase written once that bridges a stop word ("Monday that Iran") or runs on from a
                // chosen phrase ("Energy Agency visited") is a chance sequence, not a name.
                if next.count == 1, next.words.count > 1,
                    next.hasInnerStopWord
                        || Self.index(in: chosen, where: { $0.words.count > 1 && $0.sharesWord(with: next) }) != nil
                {
                    continue
                }
            }
            chosen.append(next)
            if chosen.count == limit { break }
        }
        return chosen.map { Keyphrase(phrase: $0.phrase, score: $0.score, count: $0.count) }
    }

    /// The first index of `chosen` whose phrase passes `test`. Read through a `Span`, which lends each
    /// phrase in place: `contains(where:)`, `firstIndex(where:)` and even the array's subscript copied each
    /// phrase out (a String and three arrays retained and released), and those copies cost more than the
    /// comparisons (callgrind).
    private static func index(in chosen: [ChosenPhrase], where test: (borrowing ChosenPhrase) -> Bool) -> Int? {
        let phrases = chosen.span
        for index in phrases.indices where test(phrases[index]) { return index }
        return nil
    }
}
