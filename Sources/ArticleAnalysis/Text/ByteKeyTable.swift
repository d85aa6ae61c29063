/// An immutable table from UTF-8 byte strings to small integer ids (their order in `keys`), so the hot loops
/// can look a token up straight from the bytes of the text without building a `String`.
///
/// Each open-addressing slot holds a key's `PackedWord` and its id together (32 bytes, two to a cache
/// line), so a probe reads one line: the VADER lexicon (8 K keys) goes cold between articles, and the
/// `KeyedTable` it had before (slot, key and value in three arrays) paid three dependent cache misses per
/// look-up. A long word's bytes are compared on a hit. Most words looked up are not keys: a bit per value
/// of the pack hash's low bits (`filter`, 16 KB for 8 K keys) turns most of them away without reading the
/// slots. `ids(ofKeysAt:in:)` looks many keys up in two passes so that their cache misses overlap.
struct ByteKeyTable: Sendable {
    /// One slot: the pack of a key and its id (-1: empty). `spare` pads the slot to 32 bytes so that no slot
    /// straddles two cache lines.
    private struct Slot {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var length: Int32 = 0
        var id: Int32 = -1
        var spare: UInt64 = 0
    }

    private var slots: [Slot]
    private var shift: UInt64
    /// Bit `h & filterMask` is set when some key's pack hash `h` has those low bits.
    private var filter: [UInt64]
    private var filterMask: UInt64
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int32] = [0]

    /// Builds the table; a key given twice keeps its first id (callers merge duplicates before).
    init(keys: [[UInt8]]) {
        for key in keys {
            keyBytes.append(contentsOf: key)
            keyStarts.append(Int32(keyBytes.count))
        }
        let (size, shift) = halfFullTableSize(forCapacity: keys.count)
        self.shift = shift
        // Sixteen bits per key: about one word in 16 that is not a key passes.
        let filterBits = max(64, size * 8)
        let filterMask = UInt64(filterBits - 1)
        self.filterMask = filterMask
        var filter = [UInt64](repeating: 0, count: filterBits / 64)
        var slots = [Slot](repeating: Slot(), count: size)
        let mask = size - 1
        for (id, key) in keys.enumerated() {
            key.withUnsafeBufferPointer { key in
                let pack = PackedWord(key, foldingASCIICase: false)
                var slot = fibonacciSlot(of: pack.hash, shift: shift)
                while slots[slot].id >= 0 {
                    if Self.holds(slots[slot], pack), key.count <= 16 || keys[Int(slots[slot].id)].elementsEqual(key) { return }
                    slot = (slot + 1) & mask
                }
                slots[slot] = Slot(head: pack.head, tail: pack.tail, length: Int32(key.count), id: Int32(id))
                let bit = pack.hash & filterMask
                filter[Int(bit >> 6)] |= 1 << (bit & 63)
            }
        }
        self.slots = slots
        self.filter = filter
    }

    var count: Int { keyStarts.count - 1 }

    func key(_ id: Int) -> ArraySlice<UInt8> { keyBytes[Int(keyStarts[id])..<Int(keyStarts[id + 1])] }

    /// The id of `bytes`, or -1 when the table does not hold it.
    func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 { id(of: bytes, foldingASCIICase: false) }

    /// The id of `bytes` with ASCII capitals read as lowercase (the keys are lowercase), or -1: a token is
    /// looked up straight from the text, without first copying it lowercased.
    func id(ofASCIILowercased bytes: UnsafeBufferPointer<UInt8>) -> Int32 { id(of: bytes, foldingASCIICase: true) }

    /// Whether `slot` holds a key packed as `pack` (a word over 16 bytes still needs its bytes compared).
    @inline(__always)
    private static func holds(_ slot: Slot, _ pack: PackedWord) -> Bool {
        (slot.head ^ pack.head) | (slot.tail ^ pack.tail) | UInt64(truncatingIfNeeded: Int(slot.length) ^ pack.length) == 0
    }

    /// Whether some key's pack hash has the low bits of `hash` (false: no key packs to it).
    @inline(__always)
    private func mayHold(_ hash: UInt64) -> Bool {
        let bit = hash & filterMask
        return filter[Int(bit >> 6)] & (1 << (bit & 63)) != 0
    }

    @inline(__always)
    private func id(of bytes: UnsafeBufferPointer<UInt8>, foldingASCIICase folds: Bool) -> Int32 {
        let pack = PackedWord(bytes, foldingASCIICase: folds)
        let hash = pack.hash
        guard mayHold(hash) else { return -1 }
        return probe(bytes, pack, from: fibonacciSlot(of: hash, shift: shift), folds: folds)
    }

    /// The id of `bytes` (packed as `pack`) probing from `start`, or -1 at the first empty slot.
    @inline(__always)
    private func probe(_ bytes: UnsafeBufferPointer<UInt8>, _ pack: PackedWord, from start: Int, folds: Bool) -> Int32 {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = start
            while true {
                let entry = slots[slot]
                if entry.id < 0 { return -1 }
                if Self.holds(entry, pack), bytes.count <= 16 || sameLongWord(Int(entry.id), bytes, folds: folds) { return entry.id }
                slot = (slot + 1) & mask
            }
        }
    }

    private func sameLongWord(_ id: Int, _ word: UnsafeBufferPointer<UInt8>, folds: Bool) -> Bool {
        keyBytes.withUnsafeBufferPointer {
            PackedWord.sameLongWord(UnsafeBufferPointer(rebasing: $0[Int(keyStarts[id])...]), word, folds: folds)
        }
    }

    /// The id of each key `bytes[ranges[i]]` (-1 when absent; an empty range is not looked up and gives -1).
    /// A first pass reads the home slot of every key the filter lets through, with no branch on what it
    /// finds, so the cache misses of many keys are in flight at once; the second probes on only where the
    /// home slot held another key.
    func ids(ofKeysAt ranges: [Range<Int>], in bytes: [UInt8]) -> [Int32] {
        let unresolved: Int32 = -2
        return bytes.withUnsafeBufferPointer { bytes in
            slots.withUnsafeBufferPointer { slots in
                [Int32](unsafeUninitializedCapacity: ranges.count) { ids, initialized in
                    for (index, range) in ranges.enumerated() {
                        let key = UnsafeBufferPointer(rebasing: bytes[range])
                        let pack = PackedWord(key, foldingASCIICase: false)
                        let hash = pack.hash
                        guard !range.isEmpty, mayHold(hash) else {
                            ids[index] = -1
                            continue
                        }
                        let entry = slots[fibonacciSlot(of: hash, shift: shift)]
                        let found = Self.holds(entry, pack) && key.count <= 16 ? entry.id : unresolved
                        ids[index] = entry.id < 0 ? -1 : found
                    }
                    initialized = ranges.count
                    for (index, range) in ranges.enumerated() where ids[index] == unresolved {
                        let key = UnsafeBufferPointer(rebasing: bytes[range])
                        let pack = PackedWord(key, foldingASCIICase: false)
                        ids[index] = probe(key, pack, from: fibonacciSlot(of: pack.hash, shift: shift), folds: false)
                    }
                }
            }
        }
    }

    /// `id(of:)` and `id(ofASCIILowercased:)` for bytes read through a `Span`, so the callers outside the
    /// token and table layer hold no unsafe pointer.
    func id(of bytes: Span<UInt8>) -> Int32 { bytes.withUnsafeBufferPointer { id(of: $0, foldingASCIICase: false) } }

    func id(ofASCIILowercased bytes: Span<UInt8>) -> Int32 {
        bytes.withUnsafeBufferPointer { id(of: $0, foldingASCIICase: true) }
    }

    func id(of key: [UInt8]) -> Int32 { key.withUnsafeBufferPointer { id(of: $0) } }

    func id(of word: String) -> Int32 { id(of: Array(word.utf8)) }
}
