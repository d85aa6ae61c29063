/// A lower-case ASCII word of up to 12 letters packed into 60 bits (5 bits a letter), so the fact scanners
/// look words up by one integer instead of building a `String` per token. Longer words, and words with
/// digits or non-ASCII letters, get the key 0 and simply match nothing in the lexicons.
struct WordKey: Hashable, Sendable {
    let rawValue: UInt64

    static let none = WordKey(rawValue: 0)
    static let maximumLetters = 12

    init(rawValue: UInt64) { self.rawValue = rawValue }

    /// The key of `bytes[range]`, case-folded; `.none` when the range is not 1…12 ASCII letters.
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard range.count <= Self.maximumLetters, !range.isEmpty else { self = .none; return }
        var packed: UInt64 = 0
        for index in range {
            let letter = bytes[index] | 0x20
            guard letter >= UInt8(ascii: "a"), letter <= UInt8(ascii: "z") else { self = .none; return }
            packed = packed << 5 | UInt64(letter - UInt8(ascii: "a") + 1)
        }
        self.rawValue = packed
    }

    /// The key of a lexicon entry written in the source (lower- or upper-case ASCII letters).
    init(_ word: String) {
        var utf8 = Array(word.utf8)
        self = utf8.withUnsafeMutableBufferPointer { buffer in WordKey(UnsafeBufferPointer(buffer), 0..<buffer.count) }
    }
}
