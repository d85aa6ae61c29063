/// The field readers of the gazetteer's generated rows (`Gazetteer.rows`): fields, integers, decimals and
/// hexadecimal hashes, read in place through a `Span` of the literal's bytes, no array or String per row
/// (start-up reads ~160,000 rows; a place's record is read again when an article names it). The loops step
/// with wrapping adds over plain indices: a `for` over a range checked each step twice more.
enum GazetteerFields {
    /// The field starting at `position` and ending at a tab or `end`; `position` moves past its tab (to `end`
    /// after the last field).
    @inline(__always)
    static func next(_ bytes: Span<UInt8>, _ position: inout Int, end: Int) -> Range<Int> {
        let start = position
        var index = start
        while index < end, bytes[index] != 9 { index &+= 1 }
        position = index < end ? index &+ 1 : end
        return start..<index
    }

    /// The decimal digits of `range` as a number (other bytes skipped).
    @inline(__always)
    static func integer(_ bytes: Span<UInt8>, _ range: Range<Int>) -> UInt32 {
        var value: UInt32 = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let digit = bytes[index] &- 48
            if digit < 10 { value = value &* 10 &+ UInt32(digit) }
            index &+= 1
        }
        return value
    }

    /// Comma-separated decimal numbers ("3818,26539"), appended to `values` (none for an empty field).
    static func integers(_ bytes: Span<UInt8>, _ range: Range<Int>, into values: inout [UInt32]) {
        guard !range.isEmpty else { return }
        var value: UInt32 = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: ",") {
                values.append(value)
                value = 0
            } else if byte &- 48 < 10 {
                value = value &* 10 &+ UInt32(byte &- 48)
            }
            index &+= 1
        }
        values.append(value)
    }

    /// A decimal as the generator writes it ("-97.5164").
    @inline(__always)
    static func decimal(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Double {
        var value = 0.0
        var scale = 1.0
        var negative = false
        var fraction = false
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "-") {
                negative = true
            } else if byte == UInt8(ascii: ".") {
                fraction = true
            } else if byte &- 48 < 10 {
                value = value * 10 + Double(byte &- 48)
                if fraction { scale *= 10 }
            }
            index &+= 1
        }
        return (negative ? -value : value) / scale
    }

    /// Space-separated 64-bit hexadecimal numbers, appended to `values`.
    static func hexadecimals(_ bytes: Span<UInt8>, _ range: Range<Int>, into values: inout [UInt64]) {
        var value: UInt64 = 0
        var digits = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            index &+= 1
            if byte == 32 {
                if digits > 0 { values.append(value) }
                (value, digits) = (0, 0)
                continue
            }
            let digit = byte &- 48 < 10 ? byte &- 48 : (byte | 0x20) &- 87
            value = value << 4 | UInt64(digit & 15)
            digits &+= 1
        }
        if digits > 0 { values.append(value) }
    }

    /// Whether the bytes in `range` spell `ascii` ("ADM1").
    @inline(__always)
    static func equals(_ bytes: Span<UInt8>, _ range: Range<Int>, _ ascii: String) -> Bool {
        guard range.count == ascii.utf8.count else { return false }
        var index = range.lowerBound
        for byte in ascii.utf8 {
            if bytes[index] != byte { return false }
            index += 1
        }
        return true
    }
}
