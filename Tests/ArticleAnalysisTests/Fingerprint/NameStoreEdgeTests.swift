@testable import ArticleAnalysis
import Testing

@Suite struct NameStoreEdgeTests {
    /// The end of the arena at a multiple of the stride (0, 16, 32 names) has no checkpoint: serialising
    /// an empty store or a full block used to read past the checkpoints.
    @Test(arguments: [0, 16, 32])
    func serialisesAtAStrideBoundary(names: Int) {
        var store = NameStore()
        for index in 0..<names { store.append("name-\(index).txt") }
        var out: [UInt8] = []
        store.serialized(from: 0, into: &out)
        #expect(out.count == names + store.bytes.count)
        #expect(store.start(at: names) == store.bytes.count)
    }

    @Test func removingEveryNameLeavesAnEmptyStore() {
        var store = NameStore()
        for index in 0..<16 { store.append("n\(index)") }
        store.removeFirst(16)
        #expect(store.count == 0 && store.bytes.isEmpty)
    }

    @Test func anEmptyIndexSerialisesAndLoadsBack() throws {
        let index = NearDuplicateIndex()
        let bytes = index.serialized()
        let loaded = try NearDuplicateIndex(serialized: bytes.span, threshold: 0.8, window: DuplicateWindow())
        #expect(loaded.count == 0)
    }
}
