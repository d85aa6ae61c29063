extension JSONValue {
    /// Compact JSON on one line: what a JSON Lines log needs (newlines inside strings are escaped).
    public func serialized() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(16 * 1024)
        write(into: &out, pretty: false, depth: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Indented JSON for people (`articlewatch analyze --pretty`).
    public func prettySerialized() -> String {
        var out: [UInt8] = []
        write(into: &out, pretty: true, depth: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes the value's JSON. One switch per value and plain loops over containers (no closures per
    /// element): a record has ~550 values, and the generic closure-per-element writer cost ~1,200
    /// instructions per value.
    public func write(into out: inout [UInt8], pretty: Bool, depth: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case let .bool(value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case let .int(value): Self.writeInteger(Int64(value), into: &out)
        case let .double(value): Self.writeNumber(value, into: &out)
        case let .string(value): Self.writeString(value, into: &out)
        case let .array(items):
            out.append(UInt8(ascii: "["))
            guard !items.isEmpty else { return out.append(UInt8(ascii: "]")) }
            for index in items.indices {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { Self.newline(into: &out, depth: depth + 1) }
                items[index].write(into: &out, pretty: pretty, depth: depth + 1)
            }
            if pretty { Self.newline(into: &out, depth: depth) }
            out.append(UInt8(ascii: "]"))
        case let .object(fields):
            out.append(UInt8(ascii: "{"))
            guard !fields.isEmpty else { return out.append(UInt8(ascii: "}")) }
            for index in fields.indices {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { Self.newline(into: &out, depth: depth + 1) }
                Self.writeString(fields[index].0, into: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
                fields[index].1.write(into: &out, pretty: pretty, depth: depth + 1)
            }
            if pretty { Self.newline(into: &out, depth: depth) }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(into out: inout [UInt8], depth: Int) {
        out.append(UInt8(ascii: "\n"))
        for _ in 0..<(depth * 2) { out.append(UInt8(ascii: " ")) }
    }

    /// Decimal digits of `value`, as `String(value)` writes them, without making the String.
    static func writeInteger(_ value: Int64, into out: inout [UInt8]) {
        if value >= 0, value < 10 { return out.append(UInt8(ascii: "0") + UInt8(value)) }
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var count = 0
            while magnitude > 0 {
                digits[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[(20 - count)..<20]))
        }
    }

    /// JSON has no NaN or infinity: those become null. Whole numbers print without a fraction.
    static func writeNumber(_ value: Double, into out: inout [UInt8]) {
        guard value.isFinite else { return out.append(contentsOf: "null".utf8) }
        if value == value.rounded(), abs(value) < 1e15 {
            writeInteger(Int64(value), into: &out)
        } else {
            out.append(contentsOf: String(value).utf8)
        }
    }

    /// Whether any of the eight bytes of `word` may need an escape: a control byte (< 0x20), `"`, `\` or
    /// DEL. May answer yes for a word that needs none (a byte ≥ 0x80 next to a match); never no for one that does.
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let below32 = (word &- ones &* 0x20) & ~word & highs != 0
        return below32 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
            || hasZeroByte(word ^ (ones &* 0x7F))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `value` quoted and escaped. Runs of bytes that need no escape (nearly all of an article's
    /// text) are copied in one append, not byte by byte: the record's `text` field made this the costliest
    /// function of the JSON line.
    static func writeString(_ value: String, into out: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            out.append(UInt8(ascii: "\""))
            var runStart = 0
            var index = 0
            while index < bytes.count {
                // Eight bytes at a time while none needs an escape (SWAR: no byte < 0x20, = 0x22, = 0x5C, = 0x7F).
                while index + 8 <= bytes.count, !Self.mayNeedEscape(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                }
                guard index < bytes.count else { break }
                let byte = bytes[index]
                index += 1
                guard byte < 0x20 || byte == 0x7f || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                    continue
                }
                if runStart < index - 1 { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<(index - 1)])) }
                runStart = index
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "\n"): out.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): out.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): out.append(UInt8(ascii: "t"))
                default:
                    out.append(contentsOf: "u00".utf8)
                    out.append(hexDigits[Int(byte >> 4)])
                    out.append(hexDigits[Int(byte & 0x0f)])
                }
            }
            if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
            out.append(UInt8(ascii: "\""))
        }
    }
}
