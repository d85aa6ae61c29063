/// `WordHashSet.hash` of bytes in a `Span`: the same FNV-1a over ASCII-case-folded bytes, so it finds words in
/// `WordHashSet` lists. The Text layer's version takes a `Collection`, and no Collection reads a Span; a walk
/// over a String's UTF8View instead cost 19 instructions a byte. `PlainTextByteShortcutTests` keeps them equal.
enum SpanWordHash {
    /// The hash of no bytes.
    @inline(__always)
    static var basis: UInt64 { 0xcbf2_9ce4_8422_2325 }

    @inline(__always)
    static func hash(_ bytes: Span<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = basis
        for index in range { hash = adding(bytes[index], to: hash) }
        return hash
    }

    /// The hash of the bytes so far and then `byte`, for a scan that hashes as it reads.
    @inline(__always)
    static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        return (hash ^ UInt64(folded)) &* 0x0000_0100_0000_01B3
    }
}
