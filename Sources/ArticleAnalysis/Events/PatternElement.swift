/// A `VerbPattern.Element` made ready for matching when the dictionary is parsed: a word by its `TokenHash`
/// and byte length (so a token is tested with integer compares, plural forms included), a synonym set by
/// its index in `CameoVerbDictionary.synsetMembers` and the hash of its name (the head-pair probe). The
/// coder used to hash each synset's name and look it up by String for every pattern it tried. Sixteen bytes,
/// four to a cache line: the patterns are read where they lie in `VerbPatternIndex.cells`.
struct PatternElement: Sendable {
    /// The word's `TokenHash`, or the synonym set's name's.
    let hash: UInt64
    /// The word's length in bytes; -1 for a synonym set.
    let wordLength: Int32
    /// The synonym set's index; -1 for a word, and for a set the dictionary does not define.
    let synset: Int32

    var isWord: Bool { wordLength >= 0 }

    static func word(_ word: String) -> PatternElement {
        PatternElement(hash: TokenHash.of(word), wordLength: Int32(word.utf8.count), synset: -1)
    }

    static func synset(_ name: String, index: Int?) -> PatternElement {
        PatternElement(hash: TokenHash.of(name), wordLength: -1, synset: Int32(index ?? -1))
    }
}
