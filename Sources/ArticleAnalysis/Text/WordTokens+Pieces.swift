extension WordTokens {
    /// The byte of a token whose text is one byte (",", "!"), or nil: a one-byte key alone does not say
    /// that, since a lone "’" has the key "'".
    @inline(__always)
    public func singleTextByte(_ index: Int) -> UInt8? {
        let range = tokens[index].textRange
        return range.count == 1 ? textBytes[range.lowerBound] : nil
    }

    /// Whether an ASCII token's text has capitals and no lower-case letter ("NATO", "I", "F-35"), what
    /// Python's `str.isupper()` answers for it.
    @inline(__always)
    public func isASCIIUppercase(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.hasASCIICapital else { return false }
        if token.isAllCaps { return true }
        for byte in textBytes[token.textRange] where byte &- UInt8(ascii: "a") < 26 { return false }
        return true
    }
}
