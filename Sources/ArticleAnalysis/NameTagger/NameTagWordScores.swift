/// The summed weights of each distinct word's word-alone features (`NameTagFeatureSink.add(word:)`) at each
/// position −2…2 around a scored token, for one document: filled the first time the tagger scores a token
/// next to that word, then added as one vector wherever the word occurs again. The sums are wrapping
/// integer adds, so scores come out exactly as when every feature is looked up.
struct NameTagWordScores {
    /// Positions around a token a word-alone feature reads (−2…2).
    static let offsets = 5

    /// Per lexeme and position (`entry(lexeme:offset:)`): the index of its sum in `sums`, −1 before the
    /// tagger has read that word there.
    var slots: [Int32]
    var sums: [SIMD8<Int32>] = []

    /// For a document whose vocabulary has `lexemes` distinct keys (0: nothing is kept).
    init(lexemes: Int = 0) {
        slots = Array(repeating: -1, count: lexemes * Self.offsets)
        sums.reserveCapacity(lexemes)
    }

    @inline(__always) static func entry(lexeme: Int32, offset: Int) -> Int { Int(lexeme) * offsets + offset + 2 }

    /// The words with a sum kept.
    var count: Int { sums.count }
}
