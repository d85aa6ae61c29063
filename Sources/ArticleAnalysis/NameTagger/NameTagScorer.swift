/// The feature sink the tagger scores a token with: each feature's weights go straight into the token's
/// per-tag scores, no feature list in between, and the word-alone features of a word already seen in the
/// document come from `NameTagWordScores` as one sum instead of being hashed and looked up one by one.
struct NameTagScorer: NameTagFeatureSink {
    let model: NameTagModel
    var words: NameTagWordScores
    /// `NameTagger.tagPairScores` (empty: the tag features are looked up one by one).
    let tagPairs: [SIMD8<Int32>]
    /// The current token's score per tag, in the model's row order (`NameTagModel.lane(of:)`): every sum kept
    /// here and in `words` is in that order.
    private(set) var lanes = SIMD8<Int32>()

    /// The current token's score per tag (lane t for tag t).
    var scores: SIMD8<Int32> { SIMD8(lanes[0], lanes[4], lanes[1], lanes[5], lanes[2], lanes[6], lanes[3], lanes[7]) }
    /// Per position −2…2 (lane offset + 2): the `words` entry being filled for this token, `added` where the
    /// word's sum is already in `scores`, `direct` where no sum is kept (no lexemes given, or a word used once).
    private var entries = InlineArray<5, Int32>(repeating: Self.direct)
    /// Per position: the sum being filled.
    private var filling = InlineArray<5, SIMD8<Int32>>(repeating: .zero)
    /// Per position: the word's lexeme id, or -1 (beyond the sentence, or no lexemes given).
    private var lexemesAround = InlineArray<5, Int32>(repeating: -1)
    private static let added: Int32 = -1, direct: Int32 = -2

    init(model: NameTagModel, words: NameTagWordScores, tagPairs: [SIMD8<Int32>] = []) {
        self.model = model
        self.words = words
        self.tagPairs = tagPairs
    }

    /// Starts token `index` of a sentence of `count` tokens whose lexeme ids are `lexemes` (empty: none).
    @inline(__always)
    mutating func begin(_ index: Int, count: Int, lexemes: ArraySlice<Int32>) {
        lanes = .zero
        entries = InlineArray(repeating: Self.direct)
        lexemesAround = InlineArray(repeating: -1)
        guard !lexemes.isEmpty, !words.slots.isEmpty else { return }
        filling = InlineArray(repeating: .zero)
        for lane in 0..<NameTagWordScores.offsets {
            let position = index &+ lane &- 2
            guard position >= 0, position < count else { continue }
            let lexeme = lexemes[lexemes.startIndex &+ position]
            lexemesAround[lane] = lexeme
            let entry = NameTagWordScores.entry(lexeme: lexeme, lane: lane)
            let slot = words.slots[entry]
            if slot >= 0 {
                lanes &+= words.sums[Int(slot)]
                entries[lane] = Self.added
            } else if slot == NameTagWordScores.unread {
                entries[lane] = Int32(truncatingIfNeeded: entry)
            }
        }
    }

    /// Ends the token: the sums filled while scoring it are complete.
    @inline(__always)
    mutating func finish() {
        for lane in 0..<NameTagWordScores.offsets where entries[lane] >= 0 { words.keep(filling[lane], at: Int(entries[lane])) }
    }

    @inline(__always) mutating func add(_ feature: UInt64) { lanes &+= model.packedWeights(of: feature) }

    /// A group's sum from the document's `NameTagContextScores`, or its features looked up one by one and
    /// their sum kept there.
    @inline(__always)
    mutating func add(context key: SIMD8<UInt64>, _ features: (inout Self) -> Void) {
        guard words.contexts.isEnabled else { return features(&self) }
        let (kept, slot) = words.contexts.find(key)
        if let kept {
            lanes &+= kept
            return
        }
        let before = lanes
        lanes = .zero
        features(&self)
        words.contexts.insert(key, lanes, at: slot)
        lanes &+= before
    }

    @inline(__always)
    mutating func add(word offset: Int, group features: (inout Self) -> Void) {
        guard entries[offset + 2] != Self.added else { return }
        features(&self)
    }

    @inline(__always)
    mutating func add(previous: NameTag, beforePrevious: NameTag, _ features: (inout Self) -> Void) {
        guard !tagPairs.isEmpty else { return features(&self) }
        lanes &+= tagPairs[NameTagger.tagPairIndex(previous: previous, beforePrevious: beforePrevious)]
    }

    /// The word's lists as `words.classes` keeps them, looked up (and kept) the first time.
    @inline(__always)
    mutating func classes(ofWord offset: Int, _ hash: UInt64, _ gazetteer: NameTagGazetteer) -> UInt8 {
        let lexeme = Int(lexemesAround[offset + 2])
        guard lexeme >= 0, lexeme < words.classes.count else { return gazetteer.classes(of: hash) }
        let kept = words.classes[lexeme]
        guard kept == 0 else { return UInt8(truncatingIfNeeded: kept) }
        let classes = gazetteer.classes(of: hash)
        words.classes[lexeme] = 0x100 | UInt16(classes)
        return classes
    }

    @inline(__always)
    mutating func add(word offset: Int, _ feature: () -> UInt64?) {
        let entry = entries[offset + 2]
        guard entry != Self.added, let feature = feature() else { return }
        let weights = model.packedWeights(of: feature)
        lanes &+= weights
        if entry >= 0 { filling[offset + 2] &+= weights }
    }
}
