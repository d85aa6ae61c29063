/// Word lists of the plain-text classifier looked up by a 64-bit FNV-1a hash of the ASCII-lower-cased word,
/// so classifying a line never allocates a String per word (profiling showed per-word Strings were most of
/// the plain-text extractor's time). With a few hundred listed words a false match is a 1-in-10^16 event.
/// A `KeyedTable` probed with the hash itself (a `Set<UInt64>` would hash every probe again with SipHash:
/// the stop-word lookups were most of `TextUnitReader.measure`).
typealias WordHashSet = KeyedTable<FoldedWordHash, Void>

/// `WordHashSet`'s key: FNV-1a over a word's bytes with ASCII capitals folded (`WordHashSet.hash`).
struct FoldedWordHash: TableKey {
    let bits: UInt64
}

extension KeyedTable where Key == FoldedWordHash, Value == Void {
    init(_ words: some Sequence<String>) {
        let hashes = words.map { Self.hash($0.utf8[...]) }
        self.init(capacity: hashes.count)
        for hash in hashes { update(FoldedWordHash(bits: hash), orInsert: {}) { _ in } }
    }

    func contains(_ word: some Collection<UInt8>) -> Bool { contains(hash: Self.hash(word)) }

    @inline(__always)
    func contains(hash: UInt64) -> Bool { index(of: FoldedWordHash(bits: hash)) != nil }

    static func hash(_ word: some Collection<UInt8>) -> UInt64 {
        var hash = hashBasis
        for byte in word { hash = adding(byte, to: hash) }
        return hash
    }

    /// The same hash of `bytes[range]` read through a `Span` (no Collection reads one; a walk over a String's
    /// UTF8View instead cost 19 instructions a byte in the plain-text reader).
    @inline(__always)
    static func hash(_ bytes: Span<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = hashBasis
        for index in range { hash = adding(bytes[index], to: hash) }
        return hash
    }

    /// The hash of no bytes.
    @inline(__always)
    static var hashBasis: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// The hash of the bytes so far and then `byte`, for a scan that hashes as it reads.
    @inline(__always)
    static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        return (hash ^ UInt64(folded)) &* 0x0000_0100_0000_01B3
    }

    /// Calls `body` with each run of letters (ASCII letters, apostrophes inside words, and any non-ASCII byte).
    static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
        var index = 0
        while index < bytes.count {
            while index < bytes.count, !isWordByte(bytes[index]) { index += 1 }
            let start = index
            while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
            if index > start { body(bytes[start..<index]) }
        }
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
}
