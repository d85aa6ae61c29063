/// Longest-match lookup of multi-word phrases over a token sequence, as a trie kept in one hash table keyed
/// by the `TokenHash` of the words so far: each node says whether a phrase ends there and whether longer
/// phrases continue it. Matching extends one token at a time and stops as soon as the words so far begin no
/// phrase, so most tokens cost a single probe of one integer. No String is stored or hashed per lookup,
/// which made the entity, theme and verb tables both the largest share of resident memory and of the
/// per-token time when keyed by space-joined Strings.
/// The table is its own open-addressing array of `Slot`s, key and node side by side: the tables are MBs
/// and cold between articles, and a `KeyedTable` probe read three arrays (slot index, key, value), a cache
/// miss each, where a slot here is one read.
public struct PhraseTable<Value: Sendable>: Sendable {
    /// A phrase hash (0: empty; `TokenHash` is never 0) and its node: bit 31 = longer phrases continue
    /// this one; bit 30 = the node is of two words or more; the low bits = index into `values` + 1 (0: none).
    private struct Slot {
        var key: UInt64
        var node: UInt32
    }

    private var slots: [Slot]
    private var shift: UInt64
    /// Nodes in `slots` (phrases and their beginnings).
    private var nodeCount = 0
    private var values: [Value] = []
    public private(set) var count = 0
    /// Every node of two words or more, when `filterContinuations()` made it: a match that goes on past its
    /// first word asks it before probing for the words so far, which are almost never a node and cost a
    /// cold slot read each.
    private var continuations = HashFilter(capacity: 0)
    /// Whether `continuations` holds the nodes (a flag rather than an optional: binding the optional copied
    /// the filter, a retain and a release per word of a continuing match).
    private var filtersContinuations = false

    private static var continuesBit: UInt32 { 0x8000_0000 }
    private static var longerBit: UInt32 { 0x4000_0000 }
    private static var indexMask: UInt32 { 0x3FFF_FFFF }

    public init() { (slots, shift) = Self.emptySlots(capacity: 8) }

    public mutating func reserveCapacity(_ phrases: Int) {
        values.reserveCapacity(phrases)
        if nodeCount == 0 { (slots, shift) = Self.emptySlots(capacity: phrases) }
    }

    private static func emptySlots(capacity: Int) -> ([Slot], UInt64) {
        let (size, shift) = halfFullTableSize(forCapacity: capacity)
        return (Array(repeating: Slot(key: 0, node: 0), count: size), shift)
    }

    /// Adds (or replaces) a phrase given as its token keys.
    public mutating func insert(_ keys: [String], _ value: Value) {
        insert(hashes: keys.map(TokenHash.of), value)
    }

    /// Adds (or replaces) a phrase given as its words' `TokenHash`es.
    public mutating func insert(hashes words: [UInt64], _ value: Value) {
        guard var phrase = words.first else { return }
        filtersContinuations = false
        let longer = words.count > 1 ? Self.longerBit : 0
        for (position, word) in words.dropFirst().enumerated() {
            let slot = claim(phrase)
            slots[slot].node |= Self.continuesBit | (position > 0 ? Self.longerBit : 0)
            phrase = TokenHash.extend(phrase, with: word)
        }
        let slot = claim(phrase)
        slots[slot].node |= longer
        let index = slots[slot].node & Self.indexMask
        if index == 0 {
            values.append(value)
            slots[slot].node |= UInt32(values.count)
            count += 1
        } else {
            values[Int(index) - 1] = value
        }
    }

    public func value(for keys: [String]) -> Value? {
        guard var phrase = keys.first.map(TokenHash.of) else { return nil }
        for key in keys.dropFirst() { phrase = TokenHash.extend(phrase, with: TokenHash.of(key)) }
        return value(forPhrase: phrase)
    }

    /// The value of a one-word phrase, by the word's hash.
    public func value(forWord hash: UInt64) -> Value? { value(forPhrase: hash) }

    @inline(__always)
    private func value(forPhrase phrase: UInt64) -> Value? {
        guard let node = lookUp(phrase) else { return nil }
        let index = node & Self.indexMask
        return index == 0 ? nil : values[Int(index) - 1]
    }

    /// The longest phrase starting at `start`, as (token count, value), or nil. `accept` can refuse a
    /// candidate (a case rule, say), in which case shorter ones are tried.
    public func longestMatch(
        in keys: [String], at start: Int, accept: (Int, Value) -> Bool = { _, _ in true }
    ) -> (length: Int, value: Value)? {
        longestMatch(in: keys.map(TokenHash.of), at: start, accept: accept)
    }

    /// `longestMatch` over the tokens' `TokenHash`es (`WordToken.hash`).
    @inline(__always)
    public func longestMatch(
        in words: [UInt64], at start: Int, accept: (Int, Value) -> Bool = { _, _ in true }
    ) -> (length: Int, value: Value)? {
        guard let match = longestMatchIndex(in: words, at: start, accept: { accept($0, values[$1]) }) else { return nil }
        return (match.length, values[match.index])
    }

    /// `longestMatch` that hands back where the value is (`value(at:)`) rather than a copy of it: a caller
    /// that needs the value of few of its matches does not read the values of the others (a cold cache line
    /// each, and a retain for a value holding references). `accept` is given the length and the index.
    public func longestMatchIndex(
        in words: [UInt64], at start: Int, accept: (Int, Int) -> Bool = { _, _ in true }
    ) -> (length: Int, index: Int)? {
        let phrase = words[start]
        guard let node = lookUp(phrase) else { return nil }
        guard node & Self.continuesBit != 0 else {
            let index = Int(node & Self.indexMask) - 1
            if index >= 0, accept(1, index) { return (1, index) }
            return nil
        }
        // The longest phrase first; if `accept` refuses it, walk again for the longest shorter one. Walking
        // twice is rarer than a match that continues (a list of the phrases found allocated per such match).
        var limit = Int.max
        while true {
            var best = node & Self.indexMask != 0 ? (length: 1, index: Int(node & Self.indexMask) - 1) : (length: 0, index: 0)
            var walk = node
            var phraseSoFar = phrase
            var end = start + 1
            while end < words.count, end - start < limit, walk & Self.continuesBit != 0 {
                phraseSoFar = TokenHash.extend(phraseSoFar, with: words[end])
                end += 1
                if filtersContinuations, !continuations.mayContain(phraseSoFar) { break }
                guard let next = lookUp(phraseSoFar) else { break }
                walk = next
                if walk & Self.indexMask != 0 { best = (end - start, Int(walk & Self.indexMask) - 1) }
            }
            guard best.length > 0 else { return nil }
            if accept(best.length, best.index) { return best }
            limit = best.length - 1
            guard limit > 0 else { return nil }
        }
    }

    /// The value `longestMatchIndex` found at `index`.
    @inline(__always)
    public func value(at index: Int) -> Value { values[index] }

    /// Makes the bit set of the nodes of two words or more that `longestMatch` asks first; for tables that
    /// are built once and then read (an `insert` afterwards drops it).
    public mutating func filterContinuations() {
        let longer = slots.filter { $0.key != 0 && $0.node & Self.longerBit != 0 }
        var filter = HashFilter(capacity: max(1, longer.count))
        for slot in longer { filter.insert(slot.key) }
        continuations = filter
        filtersContinuations = true
    }

    /// The node of `phrase`, or nil when no phrase is or begins with it.
    @inline(__always)
    private func lookUp(_ phrase: UInt64) -> UInt32? {
        let mask = slots.count - 1
        var slot = fibonacciSlot(of: phrase, shift: shift)
        while true {
            let key = slots[slot].key
            if key == phrase { return slots[slot].node }
            if key == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The slot of `hash`'s node, made (no phrase, none longer) when absent.
    private mutating func claim(_ hash: UInt64) -> Int {
        if (nodeCount + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = fibonacciSlot(of: hash, shift: shift)
        while slots[slot].key != 0 {
            if slots[slot].key == hash { return slot }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(key: hash, node: 0)
        nodeCount += 1
        return slot
    }

    /// Makes the table the smallest that holds its nodes at most half full: after the last insert, a table
    /// reserved for a guess is placed again at its real size, so each probe's line holds fewer holes.
    public mutating func shrinkToFit() {
        let (size, _) = halfFullTableSize(forCapacity: nodeCount)
        if size < slots.count { place(inSlotsFor: nodeCount) }
    }

    /// Doubles the slots and places every node again.
    private mutating func grow() { place(inSlotsFor: slots.count) }

    /// Places every node again in a table for `capacity` nodes (at most half full).
    private mutating func place(inSlotsFor capacity: Int) {
        let old = slots
        (slots, shift) = Self.emptySlots(capacity: capacity)
        let mask = slots.count - 1
        for entry in old where entry.key != 0 {
            var slot = fibonacciSlot(of: entry.key, shift: shift)
            while slots[slot].key != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
