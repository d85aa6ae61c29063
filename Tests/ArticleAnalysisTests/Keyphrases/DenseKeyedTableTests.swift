import Testing

@testable import ArticleAnalysis

@Suite struct DenseKeyedTableTests {
    /// The adjacent word pairs of a seed article as the key-phrase reader packs them (left id << 32 | right id).
    private func wordPairs() throws -> [UInt64] {
        var text = try SharedData.text("seeds/000_8f64f1e923156d79.txt")
        var interner = ByteInterner()
        var ids: [Int] = []
        text.withUTF8 { bytes in
            WordScanner.scan(bytes) { piece in
                if case let .word(start, end, _) = piece {
                    ids.append(interner.intern(asciiLowercasing: UnsafeBufferPointer(rebasing: bytes[start..<end])))
                }
            }
        }
        return zip(ids, ids.dropFirst()).map { UInt64($0) << 32 | UInt64($1) }
    }

    @Test func visitsKeysInTheOrderOfUInt64KeyedTable() throws {
        let pairs = try wordPairs()
        #expect(pairs.count > 500)
        // A small start, so both tables grow several times on the way.
        var dense = DenseKeyedTable<Int32>(capacity: 8)
        var reference = UInt64KeyedTable<Int32>(capacity: 8)
        for pair in pairs {
            let (index, slot) = dense.find(forUpdating: pair)
            if index >= 0 { dense.values[index] += 1 } else { _ = dense.insert(pair, 1, at: slot) }
            reference.update(pair, orInsert: { 0 }) { $0 += 1 }
        }
        var denseOrder: [(UInt64, Int32)] = []
        dense.forEach { denseOrder.append(($0, $1)) }
        var referenceOrder: [(UInt64, Int32)] = []
        reference.forEach { referenceOrder.append(($0, $1)) }
        #expect(dense.count == reference.count)
        #expect(denseOrder.map(\.0) == referenceOrder.map(\.0))
        #expect(denseOrder.map(\.1) == referenceOrder.map(\.1))
    }

    @Test func looksUpWhatWasCounted() throws {
        let pairs = try wordPairs()
        var table = DenseKeyedTable<Int32>(capacity: 16)
        for pair in pairs {
            let (index, slot) = table.find(forUpdating: pair)
            if index >= 0 { table.values[index] += 1 } else { _ = table.insert(pair, 1, at: slot) }
        }
        for pair in Set(pairs) { #expect(table[pair] == Int32(pairs.filter { $0 == pair }.count)) }
        #expect(table[UInt64.max - 1] == nil)
    }
}
