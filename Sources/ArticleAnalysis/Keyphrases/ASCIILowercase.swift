/// Lowercasing a word's bytes into stack memory, for table look-ups that must not allocate per word.
enum ASCIILowercase {
    /// Calls `body` with `word` lowercased (ASCII letters only; other bytes unchanged).
    @inline(__always)
    static func with<Result>(_ word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(word.count, 1)) { buffer in
            for offset in 0..<word.count {
                let byte = word[offset]
                buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return body(UnsafeBufferPointer(rebasing: buffer[0..<word.count]))
        }
    }
}
