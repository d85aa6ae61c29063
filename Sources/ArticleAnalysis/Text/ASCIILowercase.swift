/// Lowercasing a word's bytes into stack memory, for table look-ups that must not allocate per word.
enum ASCIILowercase {
    /// Calls `body` with `word` lowercased (ASCII letters only; other bytes unchanged).
    @inline(__always)
    static func with<Result>(_ word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(word.count, 1)) { buffer in
            for offset in 0..<word.count { buffer[offset] = folded(word[offset]) }
            return body(UnsafeBufferPointer(rebasing: buffer[0..<word.count]))
        }
    }

    /// Writes `bytes` lowercased (ASCII capitals only) to `target` of the same count, eight bytes at a time:
    /// the token table's key bytes start as the whole sentence lowercased.
    static func copy(_ bytes: UnsafeBufferPointer<UInt8>, to target: UnsafeMutableBufferPointer<UInt8>) {
        precondition(target.count >= bytes.count, "a lowercase copy into a shorter buffer")
        var index = 0
        if let source = bytes.baseAddress, let destination = target.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
                let low = word & (ones &* 0x7F)
                // Per byte below 0x80: high bit of low + 0x3F when low ≥ 0x41 ("A"), of low + 0x25 when low ≥ 0x5B.
                let capitals = (low &+ ones &* 0x3F) & ~(low &+ ones &* 0x25) & ~word & (ones &* 0x80)
                UnsafeMutableRawPointer(destination + index).storeBytes(of: word | capitals >> 2, as: UInt64.self)
                index += 8
            }
        }
        while index < bytes.count {
            target[index] = folded(bytes[index])
            index += 1
        }
    }

    /// `byte` lowercased when it is an ASCII capital.
    @inline(__always)
    static func folded(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
}
