/// The fact tokens of a window of a text whose fact tokens are already made (`all`, over `bytes`): what
/// `FactTokenizer.tokenize(bytes[window])` gives, without splitting the window's bytes again. The quote
/// scanner reads a few hundred bytes around each quote several times (attribution before and after, the
/// anonymity words, the speaker a pronoun stands for); the paragraph's tokens are made once.
///
/// The tokenizer carries nothing past an ASCII blank but that a blank came before, and no rule looks past
/// one, so between the window's first and last blanks the tokens are `all`'s. Only the edges (from the
/// window's start to its first blank, and after its last blank) are split again: a window may start or end
/// inside a word or a UTF-8 sequence, and a token cut there reads otherwise.
enum FactTokenWindow {
    /// The tokens of `bytes[window]`, offsets into `bytes`, into `result`. `all`: the fact tokens of `bytes`.
    static func tokens(_ bytes: Span<UInt8>, _ all: [FactToken], _ window: Range<Int>, into result: inout [FactToken]) {
        result.removeAll(keepingCapacity: true)
        guard !window.isEmpty else { return }
        let parts = parts(bytes, all, window)
        FactTokenizer.append(bytes, parts.head, into: &result)
        if !parts.middle.isEmpty { result.append(contentsOf: all[parts.middle]) }
        FactTokenizer.append(bytes, parts.tail, into: &result)
    }

    /// Whether a token of `tokens(bytes, all, window)` satisfies `predicate`, with `all`'s tokens read in
    /// place instead of copied (the quote scanner's anonymity test spans up to 480 bytes around each quote).
    /// `edges`: scratch for the split edges.
    static func contains(
        _ bytes: Span<UInt8>, _ all: [FactToken], _ window: Range<Int>, edges: inout [FactToken],
        where predicate: (FactToken) -> Bool
    ) -> Bool {
        guard !window.isEmpty else { return false }
        let parts = parts(bytes, all, window)
        edges.removeAll(keepingCapacity: true)
        FactTokenizer.append(bytes, parts.head, into: &edges)
        FactTokenizer.append(bytes, parts.tail, into: &edges)
        return edges.contains(where: predicate) || all[parts.middle].contains(where: predicate)
    }

    /// The window's tokens in three parts: the bytes to split before its first blank (the whole window
    /// when it has none), the indices of `all`'s tokens between its first and last blanks, and the bytes to
    /// split after the last blank.
    private static func parts(
        _ bytes: Span<UInt8>, _ all: [FactToken], _ window: Range<Int>
    ) -> (head: Range<Int>, middle: Range<Int>, tail: Range<Int>) {
        var firstBlank = window.lowerBound
        while firstBlank < window.upperBound, !isBlank(bytes[firstBlank]) { firstBlank += 1 }
        var lastBlank = window.upperBound - 1
        while lastBlank > firstBlank, !isBlank(bytes[lastBlank]) { lastBlank -= 1 }
        guard firstBlank < window.upperBound else { return (window, 0..<0, window.upperBound..<window.upperBound) }
        // `all`'s tokens that start after the first blank and before the last one (none crosses a blank).
        var low = 0, high = all.count
        while low < high {
            let middle = (low + high) / 2
            if all[middle].start < firstBlank { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < all.count, all[end].start < lastBlank { end += 1 }
        return (window.lowerBound..<firstBlank, low..<end, (lastBlank + 1)..<window.upperBound)
    }

    /// ASCII space, tab and line ends: the blanks `FactTokenizer` passes over that are one byte.
    @inline(__always)
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
}
