/// Gives each distinct byte string (a lowercased word) a dense id while a document is read, without
/// building a `String` per word: a `KeyedTable` keyed by `PackedWord` (the id is the key's index), a long
/// word's bytes compared on a hit.
struct ByteInterner {
    private(set) var bytes: [UInt8] = []
    private var starts: [Int32] = [0]
    private var table = KeyedTable<PackedWord, Void>(capacity: 512)

    init() {
        bytes.reserveCapacity(4096)
        starts.reserveCapacity(512)
    }

    var count: Int { table.count }

    func key(_ id: Int) -> ArraySlice<UInt8> { bytes[Int(starts[id])..<Int(starts[id + 1])] }

    func string(_ id: Int) -> String { String(decoding: key(id), as: UTF8.self) }

    /// The id of `word`, added when new.
    mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> Int { intern(word, foldingASCIICase: false) }

    /// The id of `word` with its ASCII capitals lowercased (stored lowercased when new), without copying it first.
    mutating func intern(asciiLowercasing word: UnsafeBufferPointer<UInt8>) -> Int { intern(word, foldingASCIICase: true) }

    @inline(__always)
    private mutating func intern(_ word: UnsafeBufferPointer<UInt8>, foldingASCIICase folds: Bool) -> Int {
        let pack = PackedWord(word, foldingASCIICase: folds)
        table.makeRoomForOneMore()
        let (found, slot) = table.find(pack) { word.count <= 16 || sameLongWord($0, word, folds: folds) }
        if found >= 0 { return found }
        let start = bytes.count
        bytes.append(contentsOf: word)
        if folds {
            bytes.withUnsafeMutableBufferPointer { stored in
                for index in start..<stored.count { stored[index] = ASCIILowercase.folded(stored[index]) }
            }
        }
        starts.append(Int32(bytes.count))
        return table.insert(pack, (), at: slot)
    }

    /// The id of `word`, added when new: the safe entry point for callers outside `Text/` (the VADER table's
    /// parse collects its words with it).
    mutating func intern(_ word: ArraySlice<UInt8>) -> Int {
        word.withUnsafeBufferPointer { intern($0, foldingASCIICase: false) }
    }

    mutating func intern(_ word: String) -> Int { intern(Array(word.utf8)[...]) }

    /// The id of `word`, or nil when it has not been interned; nothing is added.
    func id(of word: String) -> Int? {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { word in
            let found = table.find(PackedWord(word, foldingASCIICase: false)) { word.count <= 16 || sameLongWord($0, word, folds: false) }.index
            return found < 0 ? nil : found
        }
    }

    /// Every interned word's bytes, by id.
    var keys: [[UInt8]] { (0..<count).map { Array(key($0)) } }

    private func sameLongWord(_ id: Int, _ word: UnsafeBufferPointer<UInt8>, folds: Bool) -> Bool {
        bytes.withUnsafeBufferPointer { PackedWord.sameLongWord(UnsafeBufferPointer(rebasing: $0[Int(starts[id])...]), word, folds: folds) }
    }
}
