/// A read-only open-addressing table from `WordKey` to a value, built once from a lexicon. The scanners
/// look up nearly every word of every sentence; a multiplicative hash and a linear probe over two flat
/// arrays cost a few nanoseconds where `Dictionary`'s SipHash costs tens (measured with
/// `articlewatch-eval facts` on the seeds: with plain-value tokens, the amounts stage went from ~200 µs to
/// ~66 µs per 7 KB).
struct WordTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value?]
    private let shift: UInt64

    init(_ entries: [(WordKey, Value)]) {
        var capacity = 8
        var bits: UInt64 = 3
        while capacity < entries.count * 3 {  // at most one third full: probes stay short
            capacity *= 2
            bits += 1
        }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Value?](repeating: nil, count: capacity)
        let shift = 64 - bits
        for (key, value) in entries where key != .none {
            var slot = fibonacciSlot(of: key.rawValue, shift: shift)
            while keys[slot] != 0, keys[slot] != key.rawValue { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key.rawValue
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.shift = shift
    }

    init(_ table: [String: Value]) { self.init(table.map { (WordKey($0.key), $0.value) }) }

    subscript(key: WordKey) -> Value? {
        guard key != .none else { return nil }
        var slot = fibonacciSlot(of: key.rawValue, shift: shift)
        while true {
            let stored = keys[slot]
            if stored == key.rawValue { return values[slot] }
            if stored == 0 { return nil }
            slot = (slot + 1) & (keys.count - 1)
        }
    }
}

/// A set of words over `WordTable`.
struct WordSet: Sendable {
    private let table: WordTable<Bool>

    init(_ words: [String]) { table = WordTable(words.map { (WordKey($0), true) }) }

    func contains(_ key: WordKey) -> Bool { table[key] != nil }
}
