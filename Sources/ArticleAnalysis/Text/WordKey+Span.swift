extension WordKey {
    /// The key of `bytes[range]` for scanners that hold their text as a `Span`: the pointer version's rule,
    /// read through the span (a few bytes per key, so the bounds checks cost nothing that shows).
    init(_ bytes: Span<UInt8>, _ range: Range<Int>) {
        self = bytes.withUnsafeBufferPointer { WordKey($0, range) }
    }
}
