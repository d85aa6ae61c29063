/// Word lists looked up by a 64-bit FNV-1a hash of the ASCII-lower-cased word, so classifying a line never
/// allocates a String per word (profiling showed per-word Strings were most of the plain-text extractor's
/// time). With a few hundred listed words a false match is a 1-in-10^16 event. The hashes sit in an
/// open-addressing table probed with the hash itself (a `Set<UInt64>` would hash every probe again with
/// SipHash: the stop-word lookups were most of `TextUnitReader.measure`).
struct WordHashSet: Sendable {
    private let slots: [UInt64]
    private let shift: UInt64
    /// Zero marks an empty slot, so a word whose hash is zero is remembered apart.
    private let holdsZero: Bool

    init(_ words: some Sequence<String>) {
        let hashes = Set(words.map { Self.hash($0.utf8[...]) })
        var bits: UInt64 = 4
        while 1 << bits < hashes.count * 4 { bits += 1 }  // at most a quarter full: probes stay short
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        let mask = slots.count - 1
        for hash in hashes where hash != 0 {
            var slot = fibonacciSlot(of: hash, shift: 64 - bits)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = hash
        }
        self.slots = slots
        shift = 64 - bits
        holdsZero = hashes.contains(0)
    }

    func contains(_ word: some Collection<UInt8>) -> Bool { contains(hash: Self.hash(word)) }

    @inline(__always)
    func contains(hash: UInt64) -> Bool {
        if hash == 0 { return holdsZero }
        let mask = slots.count - 1
        var slot = fibonacciSlot(of: hash, shift: shift)
        while true {
            let stored = slots[slot]
            if stored == hash { return true }
            if stored == 0 { return false }
            slot = (slot + 1) & mask
        }
    }

    static func hash(_ word: some Collection<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word {
            let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            hash = (hash ^ UInt64(folded)) &* 0x0000_0100_0000_01B3
        }
        return hash
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
