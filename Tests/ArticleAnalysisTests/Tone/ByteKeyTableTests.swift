import Testing

@testable import ArticleAnalysis

@Suite struct ByteKeyTableTests {
    /// The whitespace-separated words of a seed article, as written.
    private func seedWords() throws -> [String] {
        try SharedData.text("seeds/001_d9a8681dd3d384f5.txt").split(whereSeparator: \.isWhitespace).map(String.init)
    }

    @Test func caseFoldingLookUpAgreesWithLookingUpTheLowercasedCopy() throws {
        let words = try seedWords() + ["NEVER", "Can't", "EXTRAORDINARILY", "Counterrevolutionaries", "uNbElIeVaBlY"]
        let table = VaderLexicon.shared.words
        var found = 0
        for word in words where word.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = Array(word.utf8)
            let lowered = Array(word.lowercased().utf8)
            let folded = bytes.withUnsafeMutableBufferPointer { table.id(ofASCIILowercased: UnsafeBufferPointer($0)) }
            #expect(folded == table.id(of: lowered), "\(word)")
            if folded >= 0 { found += 1 }
        }
        #expect(found > 20)
    }

    @Test func longKeysCompareTheirBytes() {
        // Same length, same first and last eight bytes: only the middle tells them apart.
        let keys = ["counterrevolutionary-a-middle-ground", "counterrevolutionary-b-middle-ground"].map { Array($0.utf8) }
        let table = ByteKeyTable(keys: keys)
        #expect(table.id(of: keys[0]) == 0)
        #expect(table.id(of: keys[1]) == 1)
        #expect(table.id(of: Array("counterrevolutionary-c-middle-ground".utf8)) == -1)
        var upper = Array("COUNTERREVOLUTIONARY-B-MIDDLE-GROUND".utf8)
        #expect(upper.withUnsafeMutableBufferPointer { table.id(ofASCIILowercased: UnsafeBufferPointer($0)) } == 1)
    }

    @Test func packedLowercasingChangesOnlyASCIICapitals() {
        for byte in 0...255 {
            let lanes = UInt64(byte) * 0x0101_0101_0101_0101
            let expected = UInt64(ASCIILowercase.folded(UInt8(byte))) * 0x0101_0101_0101_0101
            #expect(PackedWord.lowercasingASCII(lanes) == expected, "byte \(byte)")
        }
    }
}
