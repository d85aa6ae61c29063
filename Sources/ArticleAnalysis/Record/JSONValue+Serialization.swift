extension JSONValue {
    /// Compact JSON on one line: what a JSON Lines log needs (newlines inside strings are escaped).
    public func serialized() -> String {
        var out = ByteSink(capacity: 16 * 1024)
        write(into: &out, pretty: false, depth: 0)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Indented JSON for people (`articlewatch analyze --pretty`).
    public func prettySerialized() -> String {
        var out = ByteSink()
        write(into: &out, pretty: true, depth: 0)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Writes the value's JSON. One switch per value and plain loops over containers (no closures per
    /// element): a record has ~550 values, and the generic closure-per-element writer cost ~1,200
    /// instructions per value.
    public func write(into out: inout ByteSink, pretty: Bool, depth: Int) {
        switch self {
        case .null: out.append("null")
        case let .bool(value): out.append(value ? "true" : "false")
        case let .int(value): out.appendDecimal(Int64(value))
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

    static func newline(into out: inout ByteSink, depth: Int) {
        out.append(UInt8(ascii: "\n"))
        out.append(UInt8(ascii: " "), times: depth * 2)
    }

    /// JSON has no NaN or infinity: those become null. Whole numbers print without a fraction.
    static func writeNumber(_ value: Double, into out: inout ByteSink) {
        guard value.isFinite else { return out.append("null") }
        if value == value.rounded(), abs(value) < 1e15 {
            out.appendDecimal(Int64(value))
        } else if !writeShortFraction(value, into: &out) {
            out.append(String(value).utf8.span)
        }
    }

    /// Writes a number of at most six decimals (the record's scores, shares and means are rounded to two to
    /// six, coordinates have five) as `String(value)` spells it, without that call's shortest-digits search
    /// (~600 instructions; a record has ~150 such numbers). `m / 10^d`, both exact doubles, is the double
    /// nearest to the decimal m·10^-d; when that is `value`, the decimal reads back as `value`, and the first
    /// `d` that does so gives the fewest digits — the shortest round trip Swift prints. Below 10^9 a double's
    /// spacing is under 1.2·10^-7, so only one `m` of `d` ≤ 6 decimals can read back as it, and `value · 10^d`
    /// is within 0.06 of that `m`, so rounding finds it. False (nothing written) otherwise.
    static func writeShortFraction(_ value: Double, into out: inout ByteSink) -> Bool {
        let magnitude = abs(value)
        // Swift writes numbers below 10^-4 with an exponent; from 0.001 up all six decimals are plain.
        guard magnitude >= 0.001, magnitude < 1e9 else { return false }
        var scale = 1.0
        for decimals in 1...6 {
            scale *= 10
            let scaled = (magnitude * scale).rounded()
            guard scaled / scale == magnitude else { continue }
            let digits = UInt64(scaled), divisor = UInt64(scale)
            if value < 0 { out.append(UInt8(ascii: "-")) }
            out.appendDecimal(Int64(digits / divisor))
            out.append(UInt8(ascii: "."))
            var fraction = digits % divisor, place = divisor
            for _ in 0..<decimals {
                place /= 10
                out.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction / place))
                fraction %= place
            }
            return true
        }
        return false
    }

    /// Whether any of the eight bytes of `word` may need an escape: a control byte (< 0x20), `"`, `\` or
    /// DEL. May answer yes for a word that needs none (a byte ≥ 0x80 next to a match); never no for one that does.
    /// The four tests are OR-ed before one branch (each is exact as a yes/no answer, so their union is).
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let quote = word ^ ByteWord.ones &* 0x22, backslash = word ^ ByteWord.ones &* 0x5C, delete = word ^ ByteWord.ones &* 0x7F
        return ByteWord.containsBelow(0x20, in: word) | ByteWord.containsBelow(1, in: quote) | ByteWord.containsBelow(1, in: backslash)
            | ByteWord.containsBelow(1, in: delete) != 0
    }

    /// Per byte value: true when the byte goes into a JSON string as it is (no control byte, `"`, `\`, DEL).
    private static let plainBytes: [Bool] = (0..<256).map { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x7F }

    /// Whether a literal key's bytes all go into a JSON string as they are (checked in debug builds).
    static func isPlainKey(_ name: StaticString) -> Bool {
        name.description.utf8.allSatisfy { plainBytes[Int($0)] }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `value` quoted and escaped. Runs of bytes that need no escape (nearly all of an article's
    /// text) are found eight bytes at a time, then through a table, and copied in one append. (A byte-by-byte
    /// path for short strings measured slower under callgrind: 0.37 M instructions per record against 0.36 M.)
    static func writeString(_ value: String, into out: inout ByteSink) {
        let bytes = value.utf8.span
        let count = bytes.count
        out.append(UInt8(ascii: "\""))
        let plain = plainBytes.span
        var runStart = 0
        var index = 0
        while true {
            index = bytes.skippingWords(from: index) { !mayNeedEscape($0) }
            index = bytes.skippingBytes(from: index, in: plain)
            guard index < count else { break }
            if runStart < index { out.append(bytes.extracting(runStart..<index)) }
            writeEscape(bytes[index], into: &out)
            index += 1
            runStart = index
        }
        if runStart < count { out.append(bytes.extracting(runStart..<count)) }
        out.append(UInt8(ascii: "\""))
    }

    /// The escape of a byte JSON does not allow as it is in a string.
    private static func writeEscape(_ byte: UInt8, into out: inout ByteSink) {
        out.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "\n"): out.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): out.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): out.append(UInt8(ascii: "t"))
        default:
            out.append("u00")
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0f)])
        }
    }
}
