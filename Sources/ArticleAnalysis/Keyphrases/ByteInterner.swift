/// Gives each distinct byte string (a lowercased word) a dense id while a document is read, without
/// building a `String` per word: open addressing over the bytes, grown as needed.
struct ByteInterner {
    private(set) var bytes: [UInt8] = []
    private var starts: [Int32] = [0]
    private var slots: [Int32] = Array(repeating: -1, count: 1024)

    init() { bytes.reserveCapacity(4096) }

    var count: Int { starts.count - 1 }

    func key(_ id: Int) -> ArraySlice<UInt8> { bytes[Int(starts[id])..<Int(starts[id + 1])] }

    func string(_ id: Int) -> String { String(decoding: key(id), as: UTF8.self) }

    /// The id of `word`, added when new.
    mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> Int { intern(word, foldingASCIICase: false) }

    /// The id of `word` with its ASCII capitals lowercased (stored lowercased when new), without copying it first.
    mutating func intern(asciiLowercasing word: UnsafeBufferPointer<UInt8>) -> Int { intern(word, foldingASCIICase: true) }

    @inline(__always)
    private mutating func intern(_ word: UnsafeBufferPointer<UInt8>, foldingASCIICase folds: Bool) -> Int {
        if count * 2 >= slots.count { grow() }
        var hash = ByteKeyTable.hashSeed
        for byte in word { hash = ByteKeyTable.hashStep(hash, folds ? ASCIILowercase.folded(byte) : byte) }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: ByteKeyTable.hashFinish(hash)) & mask
        let found: Int32 = slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                bytes.withUnsafeBufferPointer { stored in
                    while true {
                        let id = Int(slots[slot])
                        if id < 0 { return -1 }
                        let start = Int(starts[id])
                        if Int(starts[id + 1]) - start == word.count {
                            var offset = 0
                            while offset < word.count {
                                let byte = folds ? ASCIILowercase.folded(word[offset]) : word[offset]
                                if stored[start + offset] != byte { break }
                                offset += 1
                            }
                            if offset == word.count { return Int32(id) }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
        if found >= 0 { return Int(found) }
        let id = count
        if folds {
            for byte in word { bytes.append(ASCIILowercase.folded(byte)) }
        } else {
            bytes.append(contentsOf: word)
        }
        starts.append(Int32(bytes.count))
        slots[slot] = Int32(id)
        return id
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
