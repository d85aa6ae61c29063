/// The words of a sentence for summary scoring: every word counts toward the sentence's length; content
/// words (not stop words, three letters or more, not numbers) are lowercased with a final "s" dropped.
enum ContentWords {
    static func forEach(
        in bytes: UnsafeBufferPointer<UInt8>, stopWords: ByteKeyTable, _ visit: (UnsafeBufferPointer<UInt8>, Bool) -> Void
    ) {
        WordScanner.scan(bytes) { piece in
            guard case let .word(start, end, shape) = piece else { return }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard shape != .number, shape != .unusual, word.count >= 3 else { return visit(word, false) }
            ASCIILowercase.with(word) { lower in
                if stopWords.id(of: lower) >= 0 { return visit(lower, false) }
                let stemLength = word.count > 3 && lower[word.count - 1] == UInt8(ascii: "s") ? word.count - 1 : word.count
                visit(UnsafeBufferPointer(rebasing: lower[0..<stemLength]), true)
            }
        }
    }
}
