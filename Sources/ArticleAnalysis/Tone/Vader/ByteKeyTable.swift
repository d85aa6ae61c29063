/// An immutable hash table from UTF-8 byte strings to small integer ids, so the hot loops can look a token up
/// straight from the bytes of the text without building a `String` (open addressing, FNV-1a hashing).
struct ByteKeyTable: Sendable {
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int32] = [0]
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
        }
        for id in keys.indices {
            let key = keys[id]
            var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
            while slots[slot] >= 0 {
                if self.key(Int(slots[slot])).elementsEqual(key) { break }
                slot = (slot + 1) & mask
            }
            if slots[slot] < 0 { slots[slot] = Int32(id) }
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
        var hash = Self.hashSeed
        for byte in bytes { hash = Self.hashStep(hash, folds ? ASCIILowercase.folded(byte) : byte) }
        var slot = Int(truncatingIfNeeded: Self.hashFinish(hash)) & mask
        return slots.withUnsafeBufferPointer { slots in
            keyStarts.withUnsafeBufferPointer { starts in
                keyBytes.withUnsafeBufferPointer { keyBytes in
                    while true {
                        let candidate = Int(slots[slot])
                        if candidate < 0 { return -1 }
                        let start = Int(starts[candidate])
                        if Int(starts[candidate + 1]) - start == bytes.count {
                            var offset = 0
                            while offset < bytes.count {
                                let byte = folds ? ASCIILowercase.folded(bytes[offset]) : bytes[offset]
                                if keyBytes[start + offset] != byte { break }
                                offset += 1
                            }
                            if offset == bytes.count { return Int32(candidate) }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    func id(of key: [UInt8]) -> Int32 { key.withUnsafeBufferPointer { id(of: $0) } }

    func id(of word: String) -> Int32 { id(of: Array(word.utf8)) }

    @inline(__always)
    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash = hashSeed
        for byte in bytes { hash = hashStep(hash, byte) }
        return hashFinish(hash)
    }

    /// FNV-1a in three steps, so a caller can hash bytes while it reads (and folds) them.
    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func hashStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }

    @inline(__always)
    static func hashFinish(_ hash: UInt64) -> UInt64 { hash ^ (hash >> 29) }
}
