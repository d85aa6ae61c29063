/// An immutable hash table from UTF-8 byte strings to small integer ids, so the hot loops can look a token up
/// straight from the bytes of the text without building a `String` (open addressing over `PackedWord`s).
struct ByteKeyTable: Sendable {
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int32] = [0]
    private var packs: [PackedWord] = []
    private var slots: [Int32]
    private let mask: Int

    /// Builds the table; a key given twice keeps its first id (callers merge duplicates before).
    init(keys: [[UInt8]]) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for key in keys {
            keyBytes.append(contentsOf: key)
            keyStarts.append(Int32(keyBytes.count))
            packs.append(key.withUnsafeBufferPointer { PackedWord($0, foldingASCIICase: false) })
        }
        for id in keys.indices where self.id(of: keys[id]) < 0 {
            var slot = Int(truncatingIfNeeded: packs[id].hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    var count: Int { keyStarts.count - 1 }

    func key(_ id: Int) -> ArraySlice<UInt8> { keyBytes[Int(keyStarts[id])..<Int(keyStarts[id + 1])] }

    /// The id of `bytes`, or -1 when the table does not hold it.
    func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 { id(of: bytes, foldingASCIICase: false) }

    /// The id of `bytes` with ASCII capitals read as lowercase (the keys are lowercase), or -1: a token is
    /// looked up straight from the text, without first copying it lowercased.
    func id(ofASCIILowercased bytes: UnsafeBufferPointer<UInt8>) -> Int32 { id(of: bytes, foldingASCIICase: true) }

    @inline(__always)
    private func id(of bytes: UnsafeBufferPointer<UInt8>, foldingASCIICase folds: Bool) -> Int32 {
        let pack = PackedWord(bytes, foldingASCIICase: folds)
        var slot = Int(truncatingIfNeeded: pack.hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            packs.withUnsafeBufferPointer { packs in
                keyBytes.withUnsafeBufferPointer { keyBytes in
                    while true {
                        let candidate = Int(slots[slot])
                        if candidate < 0 { return -1 }
                        if packs[candidate] == pack,
                            PackedWord.sameLongWord(
                                UnsafeBufferPointer(rebasing: keyBytes[Int(keyStarts[candidate])...]), bytes, folds: folds)
                        {
                            return Int32(candidate)
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    func id(of key: [UInt8]) -> Int32 { key.withUnsafeBufferPointer { id(of: $0) } }

    func id(of word: String) -> Int32 { id(of: Array(word.utf8)) }
}
