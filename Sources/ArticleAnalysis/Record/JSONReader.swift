/// The one JSON reader: results and failures lines, an isolated child's line, the configuration file.
/// It works on the bytes in place and can do two things with them: build a `JSONValue` with object keys
/// in the order written (so a line read and written back is the same line), or walk an object's members
/// and let the caller take only what it needs and step over the rest without building anything (the
/// duplicate registry rebuilds its index from 100,000 lines that each carry a whole article; a tree per
/// line was far too slow for that). Nesting is capped, so a garbled line cannot exhaust the stack.
///
/// The reader is the cursor; the bytes are a `Span` handed to each call (a span cannot be stored in a
/// struct without lifetime annotations, which this toolchain keeps experimental), so the caller's buffer
/// — a memory-mapped results log, a line in an array — is read in place, bounds-checked, never copied.
public struct JSONReader {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    public static let maximumDepth = 64

    /// The byte the reader is at.
    public private(set) var index = 0
    /// Where the member `members` is handing over begins (its key's opening quote).
    public private(set) var memberStart = 0

    /// A reader at the first byte.
    public init() {}

    /// The value of `bytes` (white space around it allowed, nothing else after it).
    public static func value(of bytes: some Collection<UInt8>) throws(Failure) -> JSONValue {
        try value(of: Array(bytes).span)
    }

    /// The value of `bytes` (white space around it allowed, nothing else after it), read in place.
    public static func value(of bytes: Span<UInt8>) throws(Failure) -> JSONValue {
        var reader = JSONReader()
        let value = try reader.value(in: bytes)
        reader.skipSpace(in: bytes)
        guard reader.index == bytes.count else { throw reader.failure("text after the value") }
        return value
    }

    /// Walks the object at the cursor, handing each key to `member`, which must consume the value (with
    /// one of the value methods below, over the same bytes) and return false to stop. False when this is not
    /// a well-formed object.
    public mutating func members(in bytes: Span<UInt8>, _ member: (inout JSONReader, String) -> Bool) -> Bool {
        skipSpace(in: bytes)
        guard peek(bytes) == UInt8(ascii: "{") else { return false }
        index += 1
        skipSpace(in: bytes)
        if peek(bytes) == UInt8(ascii: "}") { index += 1; return true }
        while true {
            skipSpace(in: bytes)
            memberStart = index
            guard let key = try? string(in: bytes) else { return false }
            skipSpace(in: bytes)
            guard peek(bytes) == UInt8(ascii: ":") else { return false }
            index += 1
            guard member(&self, key) else { return false }
            skipSpace(in: bytes)
            if peek(bytes) == UInt8(ascii: ",") { index += 1; continue }
            if peek(bytes) == UInt8(ascii: "}") { index += 1; return true }
            return false
        }
    }

    /// A string value with its escapes decoded; nil (and the value stepped over) for anything else.
    public mutating func stringValue(in bytes: Span<UInt8>) -> String? {
        skipSpace(in: bytes)
        guard peek(bytes) == UInt8(ascii: "\"") else {
            _ = skipValue(in: bytes)
            return nil
        }
        return try? string(in: bytes)
    }

    /// A whole-number value; nil (and the value stepped over) for anything else.
    public mutating func integerValue(in bytes: Span<UInt8>) -> Int? {
        skipSpace(in: bytes)
        let start = index
        guard skipValue(in: bytes) else { return nil }
        return Int(String(utf8Bytes: bytes.extracting(start..<index)))
    }

    /// The byte range of the value at the cursor, stepped over: a member copied to another line as it is.
    public mutating func rawValue(in bytes: Span<UInt8>) -> Range<Int>? {
        skipSpace(in: bytes)
        let start = index
        guard skipValue(in: bytes) else { return nil }
        return start..<index
    }

    /// The value at the cursor as a tree.
    public mutating func value(in bytes: Span<UInt8>) throws(Failure) -> JSONValue { try value(in: bytes, depth: 0) }

    /// Steps over any value (string, number, literal, or nested object/array) without checking it closely.
    @discardableResult
    public mutating func skipValue(in bytes: Span<UInt8>) -> Bool {
        skipSpace(in: bytes)
        guard let first = peek(bytes) else { return false }
        if first == UInt8(ascii: "\"") { return skipString(in: bytes) }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            var depth = 0
            while let byte = peek(bytes) {
                switch byte {
                case UInt8(ascii: "\""): guard skipString(in: bytes) else { return false }; continue
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
        while let byte = peek(bytes), byte != UInt8(ascii: ","), byte != UInt8(ascii: "}"), byte != UInt8(ascii: "]"),
            byte != 0x20, byte != 0x0A, byte != 0x0D, byte != 0x09
        {
            index += 1
        }
        return true
    }

    private func failure(_ what: String) -> Failure { Failure(description: "\(what) at byte \(index)") }

    @inline(__always)
    private func peek(_ bytes: Span<UInt8>) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace(in bytes: Span<UInt8>) {
        while let byte = peek(bytes), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    /// Steps over the string at the cursor (at its opening quote) to just past its closing quote; an escape's
    /// backslash steps over the byte after it. A line is mostly the article's text in strings, so the next
    /// quote or backslash is found eight bytes at a time.
    private mutating func skipString(in bytes: Span<UInt8>) -> Bool {
        index += 1
        while true {
            index = bytes.firstOffset(of: UInt8(ascii: "\""), or: UInt8(ascii: "\\"), from: index, to: bytes.count)
            guard let byte = peek(bytes) else { return false }
            index += byte == UInt8(ascii: "\"") ? 1 : 2
            if byte == UInt8(ascii: "\"") { return true }
        }
    }

    private static let trueBytes = Array("true".utf8), falseBytes = Array("false".utf8), nullBytes = Array("null".utf8)

    private mutating func expect(_ word: [UInt8], in bytes: Span<UInt8>) throws(Failure) {
        guard bytes.hasPrefix(word, at: index) else { throw failure("expected \(String(decoding: word, as: UTF8.self))") }
        index += word.count
    }

    private mutating func value(in bytes: Span<UInt8>, depth: Int) throws(Failure) -> JSONValue {
        guard depth < Self.maximumDepth else { throw failure("nesting deeper than \(Self.maximumDepth)") }
        skipSpace(in: bytes)
        switch peek(bytes) {
        case UInt8(ascii: "{"): return try object(in: bytes, depth: depth)
        case UInt8(ascii: "["): return try array(in: bytes, depth: depth)
        case UInt8(ascii: "\""): return .string(try string(in: bytes))
        case UInt8(ascii: "t"): try expect(Self.trueBytes, in: bytes); return .bool(true)
        case UInt8(ascii: "f"): try expect(Self.falseBytes, in: bytes); return .bool(false)
        case UInt8(ascii: "n"): try expect(Self.nullBytes, in: bytes); return .null
        case let byte? where byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte):
            return try number(in: bytes)
        default: throw failure("expected a value")
        }
    }

    private mutating func object(in bytes: Span<UInt8>, depth: Int) throws(Failure) -> JSONValue {
        index += 1
        var fields: [(String, JSONValue)] = []
        skipSpace(in: bytes)
        if peek(bytes) == UInt8(ascii: "}") { index += 1; return .object(fields) }
        while true {
            skipSpace(in: bytes)
            guard peek(bytes) == UInt8(ascii: "\"") else { throw failure("expected a key") }
            let key = try string(in: bytes)
            skipSpace(in: bytes)
            guard peek(bytes) == UInt8(ascii: ":") else { throw failure("expected :") }
            index += 1
            fields.append((key, try value(in: bytes, depth: depth + 1)))
            skipSpace(in: bytes)
            switch peek(bytes) {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return .object(fields)
            default: throw failure("expected , or }")
            }
        }
    }

    private mutating func array(in bytes: Span<UInt8>, depth: Int) throws(Failure) -> JSONValue {
        index += 1
        var items: [JSONValue] = []
        skipSpace(in: bytes)
        if peek(bytes) == UInt8(ascii: "]") { index += 1; return .array(items) }
        while true {
            items.append(try value(in: bytes, depth: depth + 1))
            skipSpace(in: bytes)
            switch peek(bytes) {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return .array(items)
            default: throw failure("expected , or ]")
            }
        }
    }

    /// Whole numbers come back as `.int` and the rest as `.double`, which the writer prints back the same way.
    private mutating func number(in bytes: Span<UInt8>) throws(Failure) -> JSONValue {
        let start = index
        var isWhole = true
        while let byte = peek(bytes), byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        {
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { isWhole = false }
            index += 1
        }
        let text = String(utf8Bytes: bytes.extracting(start..<index))
        if isWhole, let whole = Int(text) { return .int(whole) }
        guard let number = Double(text), number.isFinite else { throw failure("bad number \(text)") }
        return .double(number)
    }

    /// The string at the cursor (which is at its opening quote), escapes decoded. Runs without escapes are
    /// copied in one piece.
    private mutating func string(in bytes: Span<UInt8>) throws(Failure) -> String {
        guard peek(bytes) == UInt8(ascii: "\"") else { throw failure("expected a string") }
        index += 1
        var out: [UInt8] = []
        var runStart = index
        while true {
            guard let byte = peek(bytes) else { throw failure("unterminated string") }
            switch byte {
            case UInt8(ascii: "\""):
                out.append(bytes: bytes.extracting(runStart..<index))
                index += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                out.append(bytes: bytes.extracting(runStart..<index))
                index += 1
                try escape(in: bytes, into: &out)
                runStart = index
            case 0..<0x20: throw failure("control character in a string")
            default: index += 1
            }
        }
    }

    private mutating func escape(in bytes: Span<UInt8>, into out: inout [UInt8]) throws(Failure) {
        guard let byte = peek(bytes) else { throw failure("unterminated escape") }
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(byte)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "u"):
            var scalar = try hexQuad(in: bytes)
            if (0xD800..<0xDC00).contains(scalar), peek(bytes) == UInt8(ascii: "\\"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "u")
            {
                index += 2
                let low = try hexQuad(in: bytes)
                guard (0xDC00..<0xE000).contains(low) else { throw failure("bad surrogate pair") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            // A lone surrogate has no scalar: U+FFFD, as a reader of the line would show it.
            out.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
        default: throw failure("bad escape")
        }
    }

    private mutating func hexQuad(in bytes: Span<UInt8>) throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw failure("bad \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Character(Unicode.Scalar(bytes[index])).hexDigitValue else { throw failure("bad \\u escape") }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }
}
