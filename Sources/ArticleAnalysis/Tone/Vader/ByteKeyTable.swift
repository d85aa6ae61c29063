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
    func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
        while true {
            let candidate = slots[slot]
            if candidate < 0 { return -1 }
            let start = Int(keyStarts[Int(candidate)])
            let end = Int(keyStarts[Int(candidate) + 1])
            if end - start == bytes.count {
                var same = true
                var offset = 0
                while offset < bytes.count {
                    if keyBytes[start + offset] != bytes[offset] { same = false; break }
                    offset += 1
                }
                if same { return candidate }
            }
            slot = (slot + 1) & mask
        }
    }

    func id(of key: [UInt8]) -> Int32 { key.withUnsafeBufferPointer { id(of: $0) } }

    func id(of word: String) -> Int32 { id(of: Array(word.utf8)) }

    @inline(__always)
    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash ^ (hash >> 29)
    }
}
