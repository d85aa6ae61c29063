extension String {
    /// The UTF-8 bytes of `bytes` as a String (invalid sequences repaired), for code that reads text through
    /// a `Span` and needs the Unicode-general String calls for the rare non-ASCII piece.
    init(decodingUTF8 bytes: Span<UInt8>) {
        self = bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }
}
