extension FactTokenizer {
    /// `tokenize` over `bytes[range]` (offsets relative to the range's start), for the scanners that hold
    /// their text as a `Span`: the byte loop itself stays here, in the token layer.
    static func tokenize(_ bytes: Span<UInt8>, _ range: Range<Int>, into tokens: inout [FactToken]) {
        bytes.withUnsafeBufferPointer { tokenize(UnsafeBufferPointer(rebasing: $0[range]), into: &tokens) }
    }

    /// The tokens of `bytes[range]` appended to `tokens` with offsets into `bytes` (not from the range's
    /// start): what `tokenize` gives for the range, each token moved by `range.lowerBound`.
    static func append(_ bytes: Span<UInt8>, _ range: Range<Int>, into tokens: inout [FactToken]) {
        guard !range.isEmpty else { return }
        bytes.withUnsafeBufferPointer { append(UnsafeBufferPointer(rebasing: $0[..<range.upperBound]), from: range.lowerBound, into: &tokens) }
    }
}

extension Span where Element == UInt8 {
    /// `self[range]` decoded as UTF-8 (the text of a token or a phrase the scanners found).
    func decoded(_ range: Range<Int>) -> String {
        withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }
}
