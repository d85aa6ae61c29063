/// The fact scanners' lexicons (amounts, dates, attribution) as `KeyedTable`s keyed by `WordKey`: every word
/// of every sentence is looked up, and a multiplicative hash with a linear probe costs a few nanoseconds
/// where `Dictionary`'s SipHash costs tens (measured with `articlewatch-eval facts` on the seeds: with
/// plain-value tokens, the amounts stage went from ~200 µs to ~66 µs per 7 KB).
typealias WordTable<Value> = KeyedTable<WordKey, Value>

/// A set of words for the fact scanners.
typealias WordSet = KeyedTable<WordKey, Void>

extension KeyedTable where Key == WordKey {
    /// A lexicon; a word given twice keeps the last value, and words that have no key (`WordKey.none`)
    /// are left out, so they match nothing.
    init(_ entries: [(WordKey, Value)]) {
        self.init(capacity: entries.count)
        for (key, value) in entries where key != .none { update(key, orInsert: { value }) { $0 = value } }
    }

    init(_ table: [String: Value]) { self.init(table.map { (WordKey($0.key), $0.value) }) }
}

extension KeyedTable where Key == WordKey, Value == Void {
    init(_ words: [String]) { self.init(words.map { (WordKey($0), ()) }) }

    func contains(_ key: WordKey) -> Bool { index(of: key) != nil }
}

extension WordKey: TableKey {
    @inline(__always) var bits: UInt64 { rawValue }
}
