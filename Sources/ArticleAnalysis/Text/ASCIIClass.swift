/// Byte classes of ASCII text, shared by the scanners that read UTF-8 bytes directly (personal data,
/// street addresses, the segment tokenizer, the plain-text classifier) so each does not define its own.
enum ASCIIClass {
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
