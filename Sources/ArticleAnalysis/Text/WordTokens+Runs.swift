extension WordTokens {
    /// The end of the run of tokens starting at `start` that touch one another (no space between): the
    /// whitespace-delimited chunk a rule written for `str.split()` reads as one ("AT&T", "U.S.’s", ":-)").
    public func touchingRunEnd(from start: Int) -> Int {
        var end = start + 1
        while end < count, tokens[end].textRange.lowerBound == tokens[end - 1].textRange.upperBound { end += 1 }
        return end
    }

    /// The UTF-8 offsets in `textBytes` of the tokens `run` as one chunk.
    public func textRange(of run: Range<Int>) -> Range<Int> {
        tokens[run.lowerBound].textRange.lowerBound..<tokens[run.upperBound - 1].textRange.upperBound
    }

    /// Whether `tokens[index]` starts where the one before it ends.
    @inline(__always)
    public func touchesPrevious(_ index: Int) -> Bool {
        index > 0 && tokens[index].textRange.lowerBound == tokens[index - 1].textRange.upperBound
    }

    /// Whether the token's text is ASCII: its key is, and at the same length (a curly apostrophe, made
    /// straight in the key, makes the text longer).
    @inline(__always)
    public func isASCIIText(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.isASCII && token.textRange.count == token.keyRange.count
    }

    /// ASCII capitals (A–Z) in the token as written: "Donald" has one, "McDonald" two, which the flags
    /// (`isCapitalized`, `isAllCaps`) do not tell apart.
    public func asciiCapitalCount(_ index: Int) -> Int {
        var capitals = 0
        for byte in textBytes[tokens[index].textRange] where byte &- 65 < 26 { capitals += 1 }
        return capitals
    }

    /// The single byte of a one-byte key, or nil: punctuation tests without a String.
    @inline(__always)
    public func singleByteKey(_ index: Int) -> UInt8? {
        let range = tokens[index].keyRange
        return range.count == 1 ? keyBytes[range.lowerBound] : nil
    }
}
