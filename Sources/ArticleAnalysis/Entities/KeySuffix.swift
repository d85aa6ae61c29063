extension String {
    /// `hasSuffix(suffix)` for an ASCII suffix, answering the common "no" from the last UTF-8 bytes alone:
    /// a String whose last Characters are those ASCII letters ends in their bytes, so only a byte match
    /// needs the Character-level check (which walks grapheme clusters and dominated the verb tests).
    @inline(__always)
    func endsWith(_ suffix: String) -> Bool {
        let bytes = utf8
        let tail = suffix.utf8
        guard bytes.count >= tail.count else { return false }
        var index = bytes.endIndex
        var tailIndex = tail.endIndex
        while tailIndex > tail.startIndex {
            index = bytes.index(before: index)
            tailIndex = tail.index(before: tailIndex)
            if bytes[index] != tail[tailIndex] { return false }
        }
        return hasSuffix(suffix)
    }
}
