import Testing

@testable import ArticleAnalysis

@Suite struct ByteInternerTests {
    /// Ids are dense and in first-seen order whichever entry point adds a word, and a look-up adds nothing:
    /// what the VADER table's parse relies on (a word's id is its row in every per-word array).
    @Test func slicesAndStringsShareOneFirstSeenNumbering() {
        // Short words, a word of exactly 16 bytes, longer words that share their first 16 bytes, and non-ASCII.
        let words = ["good", "bad", "internationalise", "internationalisation", "internationalisations", "café", "", "good"]
        var interner = ByteInterner()
        var ids: [Int] = []
        for (position, word) in words.enumerated() {
            let bytes = Array(word.utf8)
            ids.append(position % 2 == 0 ? interner.intern(bytes[...]) : interner.intern(word))
        }
        #expect(ids == [0, 1, 2, 3, 4, 5, 6, 0])
        #expect(interner.count == 7)
        #expect(interner.keys == words.dropLast().map { Array($0.utf8) })
        for (id, word) in words.dropLast().enumerated() { #expect(interner.id(of: word) == id) }
        #expect(interner.id(of: "internationalisationz") == nil)
        #expect(interner.id(of: "Good") == nil)
        #expect(interner.count == 7)
    }

    /// A slice that is not at the start of its array is read from its own bounds.
    @Test func aSliceInsideALineIsReadFromItsBounds() {
        let line = Array("abandon\t-1.9".utf8)
        var interner = ByteInterner()
        let tab = line.firstIndex(of: 9)!
        #expect(interner.intern(line[..<tab]) == 0)
        #expect(interner.id(of: "abandon") == 0)
        #expect(interner.intern(line[(tab + 1)...]) == 1)
        #expect(interner.string(1) == "-1.9")
    }
}
