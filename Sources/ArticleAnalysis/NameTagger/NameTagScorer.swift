/// The feature sink the tagger scores a token with: each feature's weights go straight into the token's
/// per-tag scores, no feature list in between, and the word-alone features of a word already seen in the
/// document come from `NameTagWordScores` as one sum instead of being hashed and looked up one by one.
struct NameTagScorer: NameTagFeatureSink {
    let model: NameTagModel
    var words: NameTagWordScores
    /// The current token's score per tag (lane t for tag t).
    private(set) var scores = SIMD8<Int32>()
    /// Per position −2…2 (lane offset + 2): the `words` entry being filled for this token, `added` where the
    /// word's sum is already in `scores`, `direct` where no sum is kept (no lexemes given, or a word used once).
    private var entries = InlineArray<5, Int32>(repeating: Self.direct)
    /// Per position: the sum being filled.
    private var filling = InlineArray<5, SIMD8<Int32>>(repeating: .zero)
    private static let added: Int32 = -1, direct: Int32 = -2

    init(model: NameTagModel, words: NameTagWordScores) {
        self.model = model
        self.words = words
    }

    /// Starts token `index` of a sentence of `count` tokens whose lexeme ids are `lexemes` (empty: none).
    @inline(__always)
    mutating func begin(_ index: Int, count: Int, lexemes: ArraySlice<Int32>) {
        scores = .zero
        entries = InlineArray(repeating: Self.direct)
        guard !lexemes.isEmpty, !words.slots.isEmpty else { return }
        filling = InlineArray(repeating: .zero)
        for lane in 0..<NameTagWordScores.offsets {
            let position = index &+ lane &- 2
            guard position >= 0, position < count else { continue }
            let entry = NameTagWordScores.entry(lexeme: lexemes[lexemes.startIndex &+ position], lane: lane)
            let slot = words.slots[entry]
            if slot >= 0 {
                scores &+= words.sums[Int(slot)]
                entries[lane] = Self.added
            } else if slot == NameTagWordScores.unread {
                entries[lane] = Int32(truncatingIfNeeded: entry)
            }
        }
    }

    /// Ends the token: the sums filled while scoring it are complete.
    @inline(__always)
    mutating func finish() {
        for lane in 0..<NameTagWordScores.offsets where entries[lane] >= 0 {
            words.slots[Int(entries[lane])] = Int32(words.sums.count)
            words.sums.append(filling[lane])
        }
    }

    @inline(__always) mutating func add(_ feature: UInt64) { scores &+= model.weights(of: feature) }

    /// A group's sum from the document's `NameTagContextScores`, or its features looked up one by one and
    /// their sum kept there.
    @inline(__always)
    mutating func add(context key: SIMD8<UInt64>, _ features: (inout Self) -> Void) {
        guard words.contexts.isEnabled else { return features(&self) }
        let (kept, slot) = words.contexts.find(key)
        if let kept {
            scores &+= kept
            return
        }
        let before = scores
        scores = .zero
        features(&self)
        words.contexts.insert(key, scores, at: slot)
        scores &+= before
    }

    @inline(__always)
    mutating func add(word offset: Int, _ feature: () -> UInt64?) {
        let entry = entries[offset + 2]
        guard entry != Self.added, let feature = feature() else { return }
        let weights = model.weights(of: feature)
        scores &+= weights
        if entry >= 0 { filling[offset + 2] &+= weights }
    }
}
