/// The longest-match phrase trie of `Text/PhraseTable` (one hash table keyed by the `TokenHash` of the words
/// so far; a node says whether a phrase ends there and whether longer ones continue it), with each node's key
/// and link in one 16-byte slot of one array, for the two big tables of the entities stage: the entity lexicon
/// and the gazetteer's names. They are cold between articles (every other stage runs in between), and a
/// `KeyedTable` probe reads its slot, then its key, then its value, three cache lines where a hit here reads
/// one (and a miss one). Same phrases, same answers as `PhraseTable`; kept beside the two tables that use it.
public struct FlatPhraseTable<Value: Sendable>: Sendable {
    /// One node: the phrase hash, and its link (bit 31: longer phrases continue it; low bits: index into
    /// `values` + 1, 0 for none). A link of 0 marks an empty slot: every node made has a bit set.
    private struct Slot: Sendable {
        var hash: UInt64
        var link: UInt32
    }

    private var slots: [Slot]
    private var shift: UInt64
    /// The hashes of every two-word start of a phrase, asked before the table for a first word's next one:
    /// most words after a first word ("the" + "president") continue no phrase, and the set stays in cache
    /// where the table's slot would be a miss. No false negatives, so the answers are the table's.
    private var pairs: FirstWordFilter
    private var nodes = 0
    private(set) var values: [Value] = []
    public private(set) var count = 0

    private static var continuesBit: UInt32 { 0x8000_0000 }

    /// `pairBits`: log2 of the two-word filter's bits, at least 6 (about ten bits per two-word start keep it useful).
    public init(pairBits: Int = 12) {
        let (size, shift) = halfFullTableSize(forCapacity: 8)
        slots = Array(repeating: Slot(hash: 0, link: 0), count: size)
        self.shift = shift
        pairs = FirstWordFilter(log2Bits: max(6, pairBits))
    }

    /// Room for about `phrases` phrases of one or two words each, before the first is added.
    public mutating func reserveCapacity(_ phrases: Int) {
        values.reserveCapacity(phrases)
        if nodes == 0 { resize(toHold: phrases) }
    }

    /// Makes the table the smallest that holds its nodes at most half full (after the last insert: a table
    /// reserved for a guess is rehashed to its real size, so each probe's line is shared with fewer holes).
    public mutating func shrinkToFit() {
        let (size, _) = halfFullTableSize(forCapacity: nodes)
        if size < slots.count { resize(toHold: nodes) }
    }

    /// Adds (or replaces) a phrase given as its words' `TokenHash`es.
    public mutating func insert(hashes words: [UInt64], _ value: Value) {
        guard var phrase = words.first else { return }
        for (position, word) in words.dropFirst().enumerated() {
            let slot = claim(phrase)
            slots[slot].link |= Self.continuesBit
            phrase = TokenHash.extend(phrase, with: word)
            if position == 0 { pairs.insert(phrase) }
        }
        let slot = claim(phrase)
        let index = slots[slot].link & ~Self.continuesBit
        if index == 0 {
            values.append(value)
            slots[slot].link |= UInt32(values.count)
            count += 1
        } else {
            values[Int(index) - 1] = value
        }
    }

    public func value(for keys: [String]) -> Value? {
        guard var phrase = keys.first.map(TokenHash.of) else { return nil }
        for key in keys.dropFirst() { phrase = TokenHash.extend(phrase, with: TokenHash.of(key)) }
        return value(forWord: phrase)
    }

    /// The value of a one-word phrase, by the word's hash (or of any phrase, by its phrase hash).
    public func value(forWord hash: UInt64) -> Value? {
        let index = link(hash) & ~Self.continuesBit
        return index == 0 ? nil : values[Int(index) - 1]
    }

    /// The longest phrase starting at `start`, as (token count, value), or nil. `accept` can refuse a
    /// candidate (a case rule, say), in which case shorter ones are tried.
    @inline(__always)
    public func longestMatch(
        in words: [UInt64], at start: Int, accept: (Int, Value) -> Bool = { _, _ in true }
    ) -> (length: Int, value: Value)? {
        longestMatchIndex(in: words, at: start, accept: accept).map { ($0.length, values[$0.index]) }
    }

    /// `longestMatch`, giving the value's index in `values` (the caller reads the fields it needs in place).
    func longestMatchIndex(
        in words: [UInt64], at start: Int, accept: (Int, Value) -> Bool
    ) -> (length: Int, index: Int)? {
        let phrase = words[start]
        let node = link(phrase)
        guard node != 0 else { return nil }
        guard node & Self.continuesBit != 0 else {
            let index = Int(node) - 1
            if accept(1, values[index]) { return (1, index) }
            return nil
        }
        // The longest phrase first; if `accept` refuses it, walk again for the longest shorter one.
        var limit = Int.max
        while true {
            var best = node & ~Self.continuesBit != 0 ? (length: 1, index: Int(node & ~Self.continuesBit) - 1) : (length: 0, index: 0)
            var walk = node
            var phraseSoFar = phrase
            var end = start + 1
            while end < words.count, end - start < limit, walk & Self.continuesBit != 0 {
                phraseSoFar = TokenHash.extend(phraseSoFar, with: words[end])
                end += 1
                if end == start + 2, !pairs.mayContain(phraseSoFar) { break }
                let next = link(phraseSoFar)
                guard next != 0 else { break }
                walk = next
                if walk & ~Self.continuesBit != 0 { best = (end - start, Int(walk & ~Self.continuesBit) - 1) }
            }
            guard best.length > 0 else { return nil }
            if accept(best.length, values[best.index]) { return best }
            limit = best.length - 1
            guard limit > 0 else { return nil }
        }
    }

    /// The link of `hash`'s node, 0 when there is none.
    @inline(__always)
    private func link(_ hash: UInt64) -> UInt32 {
        let slots = slots.span
        let mask = slots.count &- 1
        var slot = fibonacciSlot(of: hash, shift: shift)
        while true {
            let entry = slots[slot]
            if entry.link == 0 { return 0 }
            if entry.hash == hash { return entry.link }
            slot = (slot &+ 1) & mask
        }
    }

    /// The slot of `hash`'s node, made (no phrase, none longer: the caller sets a bit) when absent.
    private mutating func claim(_ hash: UInt64) -> Int {
        if (nodes + 1) * 2 > slots.count { resize(toHold: nodes * 2) }
        let mask = slots.count - 1
        var slot = fibonacciSlot(of: hash, shift: shift)
        while slots[slot].link != 0 {
            if slots[slot].hash == hash { return slot }
            slot = (slot + 1) & mask
        }
        slots[slot].hash = hash
        nodes += 1
        return slot
    }

    /// Rehashes into the smallest table that holds `capacity` nodes at most half full (and its present ones).
    private mutating func resize(toHold capacity: Int) {
        let (size, shift) = halfFullTableSize(forCapacity: max(capacity, nodes))
        var resized = [Slot](repeating: Slot(hash: 0, link: 0), count: size)
        let mask = size - 1
        for entry in slots where entry.link != 0 {
            var slot = fibonacciSlot(of: entry.hash, shift: shift)
            while resized[slot].link != 0 { slot = (slot + 1) & mask }
            resized[slot] = entry
        }
        slots = resized
        self.shift = shift
    }
}
