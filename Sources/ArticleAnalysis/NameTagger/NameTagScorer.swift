/// The feature sink the tagger scores a token with: each feature's weights go straight into the token's
/// per-tag scores, no feature list in between, and the word-alone features of a word already seen in the
/// document come from `NameTagWordScores` as one sum instead of being hashed and looked up one by one.
struct NameTagScorer: NameTagFeatureSink {
    let model: NameTagModel
    var words: NameTagWordScores
    /// The current token's score per tag (lane t for tag t).
    private(set) var scores = SIMD8<Int32>()
    /// Per position −2…2 (lane offset + 2): the `words` entry being filled for this token, `added` where the
    /// word's sum is already in `scores`, `direct` where no entry is kept (no lexemes given).
    private var entries = SIMD8<Int32>(repeating: Self.direct)
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
        entries = SIMD8(repeating: Self.direct)
        guard !lexemes.isEmpty else { return }
        filling = InlineArray(repeating: .zero)
        for offset in -2...2 where index + offset >= 0 && index + offset < count {
            let entry = NameTagWordScores.entry(lexeme: lexemes[lexemes.startIndex + index + offset], offset: offset)
            let slot = words.slots[entry]
            if slot >= 0 {
                scores &+= words.sums[Int(slot)]
                entries[offset + 2] = Self.added
            } else {
                entries[offset + 2] = Int32(entry)
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

    @inline(__always)
    mutating func add(word offset: Int, _ feature: () -> UInt64?) {
        let entry = entries[offset + 2]
        guard entry != Self.added, let feature = feature() else { return }
        let weights = model.weights(of: feature)
        scores &+= weights
        if entry >= 0 { filling[offset + 2] &+= weights }
    }
}
