/// The table types of the token layer driven by arbitrary bytes and compared with the standard library's
/// `Dictionary` as they go, for the fuzz target (`TokenLayerCheck.check(bytes:)`): `KeyedTable` from the
/// smallest start (so it grows many times) with keys that differ only in their top bits (so most fall on a
/// handful of slots and probe long chains), equal keys kept side by side by `find(forUpdating:confirming:)`,
/// and `ByteInterner`, `ByteKeyTable` and `TokenHash` over raw byte strings (invalid UTF-8 included). A table
/// that disagrees with the dictionary stops with `precondition`.
enum TableLayerCheck {
    static func check(_ bytes: [UInt8]) {
        checkKeyedTable(bytes)
        checkSideBySideKeys(bytes)
        checkByteTables(bytes)
    }

    /// Every pair of bytes is an operation: its first byte picks insert-or-update or a lookup, the rest makes
    /// a key in one of three shapes (dense small integers, top-bits-only colliders, and the hash itself).
    private static func checkKeyedTable(_ bytes: [UInt8]) {
        var table = KeyedTable<UInt64, Int>(capacity: 1)
        var model: [UInt64: Int] = [:]
        var step = 0
        while step + 1 < bytes.count {
            let operation = bytes[step], payload = UInt64(bytes[step + 1]) | UInt64(step & 0xFF00)
            let key: UInt64 =
                switch operation % 3 {
                case 0: payload
                case 1: payload << 52  // only the top 12 bits vary: fibonacciSlot spreads them over few slots
                default: Mix64.finalize(payload)
                }
            if operation & 0x80 == 0 {
                table.update(key, orInsert: { 0 }) { $0 += step }
                model[key, default: 0] += step
            } else {
                precondition(table[key] == model[key], "the keyed table and the dictionary disagree on a lookup")
            }
            step += 2
        }
        precondition(table.count == model.count, "the keyed table holds another number of keys")
        var visited = 0
        table.forEach { key, value in
            visited += 1
            precondition(model[key] == value, "forEach gives a value the dictionary does not have")
        }
        precondition(visited == model.count, "forEach visits another number of keys")
        for (key, value) in model { precondition(table[key] == value, "a key inserted is not found with its value") }
    }

    /// Keys that collide on purpose (one key per byte value's low 3 bits) but stand for different things
    /// (the byte): the table keeps each confirmed pair once, side by side, as the interners rely on.
    private static func checkSideBySideKeys(_ bytes: [UInt8]) {
        var table = KeyedTable<UInt64, UInt8>(capacity: 2)
        var model: Set<UInt8> = []
        for byte in bytes.prefix(4096) {
            let key = UInt64(byte & 7) << 61
            table.makeRoomForOneMore()
            let (found, slot) = table.find(key) { table.values[$0] == byte }
            if found >= 0 {
                precondition(model.contains(byte) && table.values[found] == byte, "a confirmed key stands for another value")
            } else {
                precondition(!model.contains(byte), "a value inserted is not found among equal keys")
                table.insert(key, byte, at: slot)
                model.insert(byte)
            }
        }
        precondition(table.count == model.count, "equal keys were not kept side by side")
    }

    /// Raw byte strings (the input cut at bytes below 0x20, so invalid UTF-8 stays in) through the interner,
    /// the byte-key table and `TokenHash`, each compared with a dictionary of the same strings.
    private static func checkByteTables(_ bytes: [UInt8]) {
        let pieces = bytes.split(whereSeparator: { $0 < 0x20 }).prefix(2048).map(Array.init)
        var interner = ByteInterner()
        var folded = ByteInterner()
        var ids: [[UInt8]: Int] = [:]
        var distinct: [[UInt8]] = []
        var hashes: [UInt64: [UInt8]] = [:]
        for piece in pieces {
            let id = piece.withUnsafeBufferPointer { interner.intern($0) }
            if let known = ids[piece] {
                precondition(known == id, "the interner gives one key two ids")
            } else {
                precondition(id == distinct.count, "the interner gives a new key an old id")
                ids[piece] = id
                distinct.append(piece)
            }
            precondition(interner.key(id).elementsEqual(piece), "the interner gives back another key")
            let foldedID = piece.withUnsafeBufferPointer { folded.intern(asciiLowercasing: $0) }
            precondition(folded.key(foldedID).elementsEqual(piece.map(ASCIILowercase.folded)), "a folded key is not the key lower-cased")
            let hash = piece.withUnsafeBufferPointer { TokenHash.of($0) }
            precondition(hash != 0, "a token hash is the tables' empty mark")
            hashes[hash] = piece
        }
        precondition(interner.count == distinct.count, "the interner holds another number of keys")
        let table = ByteKeyTable(keys: distinct)
        for (id, key) in distinct.enumerated() {
            precondition(table.id(of: key) == Int32(id), "the byte-key table gives another id")
            precondition(table.key(id).elementsEqual(key), "the byte-key table gives back another key")
        }
        let absent = (distinct.max(by: { $0.count < $1.count }) ?? []) + [0x7F]
        precondition(ids[absent] != nil || table.id(of: absent) == -1, "the byte-key table finds a key never put in")
    }
}
