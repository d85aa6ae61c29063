/// A word's bytes read as two 64-bit words, so hashing and comparing a short word costs a few instructions
/// instead of a loop over its bytes. For a word of up to 16 bytes, `head` and `tail` hold every byte (they
/// overlap for 9–15 bytes; 4–7 bytes read two overlapping 32-bit halves; 1–3 bytes the first, middle and
/// last), so two words of the same length are equal exactly when their packs are. Longer words compare
/// their bytes as well. With `foldingASCIICase`, ASCII capitals are lowercased in all eight lanes at once.
struct PackedWord: Equatable {
    var head: UInt64
    var tail: UInt64
    var length: Int

    @inline(__always)
    init(_ word: UnsafeBufferPointer<UInt8>, foldingASCIICase folds: Bool) {
        length = word.count
        guard let base = word.baseAddress, length > 0 else {
            (head, tail) = (0, 0)
            return
        }
        let raw = UnsafeRawPointer(base)
        if length >= 8 {
            head = raw.loadUnaligned(as: UInt64.self)
            tail = raw.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
        } else if length >= 4 {
            head = UInt64(raw.loadUnaligned(as: UInt32.self))
                | UInt64(raw.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)) << 32
            tail = 0
        } else {
            head = UInt64(base[0]) | UInt64(base[length >> 1]) << 8 | UInt64(base[length - 1]) << 16
            tail = 0
        }
        if folds {
            head = Self.lowercasingASCII(head)
            tail = Self.lowercasingASCII(tail)
        }
    }

    /// Whether `word` (folded like this pack) spells the stored bytes of a key whose pack equals this one:
    /// only words over 16 bytes need the check.
    @inline(__always)
    static func sameLongWord(_ stored: UnsafeBufferPointer<UInt8>, _ word: UnsafeBufferPointer<UInt8>, folds: Bool) -> Bool {
        guard word.count > 16 else { return true }
        for offset in 0..<word.count where stored[offset] != (folds ? ASCIILowercase.folded(word[offset]) : word[offset]) {
            return false
        }
        return true
    }

    /// A well-mixed 64-bit hash of the pack (the table slots take its low bits).
    @inline(__always)
    var hash: UInt64 {
        var hash = head &* 0x9E37_79B9_7F4A_7C15 ^ (tail &+ UInt64(length)) &* 0xC2B2_AE3D_27D4_EB4F
        hash ^= hash >> 32
        hash &*= 0xD6E8_FEB8_6659_FD93
        return hash ^ (hash >> 29)
    }

    /// Sets bit 5 of every byte from "A" to "Z" (bytes with the high bit set are left alone).
    @inline(__always)
    static func lowercasingASCII(_ lanes: UInt64) -> UInt64 {
        let low7 = lanes & 0x7F7F_7F7F_7F7F_7F7F
        let fromA = low7 &+ 0x3F3F_3F3F_3F3F_3F3F  // high bit set where the byte is ≥ "A"
        let pastZ = low7 &+ 0x2525_2525_2525_2525  // high bit set where the byte is > "Z"
        let capitals = fromA & ~pastZ & ~lanes & 0x8080_8080_8080_8080
        return lanes | (capitals >> 2)
    }
}

extension PackedWord: TableKey {
    @inline(__always) var bits: UInt64 { hash }
}
