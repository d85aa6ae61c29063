/// U+2010–U+2027 (dashes, curly quotes, daggers, bullets, the ellipsis): the non-ASCII scalars news text
/// holds most, every one punctuation and none a letter, digit, mark or space. The tokenizers answer them
/// with one comparison before reading Unicode properties, which cost tens of instructions per scalar.
enum GeneralPunctuation {
    static let range: ClosedRange<UInt32> = 0x2010...0x2027

    @inline(__always)
    static func contains(_ scalar: Unicode.Scalar) -> Bool { scalar.value &- 0x2010 < 0x18 }
}
