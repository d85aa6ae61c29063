/// The VADER sentiment rules (Hutto & Gilbert 2014) as vaderSentiment 3.3.2 applies them to one text, written
/// from the paper and that release's observable behaviour, including its quirks (the first-occurrence lookup
/// in the "but" weighting, the "so"/"this" emphasis three words back), so its scores can be reproduced.
public struct VaderAnalyzer: Sendable {
    let lexicon: VaderLexicon
    /// The valence per word id this analyzer reads: VADER's own, or VADER's plus the news supplement.
    private let valenceTable: [Double]
    /// The trait of a word that has a valence in `valenceTable`.
    private let valenceTrait: VaderLexicon.Traits

    /// VADER as released (the faithful reimplementation).
    public init() { self.init(newsSupplement: false) }

    /// With `newsSupplement`, words that VADER's lexicon lacks but news uses with a clear valence
    /// ("casualties", "famine", see `NewsToneLexicon`) score too; every rule applies to them as usual.
    init(newsSupplement: Bool) {
        lexicon = .shared
        valenceTable = newsSupplement ? lexicon.newsValence : lexicon.valence
        valenceTrait = newsSupplement ? .newsValence : .valence
    }

    /// VADER's scores for `text` (one sentence works best; VADER reads any text as one). Its tokens are read
    /// off a token table as the tone stage reads them, so the faithfulness check covers that reading.
    public func scores(of text: String) -> VaderScores {
        let tokens = VaderTableReader.tokens(of: TokenTable(sentenceTexts: [text]), lexicon: lexicon)
        let sentiments = valences(of: tokens)
        return Self.score(sentiments, emphasis: Self.punctuationEmphasis(tokens))
    }

    /// Per token, the valence after every rule including the "but" weighting (0 for words without sentiment).
    func valences(of tokens: VaderTokens) -> [Double] { valences(of: tokens, in: 0..<tokens.count) }

    /// The same for the tokens in `span` read as a text of their own (one sentence of a document's tokens):
    /// no rule looks outside the span.
    func valences(of tokens: VaderTokens, in span: Range<Int>) -> [Double] {
        var sentiments: [Double] = []
        valences(of: tokens, in: span, into: &sentiments)
        return sentiments
    }

    /// The same, written into `sentiments` (its previous contents dropped), so a document's sentences can
    /// reuse one buffer instead of allocating one each.
    func valences(of tokens: VaderTokens, in span: Range<Int>, into sentiments: inout [Double]) {
        sentiments.removeAll(keepingCapacity: true)
        let count = span.count
        guard count > 0 else { return }
        let rules = lexicon.ruleIDs
        // One pass for the capitals and the first "but" (a scan of its own per sentence cost as much as
        // the capitals' count).
        var upperCount = 0
        var butIndex = -1
        for index in span {
            if tokens.isUpper(index) { upperCount += 1 }
            if butIndex < 0, tokens.id(index) == rules.but { butIndex = index }
        }
        let capsDiffer = upperCount > 0 && upperCount < count
        sentiments.append(contentsOf: repeatElement(0, count: count))
        for index in span {
            let traits = tokens.traits(index)
            // A word without a lexicon valence scores 0 whatever the rules say (`valence(at:)`'s first test).
            guard traits.contains(valenceTrait), !traits.contains(.booster) else { continue }
            let id = tokens.id(index)
            if id == rules.kind, index + 1 < span.upperBound, tokens.id(index + 1) == rules.of { continue }
            sentiments[index - span.lowerBound] = valence(at: index, in: span, tokens, capsDiffer: capsDiffer)
        }
        if butIndex >= 0 { Self.weighAroundBut(&sentiments, but: butIndex - span.lowerBound) }
    }

    /// Whether the token at `index` has a valence (`lexiconValence` of its id is not nil).
    @inline(__always)
    private func hasValence(_ index: Int, _ tokens: VaderTokens) -> Bool { tokens.traits(index).contains(valenceTrait) }

    @inline(__always)
    private func lexiconValence(_ id: Int32) -> Double? {
        guard id >= 0 else { return nil }
        let value = valenceTable[Int(id)]
        return value.isNaN ? nil : value
    }

    private func valence(at index: Int, in span: Range<Int>, _ tokens: VaderTokens, capsDiffer: Bool) -> Double {
        func ids(_ position: Int) -> Int32 { tokens.id(position) }
        guard let base = lexiconValence(ids(index)) else { return 0 }
        let rules = lexicon.ruleIDs
        let before = index - span.lowerBound  // words before this one in the span
        var valence = base
        // "no" before another lexicon word negates that word instead of carrying its own valence.
        if ids(index) == rules.no, index + 1 < span.upperBound, hasValence(index + 1, tokens) { valence = 0 }
        if (before > 0 && ids(index - 1) == rules.no) || (before > 1 && ids(index - 2) == rules.no)
            || (before > 2 && ids(index - 3) == rules.no && (ids(index - 1) == rules.or || ids(index - 1) == rules.nor))
        {
            valence = base * VaderRules.negationScalar
        }
        if capsDiffer, tokens.isUpper(index) {
            valence += valence > 0 ? VaderRules.capsIncrement : -VaderRules.capsIncrement
        }
        for distance in 0..<3 where before > distance && !hasValence(index - distance - 1, tokens) {
            let modifier = index - distance - 1
            var scalar = boosterScalar(modifier, tokens, valence: valence, capsDiffer: capsDiffer)
            if scalar != 0 { scalar *= VaderRules.boosterDistanceDamping[distance] }
            valence += scalar
            valence = negated(valence, index, distance, tokens)
            if distance == 2 { valence = specialCases(valence, index, tokens, end: span.upperBound) }
        }
        return leastNegated(valence, index, tokens, before: before)
    }

    private func boosterScalar(_ index: Int, _ tokens: VaderTokens, valence: Double, capsDiffer: Bool) -> Double {
        guard tokens.traits(index).contains(.booster) else { return 0 }
        var scalar = lexicon.booster[Int(tokens.id(index))]
        guard scalar != 0 else { return 0 }
        if valence < 0 { scalar = -scalar }
        if tokens.isUpper(index), capsDiffer { scalar += valence > 0 ? VaderRules.capsIncrement : -VaderRules.capsIncrement }
        return scalar
    }

    /// A negation one, two or three words before flips the valence; "never so/this" emphasises instead and
    /// "without doubt" leaves it alone.
    private func negated(_ valence: Double, _ index: Int, _ distance: Int, _ tokens: VaderTokens) -> Double {
        func ids(_ position: Int) -> Int32 { tokens.id(position) }
        let rules = lexicon.ruleIDs
        func isSoOrThis(_ id: Int32) -> Bool { id == rules.so || id == rules.this }
        switch distance {
        case 0:
            return tokens.isNegated(index - 1) ? valence * VaderRules.negationScalar : valence
        case 1:
            if ids(index - 2) == rules.never, isSoOrThis(ids(index - 1)) { return valence * VaderRules.neverSoEmphasis }
            if ids(index - 2) == rules.without, ids(index - 1) == rules.doubt { return valence }
            return tokens.isNegated(index - 2) ? valence * VaderRules.negationScalar : valence
        default:
            // As released: "so"/"this" right before the word emphasises even without "never".
            if (ids(index - 3) == rules.never && isSoOrThis(ids(index - 2))) || isSoOrThis(ids(index - 1)) {
                return valence * VaderRules.neverSoEmphasis
            }
            if ids(index - 3) == rules.without, ids(index - 2) == rules.doubt || ids(index - 1) == rules.doubt {
                return valence
            }
            return tokens.isNegated(index - 3) ? valence * VaderRules.negationScalar : valence
        }
    }

    /// Idioms around the word replace its valence; a two-word dampener before it ("kind of") adds to it.
    private func specialCases(_ valence: Double, _ index: Int, _ tokens: VaderTokens, end: Int) -> Double {
        func ids(_ position: Int) -> Int32 { tokens.id(position) }
        func phrasal(_ position: Int) -> Bool { tokens.traits(position).contains(.phraseWord) }
        // Every phrase is at least two words, one of them among the three before the word or the word itself.
        guard phrasal(index - 3) || phrasal(index - 2) || phrasal(index - 1) || phrasal(index) else { return valence }
        // A phrase can only be a special case when its first word opens one: most are not looked for.
        let opensSpecialCase = lexicon.opensSpecialCase
        func special(_ key: UInt64, opening first: Int32) -> Double? {
            guard first >= 0, opensSpecialCase[Int(first)] else { return nil }
            return lexicon.specialCases.first { $0.key == key }?.value
        }
        var valence = valence
        let (w3, w2, w1, w0) = (ids(index - 3), ids(index - 2), ids(index - 1), ids(index))
        // The first match among the phrases ending at or just before the word wins.
        if let match = special(VaderLexicon.phraseKey(w1, w0), opening: w1)
            ?? special(VaderLexicon.phraseKey(w2, w1, w0), opening: w2) ?? special(VaderLexicon.phraseKey(w2, w1), opening: w2)
            ?? special(VaderLexicon.phraseKey(w3, w2, w1), opening: w3) ?? special(VaderLexicon.phraseKey(w3, w2), opening: w3)
        {
            valence = match
        }
        if index + 1 < end, let match = special(VaderLexicon.phraseKey(w0, ids(index + 1)), opening: w0) { valence = match }
        if index + 2 < end, let match = special(VaderLexicon.phraseKey(w0, ids(index + 1), ids(index + 2)), opening: w0) {
            valence = match
        }
        for bigram in [VaderLexicon.phraseKey(w3, w2), VaderLexicon.phraseKey(w2, w1)] {
            if let dampening = lexicon.dampenerBigrams.first(where: { $0.key == bigram })?.value { valence += dampening }
        }
        return valence
    }

    /// "least" before a word negates it, except in "at least" and "very least".
    private func leastNegated(_ valence: Double, _ index: Int, _ tokens: VaderTokens, before: Int) -> Double {
        func ids(_ position: Int) -> Int32 { tokens.id(position) }
        let rules = lexicon.ruleIDs
        guard before > 0, ids(index - 1) == rules.least, !hasValence(index - 1, tokens) else { return valence }
        if before > 1, ids(index - 2) == rules.at || ids(index - 2) == rules.very { return valence }
        return valence * VaderRules.negationScalar
    }

    /// Words before the first "but" count half, words after it one and a half times. As released, each
    /// position's new value is written at the first position holding the same value, which this reproduces.
    /// `countingPast`: how many non-zero values a text may have before their counting replaces the search
    /// (tests set it to check the two ways agree).
    static func weighAroundBut(_ sentiments: inout [Double], but: Int, countingPast: Int = longestSearchedText) {
        // Zeros stay zero wherever they are written, so only the non-zero positions take part: their
        // values are searched in a dense copy and written back at the end.
        let nonZero = sentiments.indices.filter { sentiments[$0] != 0 }
        var values = nonZero.map { sentiments[$0] }
        // In a long text (the whole document's pass) a search from the start per value was quadratic: there
        // the values the earlier positions hold are counted by bit pattern (non-zero and finite, so equal
        // values have equal bits), and only a value some earlier position holds is searched for.
        var earlier: KeyedTable<UInt64, Int32>? = values.count > countingPast ? KeyedTable(capacity: values.count) : nil
        for index in 0..<values.count {
            let value = values[index]
            var scan = index
            if earlier == nil || earlier?[value.bitPattern] ?? 0 > 0 {
                scan = 0
                while values[scan] != value { scan &+= 1 }  // stops at `index` at the latest
            }
            let first = nonZero[scan]
            var weighed = value
            if first < but {
                weighed = value * VaderRules.beforeButWeight
            } else if first > but {
                weighed = value * VaderRules.afterButWeight
            }
            values[scan] = weighed
            // `index` joins the earlier positions holding `value`, unless it was rewritten itself; a rewritten
            // earlier position leaves `value` for `weighed`. Either way `weighed` gains one position.
            earlier?.update(weighed.bitPattern, orInsert: { 0 }) { $0 += 1 }
        }
        for (position, value) in zip(nonZero, values) { sentiments[position] = value }
    }

    /// Texts with more non-zero valences than this count them for `weighAroundBut` (a sentence has a few).
    static let longestSearchedText = 24

    static func punctuationEmphasis(_ tokens: VaderTokens) -> Double {
        punctuationEmphasis(exclamations: tokens.exclamations, questions: tokens.questions)
    }

    static func punctuationEmphasis(exclamations: Int, questions: Int) -> Double {
        let exclamation = Double(min(exclamations, VaderRules.maxExclamations)) * VaderRules.exclamationEmphasis
        let question: Double =
            switch questions {
            case ...1: 0
            case 2...3: Double(questions) * VaderRules.questionEmphasis
            default: VaderRules.manyQuestionsEmphasis
            }
        return exclamation + question
    }

    static func normalise(_ sum: Double, alpha: Double = VaderRules.normalisationAlpha) -> Double {
        min(1, max(-1, sum / (sum * sum + alpha).squareRoot()))
    }

    /// The compound and the positive/negative/neutral shares from the token valences.
    static func score(_ sentiments: [Double], emphasis: Double) -> VaderScores {
        guard !sentiments.isEmpty else { return .zero }
        var sum = sentiments.reduce(0, +)
        if sum > 0 { sum += emphasis } else if sum < 0 { sum -= emphasis }
        var positive = 0.0
        var negative = 0.0
        var neutral = 0.0
        for value in sentiments {
            if value > 0 { positive += value + 1 } else if value < 0 { negative += value - 1 } else { neutral += 1 }
        }
        if positive > -negative { positive += emphasis } else if positive < -negative { negative -= emphasis }
        let total = positive - negative + neutral
        return VaderScores(
            compound: normalise(sum), positive: abs(positive / total), negative: abs(negative / total),
            neutral: abs(neutral / total))
    }
}
