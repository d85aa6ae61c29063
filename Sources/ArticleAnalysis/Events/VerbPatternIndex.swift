/// Every verb block's patterns in a few flat arrays, for the coder's look-ups around each verb: one table of
/// (block, word) slots, each slot holding its key and where its pattern list is, in front of it a bit set of
/// the same keys, and the patterns one after the other, each a header cell and its elements (`cells`), so
/// that trying a candidate reads one cache line or two rather than a pattern record and its element arrays.
/// The coder probes every token in a window around a verb up to three times (the word, its singular, its "-es" stem); with a `KeyedTable` per block a probe
/// read the block's record and three arrays, all cold between articles (the dyad stage ran at half the speed
/// per instruction of the rest). Most tokens are in no pattern of the block: the bit set, small enough to
/// stay in cache, says so, and a token it lets through costs one slot read.
struct VerbPatternIndex: Sendable {
    /// A (block, first plain word) key and the start in `lists` of its patterns: `lists[start]` is their
    /// number, the patterns' indexes follow. `word` 0 marks an empty slot (`TokenHash` is never 0).
    private struct Slot {
        var word: UInt64 = 0
        var block: UInt32 = 0
        var start: UInt32 = 0
    }

    /// A pattern of `cells`: its elements before and after the verb, and its index in `codes`.
    struct Pattern {
        let before: Range<Int>
        let after: Range<Int>
        let index: Int
    }

    private var slots: [Slot]
    private var shift: UInt64
    private var filter: HashFilter
    /// Lists of patterns (offsets in `cells`), each after its length.
    private var lists: [Int32]
    /// Per block, where in `lists` its patterns made of synonym sets only (tried every time) are.
    private var withoutWords: [Int32]
    /// All blocks' patterns, block after block, each block's most specific first (`VerbBlock.patterns`): a
    /// header cell (`hash` = the pattern's index in `codes`, `wordLength` = elements before the verb,
    /// `synset` = elements after it), then the elements. A pattern's offset here names it, and sorts as
    /// the patterns do.
    private(set) var cells: [PatternElement]
    /// Each pattern's code, by pattern index; nil for a pattern that blocks the coding.
    private(set) var codes: [CameoCode?]
    private var blockCount = 0

    /// Indexes `blocks` (their patterns sorted already); `synsets` gives each synonym set's index in
    /// `CameoVerbDictionary.synsetMembers`, `synsetHeads` the words its members may start with.
    init(blocks verbBlocks: [VerbBlock], synsets: [String: Int], synsetHeads: [String: Set<String>]) {
        var byKey = KeyedTable<UInt64, [Int32]>(capacity: 4096)
        var keyBlocks: [UInt32] = []
        var keyWords: [UInt64] = []
        var cells: [PatternElement] = [], codes: [CameoCode?] = [], lists: [Int32] = [], blockLists: [Int32] = []
        for (blockIndex, block) in verbBlocks.enumerated() {
            var withoutWords: [Int32] = []
            for pattern in block.patterns {
                let index = Int32(cells.count)
                cells.append(PatternElement(
                    hash: UInt64(codes.count), wordLength: Int32(pattern.before.count), synset: Int32(pattern.after.count)))
                cells += pattern.before.map { VerbBlock.compile($0, synsets) }
                cells += pattern.after.map { VerbBlock.compile($0, synsets) }
                codes.append(pattern.code)
                // A pattern of plain words under its first word; one of synonym sets only under each word
                // its first set may start with (`heads`), in the blocks numbered past the real ones.
                var words: [UInt64] = []
                var listBlock = blockIndex
                if let word = pattern.plainWords.first {
                    words = [TokenHash.of(word)]
                } else if case let .synset(name) = pattern.before.first ?? pattern.after.first, let heads = synsetHeads[name],
                    !heads.isEmpty
                {
                    words = heads.map(TokenHash.of)
                    listBlock = verbBlocks.count + blockIndex
                } else {
                    withoutWords.append(index)
                    continue
                }
                for hash in words {
                    byKey.update(Self.key(block: listBlock, word: hash), orInsert: {
                        keyBlocks.append(UInt32(listBlock))
                        keyWords.append(hash)
                        return []
                    }) { $0.append(index) }
                }
            }
            blockLists.append(Int32(lists.count))
            lists.append(Int32(withoutWords.count))
            lists += withoutWords
        }
        var filter = HashFilter(capacity: byKey.count)
        let (size, shift) = halfFullTableSize(forCapacity: max(4, byKey.count))
        var slots = Array(repeating: Slot(), count: size)
        for index in 0..<byKey.count {
            let key = byKey.keys[index]
            filter.insert(key)
            var slot = fibonacciSlot(of: key, shift: shift)
            while slots[slot].word != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Slot(word: keyWords[index], block: keyBlocks[index], start: UInt32(lists.count))
            lists.append(Int32(byKey.values[index].count))
            lists += byKey.values[index]
        }
        (self.slots, self.shift, self.filter, self.lists) = (slots, shift, filter, lists)
        (withoutWords, self.cells, self.codes) = (blockLists, cells, codes)
        blockCount = verbBlocks.count
    }

    /// The (block, word) key that picks a slot and a filter bit: the word's hash moved by the block's, so
    /// the same word in different blocks lands apart.
    @inline(__always)
    private static func key(block: Int, word: UInt64) -> UInt64 {
        word &+ UInt64(truncatingIfNeeded: block &+ 1) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The pattern whose header is `cells[offset]`.
    @inline(__always)
    func pattern(at offset: Int) -> Pattern {
        let header = cells[offset]
        let afterStart = offset + 1 + Int(header.wordLength)
        return Pattern(before: (offset + 1)..<afterStart, after: afterStart..<(afterStart + Int(header.synset)), index: Int(header.hash))
    }

    /// Appends `block`'s patterns that no token can rule out (none of their elements is a word or a
    /// synonym set with members), as offsets in `cells`.
    @inline(__always)
    func appendPatternsWithoutWords(of block: Int, to candidates: inout [Int]) {
        append(list: Int(withoutWords[block]), to: &candidates)
    }

    /// Appends `block`'s patterns of synonym sets only whose first set may start with the token whose hash
    /// (or singular's hash) is `word`: `EventCoder.match` tries a set only where `synset(_:mayStartWith:)`
    /// says so, so the patterns of the others cannot match here.
    @inline(__always)
    func appendSynsetPatterns(of block: Int, startingWith word: UInt64, to candidates: inout [Int]) {
        appendPatterns(of: blockCount + block, startingWith: word, to: &candidates)
    }

    /// Appends the offsets of `block`'s patterns whose first plain word has the `TokenHash` `word`.
    @inline(__always)
    func appendPatterns(of block: Int, startingWith word: UInt64, to candidates: inout [Int]) {
        guard word != 0 else { return }
        let key = Self.key(block: block, word: word)
        guard filter.mayContain(key) else { return }
        let mask = slots.count - 1
        var slot = fibonacciSlot(of: key, shift: shift)
        while slots[slot].word != 0 {
            if slots[slot].word == word, slots[slot].block == UInt32(truncatingIfNeeded: block) {
                append(list: Int(slots[slot].start), to: &candidates)
                return
            }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func append(list start: Int, to candidates: inout [Int]) {
        let count = Int(lists[start])
        for offset in 0..<count { candidates.append(Int(lists[start + 1 + offset])) }
    }
}
