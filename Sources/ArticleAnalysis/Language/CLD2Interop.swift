internal import CLanguageID

/// The one file that calls CLD2 (through the `aw_detect_language` shim) and reads its C result: the text's
/// first bytes go in as a pointer, the verdict comes back as Swift values. What the verdict means for a
/// record (code mapping, confidence) is `LanguageIdentifier`'s.
enum CLD2Interop {
    /// CLD2's answer: its ISO 639-1 code ("un" when it cannot tell), the percentage of the text in that
    /// language, and whether CLD2 calls the verdict reliable.
    struct Verdict {
        var code: String
        var percent: Int
        var isReliable: Bool
    }

    /// CLD2 over the first `maximumBytes` of `text` (cut back to a whole character), or nil when the text has
    /// fewer than `minimumBytes`.
    static func detect(_ text: String, minimumBytes: Int, maximumBytes: Int) -> Verdict? {
        var text = text
        let result = text.withUTF8 { bytes -> aw_language_result? in
            guard bytes.count >= minimumBytes else { return nil }
            var length = min(bytes.count, maximumBytes)
            while length < bytes.count, length > 0, bytes[length] & 0xC0 == 0x80 { length -= 1 }  // whole characters only
            return bytes.withMemoryRebound(to: CChar.self) { aw_detect_language($0.baseAddress, Int32(length)) }
        }
        guard var result else { return nil }
        let code = withUnsafeBytes(of: &result.code) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        return Verdict(code: code, percent: Int(result.percent), isReliable: result.isReliable != 0)
    }
}
