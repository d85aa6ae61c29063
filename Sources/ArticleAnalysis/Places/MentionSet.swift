/// Mentions by (sentence, position in the sentence's list): the ones the place resolver removes. A table of
/// packed keys rather than a `Set<Int>`, which ran SipHash for each of an article's mentions when asked
/// whether any was removed; a sentence none was removed from is answered without a look-up per mention.
struct MentionSet {
    /// Made on the first insert: most articles remove nothing (a short one would pay for its tables).
    private var mentions: KeyedTable<UInt64, Void>? = nil
    private var sentences: KeyedTable<UInt64, Void>? = nil

    var isEmpty: Bool { mentions == nil }

    mutating func insert(sentence: Int, mention: Int) {
        if mentions == nil {
            mentions = KeyedTable(capacity: 16)
            sentences = KeyedTable(capacity: 16)
        }
        let key = Self.key(sentence, mention)
        let (found, slot) = mentions!.find(forUpdating: key)
        guard found < 0 else { return }
        mentions!.insert(key, (), at: slot)
        let (sentenceFound, sentenceSlot) = sentences!.find(forUpdating: UInt64(sentence))
        if sentenceFound < 0 { sentences!.insert(UInt64(sentence), (), at: sentenceSlot) }
    }

    func contains(sentence: Int, mention: Int) -> Bool {
        mentions?.index(of: Self.key(sentence, mention)) != nil
    }

    /// Whether some mention of `sentence` is in the set.
    func touches(sentence: Int) -> Bool {
        sentences?.index(of: UInt64(sentence)) != nil
    }

    @inline(__always)
    private static func key(_ sentence: Int, _ mention: Int) -> UInt64 { UInt64(sentence) << 32 | UInt64(UInt32(truncatingIfNeeded: mention)) }
}
