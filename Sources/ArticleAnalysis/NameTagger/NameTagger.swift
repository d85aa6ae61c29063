/// Names beyond the dictionaries: an averaged perceptron over BIO tags (person, location, organisation),
/// decoded greedily left to right with the two previous tags as features. Greedy rather than Viterbi
/// because the tagger runs on every sentence of every article within a budget of ~0.25 ms per 7 KB: one
/// pass scores each token once, and in mixed-case text only tokens with a capital (or continuing a name)
/// are scored at all — a lower-case word outside a name is `outside` without a look at the table. Invalid
/// BIO transitions (an inside tag after another kind) are never chosen.
public struct NameTagger: Sendable {
    public let model: NameTagModel
    /// The summed weights of the features of each pair of previous tags (`NameTagFeatures.addTagFeatures`,
    /// at `tagPairIndex`): 49 sums made once, one add per scored token instead of two look-ups.
    let tagPairScores: [SIMD8<Int32>]

    public init(model: NameTagModel) {
        self.model = model
        var pairs = [SIMD8<Int32>](repeating: .zero, count: NameTag.count * NameTag.count)
        for previous in NameTag.allCases {
            for beforePrevious in NameTag.allCases {
                var sum = NameTagScorer(model: model, words: NameTagWordScores())
                NameTagFeatures.addTagFeatures(previous: previous, beforePrevious: beforePrevious, into: &sum)
                pairs[Self.tagPairIndex(previous: previous, beforePrevious: beforePrevious)] = sum.lanes
            }
        }
        tagPairScores = pairs
    }

    @inline(__always) static func tagPairIndex(previous: NameTag, beforePrevious: NameTag) -> Int {
        Int(previous.rawValue) &* NameTag.count &+ Int(beforePrevious.rawValue)
    }

    /// The shipped weights (NameTaggerWeights.swift, from `make train-tagger`), decoded on first use.
    public static let standard = NameTagger(
        model: (try? NameTagModel(base64: NameTaggerWeights.base64)) ?? NameTagModel())

    /// The spans of one sentence. `lexiconMentions` are the dictionary matches, read as features.
    public func spans(_ tokens: WordTokens, lexiconMentions: [(tokens: Range<Int>, kind: EntityKind)]) -> [NameTagSpan] {
        analyse(tokens, lexiconMentions: lexiconMentions).spans
    }

    /// The spans of one sentence and what the features read of it (the vote needs its capitals runs).
    public func analyse(_ tokens: WordTokens, lexiconMentions: [(tokens: Range<Int>, kind: EntityKind)])
        -> (spans: [NameTagSpan], sentence: NameTagSentence)
    {
        var words = NameTagWordScores()
        let spans = analyse(tokens, lexemes: [], words: &words, lexiconCount: lexiconMentions.count) { lexiconMentions[$0] }
        return (spans, words.sentence)
    }

    /// `analyse` for a sentence of a document whose token table gives each token's lexeme id (`lexemes`,
    /// empty: unknown): `words` keeps the document's word-alone feature sums from sentence to sentence.
    /// The sentence's features stay in `words.sentence` for the caller to read; they are not returned as
    /// well, since a returned copy would retain and release its six arrays once more per sentence.
    func analyse(
        _ tokens: WordTokens, lexemes: ArraySlice<Int32>, words: inout NameTagWordScores,
        lexiconCount: Int, lexiconMention: (Int) -> (tokens: Range<Int>, kind: EntityKind)
    ) -> [NameTagSpan] {
        // Read into the storage the document's previous sentence used (the caller has let go of that one), and
        // kept there for the next.
        var sentence = NameTagSentence()
        swap(&sentence, &words.sentence)
        sentence.refill(tokens, lexiconCount: lexiconCount, lexiconMention: lexiconMention)
        defer { words.sentence = sentence }
        // The document's tag arrays, refilled for each sentence rather than allocated anew.
        var tagged = NameTagWordScores.TagBuffers()
        swap(&tagged, &words.tagBuffers)
        defer { swap(&tagged, &words.tagBuffers) }
        tag(tokens, sentence, lexemes: lexemes, words: &words, into: &tagged)
        var spans = NameTagSpan.spans(of: tagged.tags, margins: tagged.margins)
        for index in spans.indices {
            spans[index].runnerUp = tagged.runnersUp[spans[index].tokens.lowerBound].kind
            spans[index].touchesKnownPlace = spans[index].tokens.contains {
                NameTagPlaceMatches.isKnownPlace(tokens, $0, values: sentence.places)
            }
        }
        return spans
    }

    /// Each token's tag, the margin of its tag over the best other valid tag (real weight units), and that
    /// runner-up tag.
    public func tags(_ tokens: some NameTagTokenView, _ sentence: NameTagSentence)
        -> (tags: [NameTag], margins: [Float], runnersUp: [NameTag])
    {
        var words = NameTagWordScores()
        return tags(tokens, sentence, lexemes: [], words: &words)
    }

    func tags(_ tokens: some NameTagTokenView, _ sentence: NameTagSentence, lexemes: ArraySlice<Int32>, words: inout NameTagWordScores)
        -> (tags: [NameTag], margins: [Float], runnersUp: [NameTag])
    {
        var tagged = NameTagWordScores.TagBuffers()
        tag(tokens, sentence, lexemes: lexemes, words: &words, into: &tagged)
        return (tagged.tags, tagged.margins, tagged.runnersUp)
    }

    /// `tags` into arrays the caller keeps from sentence to sentence (their old contents are dropped).
    func tag(
        _ tokens: some NameTagTokenView, _ sentence: NameTagSentence, lexemes: ArraySlice<Int32>, words: inout NameTagWordScores,
        into tagged: inout NameTagWordScores.TagBuffers
    ) {
        tagged.reset(count: tokens.count)
        var scorer = NameTagScorer(model: model, words: NameTagWordScores(), tagPairs: tagPairScores)
        swap(&scorer.words, &words)
        defer { swap(&scorer.words, &words) }
        var previous = NameTag.outside, beforePrevious = NameTag.outside
        for index in 0..<tokens.count {
            if Self.isScored(tokens, sentence, index, previous: previous) {
                scorer.begin(index, count: tokens.count, lexemes: lexemes)
                NameTagFeatures.extract(tokens, sentence, at: index, previous: previous, beforePrevious: beforePrevious, into: &scorer)
                scorer.finish()
                let lanes = scorer.lanes
                let (best, margin, runnerUp) = Self.ranked(previous: previous) { Float(lanes[NameTagModel.lane(of: $0)]) }
                tagged.tags[index] = best
                tagged.margins[index] = margin * model.scale
                tagged.runnersUp[index] = runnerUp
            }
            beforePrevious = previous
            previous = tagged.tags[index]
        }
    }

    /// Whether token `index` is looked at: lower-case words in text that uses capitals are not names unless
    /// they continue one ("Bank of England"), nor is a capitalised function word, day or month that no
    /// capitalised word follows ("The", "On Monday ,"). A sentence without any capital (a tweet) is scored
    /// throughout.
    @inline(__always)
    static func isScored(_ tokens: some NameTagTokenView, _ sentence: NameTagSentence, _ index: Int, previous: NameTag) -> Bool {
        previous != .outside || (tokens.hasCapital(index) && !sentence.isPlainCommonWord[index]) || sentence.casing == .lowercase
    }

    /// The highest-scoring tag that may follow `previous` (ties go to the earlier tag, `outside` first), its
    /// margin over the next valid one, and that runner-up.
    @inline(__always)
    static func best(previous: NameTag, score: (NameTag) -> Float) -> (NameTag, Float) {
        let ranked = ranked(previous: previous, score: score)
        return (ranked.best, ranked.margin)
    }

    @inline(__always)
    static func ranked(previous: NameTag, score: (NameTag) -> Float) -> (best: NameTag, margin: Float, runnerUp: NameTag) {
        var best = NameTag.outside, bestScore = -Float.infinity
        var second = NameTag.outside, secondScore = -Float.infinity
        // The tags in `allCases` order (raw values 0…6), those that cannot follow `previous` skipped.
        let valid = previous.validSuccessors
        for raw in 0..<UInt8(NameTag.count) where valid & 1 << raw != 0 {
            let tag = NameTag(rawValue: raw) ?? .outside
            let value = score(tag)
            if value > bestScore {
                second = best
                secondScore = bestScore
                best = tag
                bestScore = value
            } else if value > secondScore {
                second = tag
                secondScore = value
            }
        }
        return (best, bestScore - secondScore, second)
    }
}
