/// The words of a sentence for summary scoring: every word counts toward the sentence's length; content
/// words (not stop words, three letters or more, no digits) are lowercased with a final "s" dropped.
/// One pass over the bytes, lowercasing into stack memory: the summary only needs word identities, so it
/// skips the key-phrase scanner's shapes and blocks. Apostrophes, typographic punctuation (U+2000…U+206F)
/// and no-break spaces end a word; hyphens inside a word stay ("cease-fire").
enum ContentWords {
    private static let maxWordBytes = 64

    static func forEach(
        in bytes: UnsafeBufferPointer<UInt8>, stopWords: ByteKeyTable, _ visit: (UnsafeBufferPointer<UInt8>, Bool) -> Void
    ) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxWordBytes) { buffer in
            var length = 0
            var hasDigit = false
            func flush() {
                defer { (length, hasDigit) = (0, false) }
                guard length > 0 else { return }
                let word = UnsafeBufferPointer(rebasing: buffer[0..<min(length, maxWordBytes)])
                guard !hasDigit, length >= 3, length <= maxWordBytes, stopWords.id(of: word) < 0 else {
                    return visit(word, false)
                }
                let stemLength = length > 3 && buffer[length - 1] == UInt8(ascii: "s") ? length - 1 : length
                visit(UnsafeBufferPointer(rebasing: buffer[0..<stemLength]), true)
            }
            func append(_ byte: UInt8) {
                if length < maxWordBytes { buffer[length] = byte }
                length += 1
            }
            var index = 0
            let end = bytes.count
            while index < end {
                let byte = bytes[index]
                if byte &- UInt8(ascii: "a") < 26 {  // most bytes: a lowercase letter
                    append(byte)
                    index += 1
                    continue
                }
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"): append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): append(byte | 0x20)
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    hasDigit = true
                    append(byte)
                case UInt8(ascii: "-") where length > 0 && index + 1 < end && isWordByte(bytes[index + 1]):
                    append(byte)
                case 0xE2 where index + 1 < end && (bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81):
                    flush()
                    index += 3
                    continue
                case 0xC2 where index + 1 < end && (bytes[index + 1] == 0xA0 || bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB):
                    flush()
                    index += 2
                    continue
                case 0x80...:
                    append(byte)
                default:
                    flush()
                }
                index += 1
            }
            flush()
        }
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
