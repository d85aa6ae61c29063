/// `Character` counts for the boilerplate report without grapheme breaking where bytes settle them: every
/// ASCII byte other than a line feed begins a Character of its own. No grapheme rule joins two ASCII scalars
/// except CR LF, and an ASCII scalar is never Extend, ZWJ, SpacingMark, Prepend, a regional indicator or a
/// pictograph, so it can only be the base of its cluster. Walking bytes costs a few instructions each;
/// `String.count` about 17.
enum CharacterCount {
    /// Whether the paragraphs hold at least `minimum` Characters: their ASCII bytes usually settle it after a
    /// few hundred bytes; only when they fall short are the Characters counted.
    static func atLeast(_ minimum: Int, in paragraphs: [String]) -> Bool {
        var found = 0
        for paragraph in paragraphs {
            let bytes = paragraph.utf8.span
            for index in bytes.indices where bytes[index] < 0x80 && bytes[index] != 0x0A {
                found += 1
                if found >= minimum { return true }
            }
        }
        return paragraphs.reduce(0) { $0 + $1.count } >= minimum
    }

    /// `text.count`: the byte count when every byte is ASCII and none a carriage return (then each byte is a
    /// Character), read eight bytes at a time.
    static func of(_ text: String) -> Int {
        let bytes = text.utf8.span
        let end = bytes.skippingWords(from: 0) { ByteWord.isASCII($0) && !ByteWord.contains(0x0D, in: $0) }
        for index in end..<bytes.count where bytes[index] >= 0x80 || bytes[index] == 0x0D { return text.count }
        return bytes.count
    }
}
