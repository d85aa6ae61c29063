/// The words of a sentence for summary scoring: every word counts toward the sentence's length; content
/// words (not stop words, three letters or more, not numbers) are lowercased with a final "s" dropped.
enum ContentWords {
    private static let stopWords = ByteKeyTable(keys: EnglishStopWords.words.map { Array($0.utf8) })

    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ visit: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
        var lowered = [UInt8](repeating: 0, count: 64)
        WordScanner.scan(bytes) { piece in
            guard case let .word(start, end, shape) = piece else { return }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard shape != .number, shape != .unusual, word.count >= 3 else { return visit(word, false) }
            if lowered.count < word.count { lowered = [UInt8](repeating: 0, count: word.count) }
            lowered.withUnsafeMutableBufferPointer { buffer in
                for (offset, byte) in word.enumerated() { buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
                let lower = UnsafeBufferPointer(rebasing: buffer[0..<word.count])
                if stopWords.id(of: lower) >= 0 { return visit(lower, false) }
                let stemLength = word.count > 3 && lower[word.count - 1] == UInt8(ascii: "s") ? word.count - 1 : word.count
                visit(UnsafeBufferPointer(rebasing: buffer[0..<stemLength]), true)
            }
        }
    }
}
