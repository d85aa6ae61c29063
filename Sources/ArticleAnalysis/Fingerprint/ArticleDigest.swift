/// An article id (SHA-256, 64 hex digits) held as four words: 32 bytes per article in the index instead
/// of a 64-character string.
struct ArticleDigest: Equatable {
    var words: (UInt64, UInt64, UInt64, UInt64)

    init(words: (UInt64, UInt64, UInt64, UInt64)) { self.words = words }

    /// Nil unless `hex` is exactly 64 hex digits.
    init?(hex: String) {
        let utf8 = Array(hex.utf8)
        guard utf8.count == 64 else { return nil }
        var parsed: [UInt64] = []
        for wordIndex in 0..<4 {
            var word: UInt64 = 0
            for byte in utf8[(wordIndex * 16)..<(wordIndex * 16 + 16)] {
                guard let nibble = Self.nibble(byte) else { return nil }
                word = word << 4 | UInt64(nibble)
            }
            parsed.append(word)
        }
        words = (parsed[0], parsed[1], parsed[2], parsed[3])
    }

    var hex: String {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for word in [words.0, words.1, words.2, words.3] {
            for shift in stride(from: 60, through: 0, by: -4) { out.append(Self.digits[Int((word >> UInt64(shift)) & 0xF)]) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func == (lhs: ArticleDigest, rhs: ArticleDigest) -> Bool {
        lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2
            && lhs.words.3 == rhs.words.3
    }

    private static let digits = Array("0123456789abcdef".utf8)

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x61...0x66: byte - 0x61 + 10
        case 0x41...0x46: byte - 0x41 + 10
        default: nil
        }
    }
}
