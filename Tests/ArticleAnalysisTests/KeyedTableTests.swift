import Testing

@testable import ArticleAnalysis

@Suite struct KeyedTableTests {
    /// The adjacent word pairs of a seed article as the key-phrase reader packs them (left id << 32 | right id),
    /// with the token table's lexeme ids.
    private func wordPairs() throws -> [UInt64] {
        let text = try SharedData.text("seeds/000_8f64f1e923156d79.txt")
        let ids = TokenTable(sentenceTexts: [text]).lexemes
        return zip(ids, ids.dropFirst()).map { UInt64($0) << 32 | UInt64($1) }
    }

    @Test func updateAndFindThenInsertBuildTheSameTable() throws {
        let pairs = try wordPairs()
        #expect(pairs.count > 500)
        // A small start, so both tables grow several times on the way.
        var found = KeyedTable<UInt64, Int32>(capacity: 8)
        var updated = KeyedTable<UInt64, Int32>(capacity: 8)
        for pair in pairs {
            let (index, slot) = found.find(forUpdating: pair)
            if index >= 0 { found.values[index] += 1 } else { found.insert(pair, 1, at: slot) }
            updated.update(pair, orInsert: { 0 }) { $0 += 1 }
        }
        var foundOrder: [(UInt64, Int32)] = []
        found.forEach { foundOrder.append(($0, $1)) }
        var updatedOrder: [(UInt64, Int32)] = []
        updated.forEach { updatedOrder.append(($0, $1)) }
        #expect(found.count == Set(pairs).count)
        #expect(foundOrder.map(\.0) == updatedOrder.map(\.0))
        #expect(foundOrder.map(\.1) == updatedOrder.map(\.1))
        // Values stay in insertion order: the first pair is the first value.
        #expect(found.keys.first == pairs.first)
    }

    @Test func looksUpWhatWasCounted() throws {
        let pairs = try wordPairs()
        var table = KeyedTable<UInt64, Int32>(capacity: 16)
        for pair in pairs { table.update(pair, orInsert: { 0 }) { $0 += 1 } }
        for pair in Set(pairs) { #expect(table[pair] == Int32(pairs.filter { $0 == pair }.count)) }
        #expect(table[UInt64.max - 1] == nil)
    }

    @Test func aConfirmingLookupKeepsEqualKeysApart() {
        // Three things under one key (a hash that collides): each is found by what it stands for.
        var table = KeyedTable<UInt64, String>(capacity: 2)
        for word in ["alpha", "beta", "gamma"] {
            table.makeRoomForOneMore()
            let (index, slot) = table.find(42) { table.values[$0] == word }
            #expect(index < 0)
            table.insert(42, word, at: slot)
        }
        for word in ["alpha", "beta", "gamma"] {
            let index = table.find(42) { table.values[$0] == word }.index
            #expect(index >= 0 && table.values[index] == word)
        }
        #expect(table.find(42) { table.values[$0] == "delta" }.index < 0)
        #expect(table.count == 3)
    }

    @Test func wordTablesKeepTheLastValueAndSkipWordsWithoutAKey() {
        let table = WordTable<Int>([(WordKey("may"), 5), (WordKey("May"), 6), (WordKey("twelve-letter-plus"), 1)])
        #expect(table[WordKey("MAY")] == 6)
        #expect(table.count == 1)
        let set = WordSet(["per", "cent"])
        #expect(set.contains(WordKey("Cent")) && !set.contains(WordKey("percent")))
        let hashes = WordHashSet(["Home", "next"])
        #expect(hashes.contains(Array("HOME".utf8)) && hashes.contains(Array("next".utf8)) && !hashes.contains(Array("back".utf8)))
    }

    @Test func keysWithOneTagAreStillToldApartByTheirWholeBits() {
        // Every key has the same low 7 bits (the tag a slot keeps), so every probe past an occupied slot
        // compares whole keys; keys with other low bits are passed by their tag alone.
        let sameTag = (0..<2_000).map { UInt64($0) << 7 | 0x55 }
        let otherTags = (0..<2_000).map { Mix64.finalize(UInt64($0)) }
        var table = KeyedTable<UInt64, Int>(capacity: 4)
        for (index, key) in zip(sameTag.indices, sameTag) { table.update(key, orInsert: { index }) { _ in } }
        for (index, key) in zip(otherTags.indices, otherTags) { table.update(key, orInsert: { -index }) { _ in } }
        #expect(table.count == Set(sameTag + otherTags).count)
        for (index, key) in zip(sameTag.indices, sameTag) { #expect(table[key] == index) }
        for (index, key) in zip(otherTags.indices, otherTags) where !sameTag.contains(key) { #expect(table[key] == -index) }
        // Absent keys with the shared tag, and absent keys that differ from a present one in the tag only.
        for step in 2_000..<2_200 { #expect(table[UInt64(step) << 7 | 0x55] == nil) }
        for step in 0..<200 { #expect(table[UInt64(step) << 7 | 0x54] == nil) }
    }
}
