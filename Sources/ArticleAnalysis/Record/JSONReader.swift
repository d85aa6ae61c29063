/// The one JSON reader: results and failures lines, an isolated child's line, the configuration file.
/// It works on the bytes in place and can do two things with them: build a `JSONValue` with object keys
/// in the order written (so a line read and written back is the same line), or walk an object's members
/// and let the caller take only what it needs and step over the rest without building anything (the
/// duplicate registry rebuilds its index from 100,000 lines that each carry a whole article; a tree per
/// line was far too slow for that). Nesting is capped, so a garbled line cannot exhaust the stack.
public struct JSONReader {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    public static let maximumDepth = 64

    private let bytes: UnsafeRawBufferPointer
    /// The byte the reader is at.
    public private(set) var index = 0
    /// Where the member `members` is handing over begins (its key's opening quote).
    public private(set) var memberStart = 0

    public init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// Runs `body` with a reader over `bytes`, which are read in place (no copy).
    public static func reading<Result>(_ bytes: [UInt8], _ body: (inout JSONReader) -> Result) -> Result {
        bytes.withUnsafeBytes { buffer in
            var reader = JSONReader(buffer)
            return body(&reader)
        }
    }

    /// The value of `bytes` (white space around it allowed, nothing else after it).
    public static func value(of bytes: some Collection<UInt8>) throws(Failure) -> JSONValue {
        let result: Result<JSONValue, Failure> = Array(bytes).withUnsafeBytes { buffer in
            var reader = JSONReader(buffer)
            do throws(Failure) {
                let value = try reader.value()
                reader.skipSpace()
                guard reader.index == buffer.count else { throw reader.failure("text after the value") }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Walks the object at the cursor, handing each key to `member`, which must consume the value (with
    /// one of the value methods below) and return false to stop. False when this is not a well-formed object.
    public mutating func members(_ member: (inout JSONReader, String) -> Bool) -> Bool {
        skipSpace()
        guard peek == UInt8(ascii: "{") else { return false }
        index += 1
        skipSpace()
        if peek == UInt8(ascii: "}") { index += 1; return true }
        while true {
            skipSpace()
            memberStart = index
            guard let key = try? string() else { return false }
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

    /// A string value with its escapes decoded; nil (and the value stepped over) for anything else.
    public mutating func stringValue() -> String? {
        skipSpace()
        guard peek == UInt8(ascii: "\"") else {
            _ = skipValue()
            return nil
        }
        return try? string()
    }

    /// A whole-number value; nil (and the value stepped over) for anything else.
    public mutating func integerValue() -> Int? {
        skipSpace()
        let start = index
        guard skipValue() else { return nil }
        return Int(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
    }

    /// The byte range of the value at the cursor, stepped over: a member copied to another line as it is.
    public mutating func rawValue() -> Range<Int>? {
        skipSpace()
        let start = index
        guard skipValue() else { return nil }
        return start..<index
    }

    /// The value at the cursor as a tree.
    public mutating func value() throws(Failure) -> JSONValue { try value(depth: 0) }

    /// Steps over any value (string, number, literal, or nested object/array) without checking it closely.
    @discardableResult
    public mutating func skipValue() -> Bool {
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

    private func failure(_ what: String) -> Failure { Failure(description: "\(what) at byte \(index)") }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
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

    private mutating func expect(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw failure("expected \(word)") }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { throw failure("expected \(word)") }
        index += count
    }

    private mutating func value(depth: Int) throws(Failure) -> JSONValue {
        guard depth < Self.maximumDepth else { throw failure("nesting deeper than \(Self.maximumDepth)") }
        skipSpace()
        switch peek {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        case let byte? where byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte): return try number()
        default: throw failure("expected a value")
        }
    }

    private mutating func object(depth: Int) throws(Failure) -> JSONValue {
        index += 1
        var fields: [(String, JSONValue)] = []
        skipSpace()
        if peek == UInt8(ascii: "}") { index += 1; return .object(fields) }
        while true {
            skipSpace()
            guard peek == UInt8(ascii: "\"") else { throw failure("expected a key") }
            let key = try string()
            skipSpace()
            guard peek == UInt8(ascii: ":") else { throw failure("expected :") }
            index += 1
            fields.append((key, try value(depth: depth + 1)))
            skipSpace()
            switch peek {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return .object(fields)
            default: throw failure("expected , or }")
            }
        }
    }

    private mutating func array(depth: Int) throws(Failure) -> JSONValue {
        index += 1
        var items: [JSONValue] = []
        skipSpace()
        if peek == UInt8(ascii: "]") { index += 1; return .array(items) }
        while true {
            items.append(try value(depth: depth + 1))
            skipSpace()
            switch peek {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return .array(items)
            default: throw failure("expected , or ]")
            }
        }
    }

    /// Whole numbers come back as `.int` and the rest as `.double`, which the writer prints back the same way.
    private mutating func number() throws(Failure) -> JSONValue {
        let start = index
        var isWhole = true
        while let byte = peek, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        {
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { isWhole = false }
            index += 1
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if isWhole, let whole = Int(text) { return .int(whole) }
        guard let number = Double(text), number.isFinite else { throw failure("bad number \(text)") }
        return .double(number)
    }

    /// The string at the cursor (which is at its opening quote), escapes decoded. Runs without escapes are
    /// copied in one piece.
    private mutating func string() throws(Failure) -> String {
        guard peek == UInt8(ascii: "\"") else { throw failure("expected a string") }
        index += 1
        var out: [UInt8] = []
        var runStart = index
        while true {
            guard let byte = peek else { throw failure("unterminated string") }
            switch byte {
            case UInt8(ascii: "\""):
                out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[runStart..<index]))
                index += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[runStart..<index]))
                index += 1
                try escape(into: &out)
                runStart = index
            case 0..<0x20: throw failure("control character in a string")
            default: index += 1
            }
        }
    }

    private mutating func escape(into out: inout [UInt8]) throws(Failure) {
        guard let byte = peek else { throw failure("unterminated escape") }
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(byte)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "u"):
            var scalar = try hexQuad()
            if (0xD800..<0xDC00).contains(scalar), peek == UInt8(ascii: "\\"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "u")
            {
                index += 2
                let low = try hexQuad()
                guard (0xDC00..<0xE000).contains(low) else { throw failure("bad surrogate pair") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            // A lone surrogate has no scalar: U+FFFD, as a reader of the line would show it.
            out.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
        default: throw failure("bad escape")
        }
    }

    private mutating func hexQuad() throws(Failure) -> UInt32 {
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
