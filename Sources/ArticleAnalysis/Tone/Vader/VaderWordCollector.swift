/// The words of the VADER table in first-seen order, each once, found by their UTF-8 bytes: what
/// `VaderLexicon` collects while it parses the bundled text, before its `ByteKeyTable` is made. A
/// `[String: …]` dictionary, `Set<String>` probes and a Character-level `split` of 7,500 lines were nearly
/// all of the lexicon's first use (155 M instructions, paid by every process).
struct VaderWordCollector {
    /// Each word's bytes, by id.
    private(set) var keys: [[UInt8]] = []
    /// Byte hash → id (a word's index in the table is its id); equal hashes are told apart by the bytes.
    private var table: KeyedTable<UInt64, Void>

    init(capacity: Int) {
        table = KeyedTable(capacity: capacity)
        keys.reserveCapacity(capacity)
    }

    var count: Int { keys.count }

    /// The id of `word`, added at the end when it is new.
    mutating func add(_ word: ArraySlice<UInt8>) -> Int {
        let hash = Self.hash(word)
        table.makeRoomForOneMore()
        let (index, slot) = table.find(hash) { keys[$0].elementsEqual(word) }
        if index >= 0 { return index }
        table.insert(hash, (), at: slot)
        keys.append(Array(word))
        return keys.count - 1
    }

    mutating func add(_ word: String) -> Int { add(Array(word.utf8)[...]) }

    /// The id of `word`, or nil when it has not been added.
    func id(of word: String) -> Int? {
        let bytes = Array(word.utf8)[...]
        let index = table.find(Self.hash(bytes)) { keys[$0].elementsEqual(bytes) }.index
        return index < 0 ? nil : index
    }

    /// FNV-1a over the bytes: the table only needs the bits spread.
    private static func hash(_ word: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}
