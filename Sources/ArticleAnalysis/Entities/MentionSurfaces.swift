/// The surfaces of one document's names of more than one word ("the Kremlin", "Foreign Minister"), each
/// distinct one made a String once. Names recur through an article, and gathering a name's bytes into an
/// array and decoding them into a String (two allocations when longer than fifteen bytes) per mention was
/// most of what such a mention cost. A surface is found by a hash of its bytes, read in place from the
/// sentence, and confirmed by comparing them, so it is exactly the String that `EntityRecognizer.surface`
/// makes of the same words. A one-word surface is made as before: decoding a short word costs less than
/// looking it up.
struct MentionSurfaces {
    /// Per surface hash, the surface's position in `stored`; made at the first such surface (a headline or a
    /// snippet often has none).
    private var table: KeyedTable<UInt64, Void>? = nil
    /// Per surface in order of first use: where its bytes are in `bytes`, and its String.
    private var stored: [(bytes: Range<Int>, text: String)] = []
    /// The bytes of every stored surface, back to back.
    private var bytes: [UInt8] = []

    /// `EntityRecognizer.surface(tokens, range)`, made once per distinct surface of the document.
    mutating func surface(_ tokens: WordTokens, _ range: Range<Int>) -> String {
        guard range.count > 1 else { return EntityRecognizer.surface(tokens, range) }
        let hash = Self.hash(tokens, range)
        if table == nil {
            table = KeyedTable(capacity: 16)
            stored.reserveCapacity(16)
            bytes.reserveCapacity(256)
        }
        table!.makeRoomForOneMore()
        let (found, slot) = table!.find(hash) { index in Self.same(bytes, stored[index].bytes, tokens, range) }
        if found >= 0 { return stored[found].text }
        let text = EntityRecognizer.surface(tokens, range)
        let start = bytes.count
        bytes.append(contentsOf: text.utf8)
        stored.append((start..<bytes.count, text))
        table!.insert(hash, (), at: slot)
        return text
    }

    /// Whether a space goes before `tokens[index]` in a surface that has bytes before it (as `EntityRecognizer.surface` spaces them).
    @inline(__always)
    private static func spaced(_ tokens: WordTokens, _ index: Int) -> Bool {
        tokens[index].isWord || tokens.key(index, is: "&")
    }

    /// `TokenHash.of` the bytes of `EntityRecognizer.surface(tokens, range)`, read from the sentence.
    private static func hash(_ tokens: WordTokens, _ range: Range<Int>) -> UInt64 {
        let text = tokens.textBytes.span
        var hash = TokenHash.fnvOffset
        var length = 0
        for index in range {
            if length > 0, spaced(tokens, index) {
                hash = TokenHash.fnvStep(hash, 32)
                length &+= 1
            }
            let bytes = tokens[index].textRange
            for offset in bytes { hash = TokenHash.fnvStep(hash, text[offset]) }
            length &+= bytes.count
        }
        return TokenHash.finish(hash)
    }

    /// Whether `arena[stored]` holds the bytes of `EntityRecognizer.surface(tokens, range)`.
    private static func same(_ arena: [UInt8], _ stored: Range<Int>, _ tokens: WordTokens, _ range: Range<Int>) -> Bool {
        let arena = arena.span, text = tokens.textBytes.span
        var position = stored.lowerBound
        for index in range {
            if position > stored.lowerBound, spaced(tokens, index) {
                guard position < stored.upperBound, arena[position] == 32 else { return false }
                position &+= 1
            }
            let bytes = tokens[index].textRange
            guard stored.upperBound - position >= bytes.count else { return false }
            for offset in bytes {
                if arena[position] != text[offset] { return false }
                position &+= 1
            }
        }
        return position == stored.upperBound
    }
}
