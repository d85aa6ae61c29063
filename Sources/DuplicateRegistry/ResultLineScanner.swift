/// Pulls the four fields the registry needs (`id`, `file`, `receivedAt`, `fingerprint`) out of one
/// results-log line without building its JSON tree. A line carries the article's whole text and analysis;
/// Foundation's `JSONSerialization` took 15 s for 100,000 such lines in `dedup-bench`, too slow for a
/// start-up rebuild. Only top-level keys count, so an `id` inside `duplicateOf` is never taken for the
/// article's own.
struct ResultLineScanner {
    struct Fields {
        var id: String?
        var file: String?
        var receivedAt: String?
        var scheme: String?
        var signature: String?
        var shingles: Int?
    }

    private let bytes: UnsafeRawBufferPointer
    private var index = 0

    private init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// The fields found on the line, or nil when it is not a JSON object.
    static func scan(_ line: UnsafeRawBufferPointer) -> Fields? {
        var scanner = ResultLineScanner(line)
        var fields = Fields()
        let parsed = scanner.object { scanner, key in
            switch key {
            case "id": fields.id = scanner.stringValue()
            case "file": fields.file = scanner.stringValue()
            case "receivedAt": fields.receivedAt = scanner.stringValue()
            case "fingerprint":
                scanner.skipSpace()
                guard scanner.peek == UInt8(ascii: "{") else { return scanner.skipValue() }
                return scanner.object { inner, key in
                    switch key {
                    case "scheme": fields.scheme = inner.stringValue()
                    case "signature": fields.signature = inner.stringValue()
                    case "shingles": fields.shingles = inner.integerValue()
                    default: return inner.skipValue()
                    }
                    return true
                }
            default: return scanner.skipValue()
            }
            return true
        }
        return parsed ? fields : nil
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    /// Walks an object, handing each key to `member`, which must consume the value.
    private mutating func object(_ member: (inout ResultLineScanner, String) -> Bool) -> Bool {
        skipSpace()
        guard peek == UInt8(ascii: "{") else { return false }
        index += 1
        while true {
            skipSpace()
            if peek == UInt8(ascii: "}") { index += 1; return true }
            guard let key = rawString() else { return false }
            skipSpace()
            guard peek == UInt8(ascii: ":") else { return false }
            index += 1
            guard member(&self, key) else { return false }
            skipSpace()
            if peek == UInt8(ascii: ",") { index += 1; continue }
            if peek == UInt8(ascii: "}") { index += 1; return true }
            return false
        }
    }

    /// A string value with its escapes decoded; nil (and the value skipped) for anything else.
    private mutating func stringValue() -> String? {
        skipSpace()
        guard peek == UInt8(ascii: "\"") else {
            _ = skipValue()
            return nil
        }
        return rawString()
    }

    private mutating func integerValue() -> Int? {
        skipSpace()
        let start = index
        guard skipValue() else { return nil }
        return Int(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
    }

    /// Reads a string at the cursor, decoding `\"`, `\\`, `\/`, `\n`, `\r`, `\t`, `\b`, `\f` and `\uXXXX`.
    private mutating func rawString() -> String? {
        guard peek == UInt8(ascii: "\"") else { return nil }
        index += 1
        var decoded: [UInt8] = []
        while let byte = peek {
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: decoded, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let escaped = peek else { return nil }
                index += 1
                switch escaped {
                case UInt8(ascii: "n"): decoded.append(0x0A)
                case UInt8(ascii: "r"): decoded.append(0x0D)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "b"): decoded.append(0x08)
                case UInt8(ascii: "f"): decoded.append(0x0C)
                case UInt8(ascii: "u"):
                    guard let scalar = unicodeEscape() else { return nil }
                    decoded.append(contentsOf: String(Character(scalar)).utf8)
                default: decoded.append(escaped)
                }
            default: decoded.append(byte)
            }
        }
        return nil
    }

    /// `XXXX` after `\u`, joining a surrogate pair; a lone surrogate becomes U+FFFD.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let high = hexQuad() else { return nil }
        if (0xD800..<0xDC00).contains(high), peek == UInt8(ascii: "\\"), index + 1 < bytes.count,
            bytes[index + 1] == UInt8(ascii: "u")
        {
            index += 2
            guard let low = hexQuad() else { return nil }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
        }
        return Unicode.Scalar(high) ?? "\u{FFFD}"
    }

    private mutating func hexQuad() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Character(Unicode.Scalar(bytes[index])).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// Steps over any value (string, number, literal, or nested object/array).
    private mutating func skipValue() -> Bool {
        skipSpace()
        guard let first = peek else { return false }
        if first == UInt8(ascii: "\"") { return skipString() }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            var depth = 0
            while let byte = peek {
                switch byte {
                case UInt8(ascii: "\""): guard skipString() else { return false }; continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { index += 1; return true }
                default: break
                }
                index += 1
            }
            return false
        }
        while let byte = peek, byte != UInt8(ascii: ","), byte != UInt8(ascii: "}"), byte != UInt8(ascii: "]"),
            byte != 0x20, byte != 0x0A, byte != 0x0D, byte != 0x09
        {
            index += 1
        }
        return true
    }

    private mutating func skipString() -> Bool {
        index += 1
        while let byte = peek {
            index += 1
            if byte == UInt8(ascii: "\\") { index += 1; continue }
            if byte == UInt8(ascii: "\"") { return true }
        }
        return false
    }
}
