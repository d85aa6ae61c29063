/// An immutable table from UTF-8 byte strings to small integer ids (their order in `keys`), so the hot loops
/// can look a token up straight from the bytes of the text without building a `String`: a `KeyedTable` keyed
/// by `PackedWord`, a long word's bytes compared on a hit.
struct ByteKeyTable: Sendable {
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int32] = [0]
    private var table: KeyedTable<PackedWord, Int32>

    /// Builds the table; a key given twice keeps its first id (callers merge duplicates before).
    init(keys: [[UInt8]]) {
        var table = KeyedTable<PackedWord, Int32>(capacity: keys.count)
        var ids: [Int32] = []
        for (id, key) in keys.enumerated() {
            key.withUnsafeBufferPointer { key in
                let pack = PackedWord(key, foldingASCIICase: false)
                let (found, slot) = table.find(forUpdating: pack) { key.count <= 16 || keys[Int(ids[$0])].elementsEqual(key) }
                if found < 0 {
                    table.insert(pack, Int32(id), at: slot)
                    ids.append(Int32(id))
                }
            }
        }
        self.table = table
        for key in keys {
            keyBytes.append(contentsOf: key)
            keyStarts.append(Int32(keyBytes.count))
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
        let index = table.find(pack) { bytes.count <= 16 || sameLongWord(Int(table.values[$0]), bytes, folds: folds) }.index
        return index < 0 ? -1 : table.values[index]
    }

    private func sameLongWord(_ id: Int, _ word: UnsafeBufferPointer<UInt8>, folds: Bool) -> Bool {
        keyBytes.withUnsafeBufferPointer {
            PackedWord.sameLongWord(UnsafeBufferPointer(rebasing: $0[Int(keyStarts[id])...]), word, folds: folds)
        }
    }

    /// `id(of:)` and `id(ofASCIILowercased:)` for bytes read through a `Span`, so the callers outside the
    /// token and table layer hold no unsafe pointer.
    func id(of bytes: Span<UInt8>) -> Int32 { bytes.withUnsafeBufferPointer { id(of: $0, foldingASCIICase: false) } }

    func id(ofASCIILowercased bytes: Span<UInt8>) -> Int32 {
        bytes.withUnsafeBufferPointer { id(of: $0, foldingASCIICase: true) }
    }

    func id(of key: [UInt8]) -> Int32 { key.withUnsafeBufferPointer { id(of: $0) } }

    func id(of word: String) -> Int32 { id(of: Array(word.utf8)) }
}
