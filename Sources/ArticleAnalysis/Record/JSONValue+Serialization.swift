extension JSONValue {
    /// Compact JSON on one line: what a JSON Lines log needs (newlines inside strings are escaped).
    public func serialized() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        write(into: &out, pretty: false, depth: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Indented JSON for people (`articlewatch analyze --pretty`).
    public func prettySerialized() -> String {
        var out: [UInt8] = []
        write(into: &out, pretty: true, depth: 0)
        return String(decoding: out, as: UTF8.self)
    }

    public func write(into out: inout [UInt8], pretty: Bool, depth: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case let .bool(value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case let .int(value): out.append(contentsOf: String(value).utf8)
        case let .double(value): Self.writeNumber(value, into: &out)
        case let .string(value): Self.writeString(value, into: &out)
        case let .array(items):
            writeContainer(items, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), into: &out, pretty: pretty, depth: depth) {
                item, out in item.write(into: &out, pretty: pretty, depth: depth + 1)
            }
        case let .object(fields):
            writeContainer(fields, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), into: &out, pretty: pretty, depth: depth) {
                field, out in
                Self.writeString(field.0, into: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
                field.1.write(into: &out, pretty: pretty, depth: depth + 1)
            }
        }
    }

    private func writeContainer<Element>(
        _ elements: [Element], open: UInt8, close: UInt8, into out: inout [UInt8], pretty: Bool, depth: Int,
        writeElement: (Element, inout [UInt8]) -> Void
    ) {
        out.append(open)
        guard !elements.isEmpty else { return out.append(close) }
        for (index, element) in elements.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            if pretty { Self.newline(into: &out, depth: depth + 1) }
            writeElement(element, &out)
        }
        if pretty { Self.newline(into: &out, depth: depth) }
        out.append(close)
    }

    private static func newline(into out: inout [UInt8], depth: Int) {
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    /// JSON has no NaN or infinity: those become null. Whole numbers print without a fraction.
    private static func writeNumber(_ value: Double, into out: inout [UInt8]) {
        guard value.isFinite else { return out.append(contentsOf: "null".utf8) }
        if value == value.rounded(), abs(value) < 1e15 {
            out.append(contentsOf: String(Int64(value)).utf8)
        } else {
            out.append(contentsOf: String(value).utf8)
        }
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
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x7f || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                    continue
                }
                if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                runStart = index + 1
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
