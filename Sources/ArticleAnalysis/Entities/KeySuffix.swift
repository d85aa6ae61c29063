extension String {
    /// `hasSuffix(suffix)` for an ASCII suffix, answering the common "no" from the last UTF-8 bytes alone:
    /// a String whose last Characters are those ASCII letters ends in their bytes, so only a byte match
    /// needs the Character-level check (which walks grapheme clusters and dominated the verb tests).
    @inline(__always)
    func endsWith(_ suffix: StaticString) -> Bool {
        let tail = suffix.utf8Start
        let tailCount = suffix.utf8CodeUnitCount
        let bytes = utf8
        guard bytes.count >= tailCount else { return false }
        var index = bytes.endIndex
        for offset in stride(from: tailCount - 1, through: 0, by: -1) {
            index = bytes.index(before: index)
            if bytes[index] != tail[offset] { return false }
        }
        return hasSuffix(String(describing: suffix))
    }
}
