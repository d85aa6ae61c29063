/// A hash table from non-maximal `UInt64` keys (packed word ids) to values, with a multiplicative hash:
/// the standard `Dictionary` hashes with SipHash, which dominated the key-phrase stage's time.
struct UInt64KeyedTable<Value> {
    private static var empty: UInt64 { .max }
    private var keys: [UInt64]
    private var values: [Value?]
    private var shift: UInt64
    private(set) var count = 0

    init(capacity: Int = 1024) {
        let (size, shift) = halfFullTableSize(forCapacity: capacity)
        keys = Array(repeating: Self.empty, count: size)
        values = Array(repeating: nil, count: size)
        self.shift = shift
    }

    @inline(__always)
    private func slot(for key: UInt64) -> Int {
        var slot = fibonacciSlot(of: key, shift: shift)
        let mask = keys.count - 1
        while keys[slot] != key && keys[slot] != Self.empty { slot = (slot + 1) & mask }
        return slot
    }

    subscript(key: UInt64) -> Value? {
        let slot = slot(for: key)
        return keys[slot] == key ? values[slot] : nil
    }

    /// Updates the value of `key` in place, creating it with `make` first when absent.
    mutating func update(_ key: UInt64, orInsert make: () -> Value, _ change: (inout Value) -> Void) {
        if (count + 1) * 2 > keys.count { grow() }
        let slot = slot(for: key)
        if keys[slot] != key {
            keys[slot] = key
            values[slot] = make()
            count += 1
        }
        change(&values[slot]!)
    }

    func forEach(_ body: (UInt64, Value) -> Void) {
        for index in keys.indices where keys[index] != Self.empty { body(keys[index], values[index]!) }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        shift -= 1
        for index in oldKeys.indices where oldKeys[index] != Self.empty {
            let slot = slot(for: oldKeys[index])
            keys[slot] = oldKeys[index]
            values[slot] = oldValues[index]
        }
    }
}

extension UInt64KeyedTable: Sendable where Value: Sendable {}
