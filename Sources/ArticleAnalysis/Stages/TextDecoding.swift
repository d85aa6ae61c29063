/// Turns raw bytes into text: BOMs, UTF-8, UTF-16 (with or without BOM), a Windows-1252 fallback,
/// and a verdict of `binary` for bytes that are not text at all. Never traps on any byte sequence.
public enum TextDecoding {
    public struct Decoded: Sendable, Equatable {
        public var text: String
        public var encoding: String
        public var warning: String?
    }

    /// File signatures of formats that are never articles.
    private static let binarySignatures: [(name: String, magic: [UInt8])] = [
        ("PNG image", [0x89, 0x50, 0x4E, 0x47]), ("JPEG image", [0xFF, 0xD8, 0xFF]), ("GIF image", Array("GIF8".utf8)),
        ("ELF executable", [0x7F, 0x45, 0x4C, 0x46]), ("gzip archive", [0x1F, 0x8B]), ("zip archive", [0x50, 0x4B, 0x03, 0x04]),
        ("PDF document", Array("%PDF-".utf8)), ("Windows executable", [0x4D, 0x5A, 0x90, 0x00]),
        ("WebP/RIFF media", Array("RIFF".utf8)), ("7-zip archive", [0x37, 0x7A, 0xBC, 0xAF]),
    ]

    public static func decode(_ bytes: [UInt8]) throws(StageFailure) -> Decoded {
        guard !bytes.isEmpty else { throw StageFailure(.empty, "the file is empty", fatal: true) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8OrFallback(bytes.span.extracting(droppingFirst: 3))
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), littleEndian: true, warning: nil) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), littleEndian: false, warning: nil) }
        if let signature = binarySignatures.first(where: { bytes.starts(with: $0.magic) }) {
            throw StageFailure(.binary, "the bytes are a \(signature.name), not text", fatal: true)
        }
        return try utf8OrFallback(bytes.span, whole: bytes)
    }

    /// UTF-8 when the bytes are well-formed, else Windows-1252. Bytes with NULs are UTF-16 without a BOM
    /// when their zeros fall in a pattern, and binary otherwise (only checked when the census saw a NUL).
    private static func utf8OrFallback(_ span: Span<UInt8>, whole: [UInt8]? = nil) throws(StageFailure) -> Decoded {
        let census = UTF8Census(span)
        if census.containsNUL, let whole {
            if let littleEndian = utf16WithoutBOM(whole) {
                return utf16(whole[...], littleEndian: littleEndian, warning: "no byte-order mark: read as UTF-16\(littleEndian ? "LE" : "BE") from the pattern of zero bytes")
            }
            // A few stray NULs in a page (a bad save, a script's padding) do not make it binary: UTF-8 without
            // them is read first (ASCII pairs would read as CJK letters in UTF-16), then UTF-16 by content,
            // then Windows-1252 without them.
            let zeros = whole.count { $0 == 0 }
            let stripped = zeros * sparseNULs <= whole.count ? whole.filter { $0 != 0 } : nil
            let removal = "removed \(zeros) NUL byte\(zeros == 1 ? "" : "s")"
            if let stripped, UTF8Census(stripped.span).isValid {
                var decoded = try utf8OrFallback(stripped.span)
                decoded.warning = removal
                return decoded
            }
            if let littleEndian = utf16ByContent(whole) {
                return utf16(whole[...], littleEndian: littleEndian, warning: "no byte-order mark: read as UTF-16\(littleEndian ? "LE" : "BE"), the only reading that gives text")
            }
            if let stripped {
                var decoded = try utf8OrFallback(stripped.span)
                decoded.warning = decoded.warning.map { "\(removal); \($0)" } ?? removal
                return decoded
            }
            throw StageFailure(.binary, "the bytes contain NUL characters and are text in no encoding we read", fatal: true)
        }
        if census.isValid {
            try rejectControlHeavy(controls: census.windowControls, of: census.windowCharacters)
            // Validated above, so the string is made by one copy instead of a second validation.
            let text = String(copying: UTF8Span(unchecked: span, isKnownASCII: census.isASCII))
            return Decoded(text: text, encoding: "utf-8", warning: nil)
        }
        let text = windows1252(span)
        let fallback = UTF8Census(text.utf8.span)
        try rejectControlHeavy(controls: fallback.windowControls, of: fallback.windowCharacters)
        return Decoded(text: text, encoding: "windows-1252", warning: "not valid UTF-8: read as Windows-1252")
    }

    /// More than one control character in ten (other than tab, newline, carriage return, form feed) is not
    /// prose. Counted over the first 64 KiB by `UTF8Census`.
    private static func rejectControlHeavy(controls: Int, of total: Int) throws(StageFailure) {
        if total > 0 && controls * 10 > total {
            throw StageFailure(.binary, "\(controls) of the first \(total) characters are control characters: not text", fatal: true)
        }
    }

    /// UTF-16 without a BOM shows as zero bytes at every other position (ASCII-range text).
    /// Returns whether it looks little-endian, or nil when it does not look like UTF-16 at all.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 4 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
        }
        let pairs = sample.count / 2
        if zeroOdd * 10 >= pairs * 6 && zeroEven * 20 <= pairs { return true }
        if zeroEven * 10 >= pairs * 6 && zeroOdd * 20 <= pairs { return false }
        return nil
    }

    /// At most one byte in this many may be a NUL for the rest to be read as text without them (random bytes
    /// hold one in 256).
    static let sparseNULs = 1000

    /// UTF-16 without a BOM whose text is not mostly ASCII (Cyrillic, Greek, CJK…) has no pattern of zero
    /// bytes. Each byte order is tried on the first 4 KiB: it reads as text when it has no unpaired surrogate and
    /// at most 1 % control characters, private-use or unassigned code points (binary data read as UTF-16 is full
    /// of them: NULs, surrogates, private use). Returns the byte order that reads as text, nil when none or both.
    static func utf16ByContent(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 32 else { return nil }  // a few units read as letters in either order
        let readings = [true, false].filter { readsAsText(sample, littleEndian: $0) }
        return readings.count == 1 ? readings[0] : nil
    }

    private static func readsAsText(_ sample: ArraySlice<UInt8>, littleEndian: Bool) -> Bool {
            var units: [UInt16] = []
            var index = sample.startIndex
            while index + 1 < sample.endIndex {
                let first = UInt16(sample[index]), second = UInt16(sample[index + 1])
                units.append(littleEndian ? first | second << 8 : first << 8 | second)
                index += 2
            }
            if let last = units.last, (0xD800...0xDBFF).contains(last) { units.removeLast() }  // a pair cut by the sample
            var total = 0, bad = 0, letters = 0
            var codec = UTF16()
            var iterator = units.makeIterator()
            decoding: while true {
                let scalar: Unicode.Scalar
                switch codec.decode(&iterator) {
                case let .scalarValue(decoded): scalar = decoded
                case .emptyInput: break decoding
                case .error: return false
                }
                total += 1
                switch scalar.properties.generalCategory {
                case .control: if !["\t", "\n", "\r", "\u{0C}"].contains(scalar) { bad += 1 }
                case .privateUse, .unassigned, .surrogate: bad += 1
                case .uppercaseLetter, .lowercaseLetter, .otherLetter, .titlecaseLetter, .modifierLetter: letters += 1
                default: break
                }
            }
            return total > 0 && bad * 100 <= total && letters * 2 >= total
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool, warning: String?) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        let text = String(decoding: units, as: UTF16.self)
        return Decoded(text: text, encoding: littleEndian ? "utf-16le" : "utf-16be", warning: warning)
    }

    /// Windows-1252: Latin-1 except 0x80–0x9F, which hold curly quotes, dashes, the euro sign and such.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
        0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func windows1252(_ bytes: Span<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for index in bytes.indices {
            let byte = bytes[index]
            let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
