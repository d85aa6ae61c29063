/// Reads the tab-separated fields of one generated gazetteer row in place: ranges, integers and decimals
/// straight from the bytes, no array or String per row (the table has ~160,000 rows and is read at start-up).
struct GazetteerRowReader {
    let bytes: StaticTableBytes
    private(set) var position: Int
    let end: Int

    init(_ bytes: StaticTableBytes, line: Range<Int>) {
        self.bytes = bytes
        position = line.lowerBound
        end = line.upperBound
    }

    /// The next field's byte range (empty at the end of the row).
    mutating func field() -> Range<Int> {
        let start = position
        while position < end, bytes[position] != 9 { position += 1 }
        let range = start..<position
        if position < end { position += 1 }
        return range
    }

    mutating func skip() { _ = field() }

    mutating func integer() -> UInt32 {
        var value: UInt32 = 0
        for index in field() where bytes[index] &- 48 < 10 { value = value &* 10 &+ UInt32(bytes[index] &- 48) }
        return value
    }

    /// An optional number: nil for an empty field.
    mutating func optionalInteger() -> UInt32? {
        let range = field()
        guard !range.isEmpty else { return nil }
        var value: UInt32 = 0
        for index in range where bytes[index] &- 48 < 10 { value = value &* 10 &+ UInt32(bytes[index] &- 48) }
        return value
    }

    /// A decimal as the generator writes it ("-97.5164").
    mutating func decimal() -> Double {
        var value = 0.0
        var scale = 1.0
        var negative = false
        var fraction = false
        for index in field() {
            let byte = bytes[index]
            if byte == UInt8(ascii: "-") {
                negative = true
            } else if byte == UInt8(ascii: ".") {
                fraction = true
            } else if byte &- 48 < 10 {
                value = value * 10 + Double(byte &- 48)
                if fraction { scale *= 10 }
            }
        }
        return (negative ? -value : value) / scale
    }

    /// Space-separated 64-bit hexadecimal numbers (a name's word hashes, computed when the table was generated),
    /// appended to `values`.
    mutating func hexadecimals(into values: inout [UInt64]) {
        var value: UInt64 = 0
        var digits = 0
        for index in field() {
            let byte = bytes[index]
            if byte == 32 {
                if digits > 0 { values.append(value) }
                (value, digits) = (0, 0)
                continue
            }
            let digit = byte &- 48 < 10 ? byte &- 48 : (byte | 0x20) &- 87
            value = value << 4 | UInt64(digit & 15)
            digits += 1
        }
        if digits > 0 { values.append(value) }
    }

    mutating func text() -> String { string(field()) }

    func string(_ range: Range<Int>) -> String { bytes.string(range) }
}
