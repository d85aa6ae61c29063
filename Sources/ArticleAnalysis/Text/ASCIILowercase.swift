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

    /// `byte` lowercased when it is an ASCII capital.
    @inline(__always)
    static func folded(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
}
