/// Gives each distinct byte string (a lowercased word) a dense id while a document is read, without
/// building a `String` per word: open addressing over the bytes, grown as needed.
struct ByteInterner {
    private(set) var bytes: [UInt8] = []
    private var starts: [Int32] = [0]
    private var slots: [Int32] = Array(repeating: -1, count: 1024)

    var count: Int { starts.count - 1 }

    func key(_ id: Int) -> ArraySlice<UInt8> { bytes[Int(starts[id])..<Int(starts[id + 1])] }

    func string(_ id: Int) -> String { String(decoding: key(id), as: UTF8.self) }

    /// The id of `word`, added when new.
    mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        if count * 2 >= slots.count { grow() }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: ByteKeyTable.hash(word)) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if matches(Int(id), word) { return Int(id) }
            slot = (slot + 1) & mask
        }
        let id = count
        bytes.append(contentsOf: word)
        starts.append(Int32(bytes.count))
        slots[slot] = Int32(id)
        return id
    }

    private func matches(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[id])
        guard Int(starts[id + 1]) - start == word.count else { return false }
        for offset in 0..<word.count where bytes[start + offset] != word[offset] { return false }
        return true
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for id in 0..<count {
            var slot = Int(truncatingIfNeeded: ByteKeyTable.hash(key(id))) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}
