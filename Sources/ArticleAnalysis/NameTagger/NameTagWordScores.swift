/// The summed weights of each distinct word's word-alone features (`NameTagFeatureSink.add(word:)`) at each
/// position −2…2 around a scored token, for one document: filled the first time the tagger scores a token
/// next to that word, then added as one vector wherever the word occurs again. The sums are wrapping
/// integer adds, so scores come out exactly as when every feature is looked up.
struct NameTagWordScores {
    /// Positions around a token a word-alone feature reads (−2…2).
    static let offsets = 5

    /// Per lexeme and position (`entry(lexeme:lane:)`): the index of its sum in `sums`; `unread` before the
    /// tagger has read that word there; `notKept` for a word the document uses once, which meets each
    /// position around a token at most once, so a sum kept would never be read again.
    var slots: [Int32]
    var sums: [SIMD8<Int32>] = []
    static let unread: Int32 = -1, notKept: Int32 = -2

    /// The document's sums of context feature groups (`NameTagContextScores`); kept whenever word sums are.
    var contexts = NameTagContextScores()

    /// Per lexeme: 0x100 | its `NameTagGazetteer.classes` once the tagger has read them, 0 before. Each scored
    /// token reads the lists of the five words around it, so a word next to a run of capitals or a name the
    /// article repeats is read many times; read on first use, since most words are never next to a scored
    /// token.
    var classes: [UInt16] = []

    /// Nothing kept: every feature is looked up.
    init() { slots = [] }

    /// For a document whose token table interned its words in `vocabulary`.
    init(vocabulary: Vocabulary) {
        slots = Array(repeating: Self.notKept, count: vocabulary.count * Self.offsets)
        classes = Array(repeating: 0, count: vocabulary.count)
        for id in 0..<Int32(vocabulary.count) where vocabulary[id].count > 1 {
            for lane in 0..<Self.offsets { slots[Self.entry(lexeme: id, lane: lane)] = Self.unread }
        }
        // Kept in articles long enough to repeat contexts (a 7 KB article has ~500 distinct words; a headline
        // or a snippet would pay for the table without reusing it), sized for a context per fourth word.
        if vocabulary.count >= Self.wordsForContexts { contexts = NameTagContextScores(capacity: vocabulary.count / 4) }
    }

    /// Keeps `sum` for the `slots` entry `entry`. Not inlined into the tagger's loop, where the array updates
    /// became calls to their outlined parts (uniqueness, bounds, growth) one by one.
    @inline(never)
    mutating func keep(_ sum: SIMD8<Int32>, at entry: Int) {
        slots[entry] = Int32(sums.count)
        sums.append(sum)
    }

    /// Where a lexeme's sum for position `lane` − 2 is in `slots`.
    @inline(__always) static func entry(lexeme: Int32, lane: Int) -> Int { Int(lexeme) &* offsets &+ lane }

    /// The words with a sum kept.
    var count: Int { sums.count }

    /// Distinct words a document needs for context sums to be kept.
    static let wordsForContexts = 64

    /// The tagger's per-token results for one sentence; kept here so that a document's sentences reuse
    /// their storage (an array allocated per sentence costs more than tagging a short one).
    var tagBuffers = TagBuffers()
    /// The sentence read last, whose arrays the next one is read into.
    var sentence = NameTagSentence()

    struct TagBuffers {
        var tags: [NameTag] = []
        /// The margin of each token's tag over the best other valid tag (real weight units).
        var margins: [Float] = []
        var runnersUp: [NameTag] = []

        /// `count` tokens, each outside a name with an infinite margin (what an unscored token keeps).
        mutating func reset(count: Int) {
            tags.refill(with: .outside, count: count)
            runnersUp.refill(with: .outside, count: count)
            margins.refill(with: .infinity, count: count)
        }
    }
}
