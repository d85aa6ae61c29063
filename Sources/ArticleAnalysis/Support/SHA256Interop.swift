internal import CSHA256

/// The one file that calls the SHA extensions' block function (`CSHA256`): the message bytes and the state go in
/// as pointers for the duration of one call. Whether to call it is `SHA256`'s choice.
enum SHA256Interop {
    /// Whether this processor has the SHA extensions (asked once per process).
    static let isAvailable = aw_sha256_hardware_available() != 0

    /// Runs the whole 64-byte blocks among the first `blocks * 64` bytes of `bytes` through the compression
    /// function. Call only when `isAvailable`.
    static func compress(_ bytes: Span<UInt8>, blocks: Int, state: inout InlineArray<8, UInt32>) {
        precondition(blocks >= 0 && blocks * 64 <= bytes.count)
        guard blocks > 0 else { return }
        var words = state.mutableSpan
        bytes.withUnsafeBufferPointer { message in
            words.withUnsafeMutableBufferPointer { stateWords in
                aw_sha256_hardware_blocks(stateWords.baseAddress!, message.baseAddress!, blocks)
            }
        }
    }
}
