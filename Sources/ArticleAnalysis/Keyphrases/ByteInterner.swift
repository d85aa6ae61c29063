/// Gives each distinct byte string (a lowercased word) a dense id while a document is read, without
/// building a `String` per word: open addressing over `PackedWord`s, grown as needed.
struct ByteInterner {
    private(set) var bytes: [UInt8] = []
    private var starts: [Int32] = [0]
    private var packs: [PackedWord] = []
    private var slots: [Int32] = Array(repeating: -1, count: 1024)

    init() {
        bytes.reserveCapacity(4096)
        starts.reserveCapacity(512)
        packs.reserveCapacity(512)
    }

    var count: Int { packs.count }

    func key(_ id: Int) -> ArraySlice<UInt8> { bytes[Int(starts[id])..<Int(starts[id + 1])] }

    func string(_ id: Int) -> String { String(decoding: key(id), as: UTF8.self) }

    /// The id of `word`, added when new.
    mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> Int { intern(word, foldingASCIICase: false) }

    /// The id of `word` with its ASCII capitals lowercased (stored lowercased when new), without copying it first.
    mutating func intern(asciiLowercasing word: UnsafeBufferPointer<UInt8>) -> Int { intern(word, foldingASCIICase: true) }

    @inline(__always)
    private mutating func intern(_ word: UnsafeBufferPointer<UInt8>, foldingASCIICase folds: Bool) -> Int {
        if count * 2 >= slots.count { grow() }
        let pack = PackedWord(word, foldingASCIICase: folds)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: pack.hash) & mask
        let found: Int32 = slots.withUnsafeBufferPointer { slots in
            packs.withUnsafeBufferPointer { packs in
                while true {
                    let id = Int(slots[slot])
                    if id < 0 { return -1 }
                    if packs[id] == pack, word.count <= 16 || sameLongWord(id, word, folds: folds) { return Int32(id) }
                    slot = (slot + 1) & mask
                }
            }
        }
        if found >= 0 { return Int(found) }
        let id = count
        let start = bytes.count
        bytes.append(contentsOf: word)
        if folds {
            bytes.withUnsafeMutableBufferPointer { stored in
                for index in start..<stored.count { stored[index] = ASCIILowercase.folded(stored[index]) }
            }
        }
        starts.append(Int32(bytes.count))
        packs.append(pack)
        slots[slot] = Int32(id)
        return id
    }

    private func sameLongWord(_ id: Int, _ word: UnsafeBufferPointer<UInt8>, folds: Bool) -> Bool {
        bytes.withUnsafeBufferPointer { PackedWord.sameLongWord(UnsafeBufferPointer(rebasing: $0[Int(starts[id])...]), word, folds: folds) }
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for id in 0..<count {
            var slot = Int(truncatingIfNeeded: packs[id].hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}
