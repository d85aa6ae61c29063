@testable import ArticleAnalysis
import Testing

@Suite struct NameStoreTests {
    @Test func findsEveryNameAcrossCheckpointsAndAfterRemoval() {
        var store = NameStore()
        let names = (0..<50).map { "article-\($0)-\(String(repeating: "é", count: $0 % 7)).html" }
        for name in names { store.append(name) }
        #expect((0..<50).allSatisfy { store.name(at: $0) == names[$0] })
        store.removeFirst(17)
        #expect((0..<33).allSatisfy { store.name(at: $0) == names[$0 + 17] })
    }

    /// Linux names are at most 255 bytes; a longer one is cut without splitting a character.
    @Test func cutsOverlongNamesAtACharacterBoundary() {
        var store = NameStore()
        store.append(String(repeating: "a", count: 254) + "ü" + "tail")
        let stored = store.name(at: 0)
        #expect(stored == String(repeating: "a", count: 254))
        #expect(stored.utf8.count <= 255)
        var whole = NameStore()
        whole.append(String(repeating: "a", count: 253) + "ü" + "tail")
        #expect(whole.name(at: 0) == String(repeating: "a", count: 253) + "ü")
    }

    @Test func restoresFromTheFileColumnsOnlyWhenTheyAgree() {
        var store = NameStore()
        for name in ["a.txt", "bb.txt", "ccc.txt"] { store.append(name) }
        #expect(NameStore(lengths: store.lengths, bytes: store.bytes)?.name(at: 2) == "ccc.txt")
        #expect(NameStore(lengths: store.lengths, bytes: Array(store.bytes.dropLast())) == nil)
    }
}
