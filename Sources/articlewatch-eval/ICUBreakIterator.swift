import CICU

/// One ICU break iterator (sentence or word rules of a locale), reused across texts as ICU intends:
/// opening one loads and compiles its rules, which would swamp the per-article cost we measure.
final class ICUBreakIterator {
    enum Rules { case sentence, word }

    private let handle: UnsafeMutableRawPointer
    let locale: String

    /// `locale` "en_US" gives ICU's plain rules; "en@ss=standard" adds its English abbreviation suppressions.
    init(_ rules: Rules, locale: String) throws {
        var status: Int32 = 0
        guard let handle = cicu_break_open(rules == .word ? 1 : 0, locale, &status) else {
            throw ICUError(call: "ubrk_open(\(locale))", code: status)
        }
        self.handle = handle
        self.locale = locale
    }

    deinit { cicu_break_close(handle) }

    /// The UTF-16 offsets of every boundary after the start, the text's end included.
    func boundaries(in utf16: [UInt16]) throws -> [Int] {
        var offsets: [Int] = []
        try utf16.withUnsafeBufferPointer { buffer in
            let code = cicu_break_set_text(handle, buffer.baseAddress, Int32(buffer.count))
            guard code <= 0 else { throw ICUError(call: "ubrk_setText", code: code) }
            while case let offset = cicu_break_next(handle), offset >= 0 { offsets.append(Int(offset)) }
        }
        return offsets
    }
}

/// An ICU call that failed, with ICU's UErrorCode.
struct ICUError: Error, CustomStringConvertible {
    var call: String
    var code: Int32
    var description: String { "\(call) failed with ICU error \(code)" }
}
