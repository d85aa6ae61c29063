/// Where `NameTagFeatures.extract` puts a token's features. Training keeps them as a list (`[UInt64]`, in
/// template order); the tagger adds each one's weights straight into the token's scores
/// (`NameTagScorer`). A feature that reads one word alone — the token's own key or a neighbour's, and the
/// word lists that key is in — has the same value wherever that word occurs, so the tagger sums those
/// weights once per distinct word of the document (`NameTagWordScores`) and skips computing them again.
public protocol NameTagFeatureSink {
    /// A feature of the token in its sentence (shapes, casing, dictionary matches, tags, word pairs).
    mutating func add(_ feature: UInt64)
    /// A feature of the word `offset` (−2…2) tokens from the token, read from that word alone; nil: the
    /// word does not have it. Only called when that word exists; the same word must always give the same
    /// features here, in the same order.
    mutating func add(word offset: Int, _ feature: () -> UInt64?)
    /// A group of plain features (`add(_:)` calls, in `features`) that `key` determines entirely: the same
    /// key must always give the same features, in the same order (`NameTagContextScores`).
    mutating func add(context key: SIMD8<UInt64>, _ features: (inout Self) -> Void)
    /// A group of `add(word: offset)` calls (in `features`) that share work, such as reading the word's key:
    /// a sink that has the word's sum already may skip the whole group.
    mutating func add(word offset: Int, group features: (inout Self) -> Void)
    /// The features of the two tags before the token alone (`NameTagFeatures.addTagFeatures`, in `features`):
    /// a sink may add their sum from a table of every pair of tags instead.
    mutating func add(previous: NameTag, beforePrevious: NameTag, _ features: (inout Self) -> Void)
    /// `gazetteer.classes(of: hash)` for the word `offset` (−2…2) tokens from the token, whose key hash is
    /// `hash`: a sink may keep the answer per distinct word.
    mutating func classes(ofWord offset: Int, _ hash: UInt64, _ gazetteer: NameTagGazetteer) -> UInt8
}

extension NameTagFeatureSink {
    @inline(__always) public mutating func add(context key: SIMD8<UInt64>, _ features: (inout Self) -> Void) { features(&self) }
    @inline(__always) public mutating func add(word offset: Int, group features: (inout Self) -> Void) { features(&self) }
    @inline(__always) public mutating func add(previous: NameTag, beforePrevious: NameTag, _ features: (inout Self) -> Void) {
        features(&self)
    }
    @inline(__always) public mutating func classes(ofWord offset: Int, _ hash: UInt64, _ gazetteer: NameTagGazetteer) -> UInt8 {
        gazetteer.classes(of: hash)
    }
}

extension Array: NameTagFeatureSink where Element == UInt64 {
    @inline(__always) public mutating func add(_ feature: UInt64) { append(feature) }

    @inline(__always) public mutating func add(word offset: Int, _ feature: () -> UInt64?) {
        if let feature = feature() { append(feature) }
    }
}
