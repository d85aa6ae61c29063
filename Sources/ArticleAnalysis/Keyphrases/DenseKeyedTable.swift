/// A hash table from non-maximal `UInt64` keys (packed word ids) to values kept densely in insertion order;
/// the open-addressing slots hold only an index. `UInt64KeyedTable` keeps an optional value per slot, so a
/// key-phrase reader cleared ~200 KB per article before reading a word; this one clears 24 KB and touches
/// fewer cache lines per update. Slots, probing and growth are `UInt64KeyedTable`'s, so `forEach` visits
/// the keys in the same order (the ranking's order among equal scores does not change).
struct DenseKeyedTable<Value> {
    private var slots: [Int32]
    private(set) var keys: [UInt64] = []
    /// The values in insertion order; `find(forUpdating:)` says where a key's value is.
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

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(for key: UInt64) -> Int {
        slots.withUnsafeBufferPointer { slots in
            keys.withUnsafeBufferPointer { keys in
                var slot = fibonacciSlot(of: key, shift: shift)
                let mask = slots.count - 1
                while true {
                    let index = Int(slots[slot])
                    if index < 0 || keys[index] == key { return slot }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// The index into `values` of `key`'s value, or nil.
    @inline(__always)
    func index(of key: UInt64) -> Int? {
        let index = Int(slots[slot(for: key)])
        return index < 0 ? nil : index
    }

    subscript(key: UInt64) -> Value? {
        guard let index = index(of: key) else { return nil }
        return values[index]
    }

    /// Where `key` is: the index of its value (`index` ≥ 0), or -1 and the empty slot where it goes. Grows
    /// first when full, as `UInt64KeyedTable.update` does, so the slots (and `forEach`'s order) are the same.
    @inline(__always)
    mutating func find(forUpdating key: UInt64) -> (index: Int, slot: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        let slot = slot(for: key)
        return (Int(slots[slot]), slot)
    }

    /// Adds `key` with `value` at the empty `slot` that `find(forUpdating:)` gave; returns the value's index.
    @inline(__always)
    mutating func insert(_ key: UInt64, _ value: Value, at slot: Int) -> Int {
        slots[slot] = Int32(keys.count)
        keys.append(key)
        values.append(value)
        return keys.count - 1
    }

    /// Every key and value in slot order (as `UInt64KeyedTable.forEach` visits them).
    func forEach(_ body: (UInt64, Value) -> Void) {
        for index in slots where index >= 0 { body(keys[Int(index)], values[Int(index)]) }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: -1, count: old.count * 2)
        shift -= 1
        for index in old where index >= 0 { slots[slot(for: keys[Int(index)])] = index }
    }
}

extension DenseKeyedTable: Sendable where Value: Sendable {}
