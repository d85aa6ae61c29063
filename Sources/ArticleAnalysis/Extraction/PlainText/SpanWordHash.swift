/// `WordHashSet.hash` of bytes in a `Span`: the same FNV-1a over ASCII-case-folded bytes, so it finds words in
/// `WordHashSet` lists. The Text layer's version takes a `Collection`, and no Collection reads a Span; a walk
/// over a String's UTF8View instead cost 19 instructions a byte. `SpanWordHashTests` keeps the two equal.
enum SpanWordHash {
    @inline(__always)
    static func hash(_ bytes: Span<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range {
            let byte = bytes[index]
            let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            hash = (hash ^ UInt64(folded)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
