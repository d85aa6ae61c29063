/// The hash table of the analysis for keys that are 64 bits already (token and phrase hashes, packed word
/// ids and letters, tag-name hashes): values kept densely in insertion order, the open-addressing slots
/// holding only an index into them, probed from `fibonacciSlot` (the standard `Dictionary` hashes with
/// SipHash, which dominated the key-phrase stage's time). `Key` says what the 64 bits are (`UInt64`,
/// `WordKey`, `FoldedWordHash`, `PackedWord`), `Value` what is kept per key; a set has `Void` values.
/// Growth re-inserts in slot order, so `forEach`'s order depends only on the keys inserted (the key-phrase
/// ranking's order among equal scores reads it).
///
/// A slot also holds 7 bits of its key (`tag(of:)`): the big lexicon tables go cold while the other stages
/// run, so a probe's time is its cache misses, and a probe that passes an occupied slot of another key
/// now reads the key in `keys` (another line) only when the tags agree (1 in 128), not every time. Slots
/// stay 4 bytes, so no table grows.
struct KeyedTable<Key: TableKey, Value> {
    /// -1: empty; else the value's index in the low `indexBits` bits and the key's tag above them.
    private var slots: [Int32]
    private(set) var keys: [Key] = []
    /// The values in insertion order; `find(forUpdating:)` and `index(of:)` say where a key's value is.
    var values: [Value] = []
    private var shift: UInt64

    var count: Int { keys.count }

    init(capacity: Int = 1024) {
        let (size, shift) = halfFullTableSize(forCapacity: capacity)
        slots = Array(repeating: -1, count: size)
        self.shift = shift
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// Bits of a slot that hold the value's index: room for 16 M keys, far more than any table holds.
    private static var indexBits: Int32 { 24 }
    private static var indexMask: Int32 { (1 << indexBits) - 1 }

    /// The 7 bits of a key kept in its slot, from the bits `fibonacciSlot` weighs least (the low ones), so
    /// keys that meet in one stretch of slots still differ in them. Equal keys have equal tags.
    @inline(__always)
    private static func tag(of bits: UInt64) -> Int32 { Int32(truncatingIfNeeded: bits & 0x7F) << indexBits }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(for key: Key) -> Int {
        slots.withUnsafeBufferPointer { slots in
            keys.withUnsafeBufferPointer { keys in
                let bits = key.bits
                let tag = Self.tag(of: bits)
                var slot = fibonacciSlot(of: bits, shift: shift)
                let mask = slots.count - 1
                while true {
                    let entry = slots[slot]
                    if entry < 0 || (entry & ~Self.indexMask == tag && keys[Int(entry & Self.indexMask)] == key) { return slot }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// The index into `values` of the value in a slot that is not empty.
    @inline(__always)
    private static func index(in entry: Int32) -> Int { Int(entry & indexMask) }

    /// The index into `values` of `key`'s value, or nil.
    @inline(__always)
    func index(of key: Key) -> Int? {
        let entry = slots[slot(for: key)]
        return entry < 0 ? nil : Self.index(in: entry)
    }

    subscript(key: Key) -> Value? {
        guard let index = index(of: key) else { return nil }
        return values[index]
    }

    /// Where `key` is: the index of its value (`index` ≥ 0), or -1 and the empty slot where it goes. Grows
    /// first when the table would be more than half full.
    @inline(__always)
    mutating func find(forUpdating key: Key) -> (index: Int, slot: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        let slot = slot(for: key)
        let entry = slots[slot]
        return (entry < 0 ? -1 : Self.index(in: entry), slot)
    }

    /// Adds `key` with `value` at the empty `slot` that `find(forUpdating:)` gave; returns the value's index.
    @inline(__always)
    @discardableResult
    mutating func insert(_ key: Key, _ value: Value, at slot: Int) -> Int {
        precondition(keys.count <= Self.indexMask, "a keyed table holds at most 16 M keys")
        slots[slot] = Self.tag(of: key.bits) | Int32(keys.count)
        keys.append(key)
        values.append(value)
        return keys.count - 1
    }

    /// For keys that may stand for more than one thing (a hash of a word, a pack of a long word's ends): the
    /// index of the value whose key is `key` and which `confirm` accepts (it compares what the key stands
    /// for), or -1 and the empty slot where such a key goes. Keys equal but not confirmed are kept side by
    /// side. Grows first when the table would be more than half full.
    @inline(__always)
    mutating func find(forUpdating key: Key, confirming confirm: (Int) -> Bool) -> (index: Int, slot: Int) {
        makeRoomForOneMore()
        return find(key, confirming: confirm)
    }

    /// Grows when one more key would make the table more than half full, so that a slot `find` gives
    /// afterwards stays valid for `insert`.
    @inline(__always)
    mutating func makeRoomForOneMore() {
        if (count + 1) * 2 > slots.count { grow() }
    }

    /// `find(forUpdating:confirming:)` without growing: the index of the confirmed value, or -1.
    @inline(__always)
    func find(_ key: Key, confirming confirm: (Int) -> Bool) -> (index: Int, slot: Int) {
        slots.withUnsafeBufferPointer { slots in
            keys.withUnsafeBufferPointer { keys in
                let bits = key.bits
                let tag = Self.tag(of: bits)
                var slot = fibonacciSlot(of: bits, shift: shift)
                let mask = slots.count - 1
                while true {
                    let entry = slots[slot]
                    if entry < 0 { return (-1, slot) }
                    let index = Self.index(in: entry)
                    if entry & ~Self.indexMask == tag, keys[index] == key, confirm(index) { return (index, slot) }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Updates the value of `key` in place, creating it with `make` first when absent.
    @inline(__always)
    mutating func update(_ key: Key, orInsert make: () -> Value, _ change: (inout Value) -> Void) {
        var (index, slot) = find(forUpdating: key)
        if index < 0 { index = insert(key, make(), at: slot) }
        change(&values[index])
    }

    /// Every key and value in slot order.
    func forEach(_ body: (Key, Value) -> Void) {
        for entry in slots where entry >= 0 {
            let index = Self.index(in: entry)
            body(keys[index], values[index])
        }
    }

    /// Doubles the slots and places every key again, in slot order; equal keys (kept side by side by
    /// `find(forUpdating:confirming:)`) each get an empty slot.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: -1, count: old.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for entry in old where entry >= 0 {
            var slot = fibonacciSlot(of: keys[Self.index(in: entry)].bits, shift: shift)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}

extension KeyedTable: Sendable where Value: Sendable {}

/// What a `KeyedTable` is keyed by: a value whose 64 bits spread well enough to pick a slot from.
protocol TableKey: Equatable, Sendable {
    var bits: UInt64 { get }
}

extension UInt64: TableKey {
    @inline(__always) var bits: UInt64 { self }
}
