/// The field readers of the gazetteer's generated rows (`Gazetteer.rows`): fields, integers, decimals and
/// hexadecimal hashes, read in place through a `Span` of the literal's bytes, no array or String per row
/// (start-up reads ~160,000 rows; a place's record is read again when an article names it). The loops step
/// with wrapping adds over plain indices: a `for` over a range checked each step twice more.
enum GazetteerFields {
    /// The field starting at `position` and ending at a tab or `end`; `position` moves past its tab (to `end`
    /// after the last field). Eight bytes a step (`Span.firstOffset(of:or:from:to:)`), searching to the end of
    /// the bytes for a tab or a line feed: a row ends at its line feed, so the first of either found is the
    /// field's end whenever it lies before `end`.
    @inline(__always)
    static func next(_ bytes: Span<UInt8>, _ position: inout Int, end: Int) -> Range<Int> {
        let start = position
        guard start < end else {
            position = end
            return start..<start
        }
        let index = min(bytes.firstOffset(of: 9, or: 10, from: start, to: bytes.count), end)
        position = index < end ? index &+ 1 : end
        return start..<index
    }

    /// The end of the line starting at `start`: the offset of its line feed, or the end of the bytes.
    @inline(__always)
    static func lineEnd(_ bytes: Span<UInt8>, from start: Int) -> Int {
        bytes.firstOffset(of: 10, from: start, to: bytes.count)
    }

    /// Reads the field at `position` as a number (its decimal digits; other bytes skipped) and moves past it
    /// (and its tab), in one pass over its bytes: start-up reads ~430,000 numeric fields, and finding a field's
    /// end before reading it went over each byte twice.
    @inline(__always)
    static func nextInteger(_ bytes: Span<UInt8>, _ position: inout Int, end: Int) -> UInt32 {
        var value: UInt32 = 0
        var index = position
        // Up to eight leading digits at once (`leadingDigits`); a field of digits only ends there.
        if index &+ 8 <= bytes.count {
            let (digits, count) = leadingDigits(bytes.word64(at: index), limit: end &- index)
            if count > 0 {
                value = UInt32(truncatingIfNeeded: digits)
                index &+= count
                if index == end || (count < 8 && bytes[index] == 9) {
                    position = index < end ? index &+ 1 : end
                    return value
                }
            }
        }
        while index < end {
            let byte = bytes[index]
            if byte == 9 { break }
            let digit = byte &- 48
            if digit < 10 { value = value &* 10 &+ UInt32(digit) }
            index &+= 1
        }
        position = index < end ? index &+ 1 : end
        return value
    }

    /// Reads the field at `position` as `integers` does (comma-separated numbers appended to `values`, none
    /// for an empty field) and moves past it, in one pass over its bytes.
    @inline(__always)
    static func nextIntegers(_ bytes: Span<UInt8>, _ position: inout Int, end: Int, into values: inout [UInt32]) {
        var index = position
        guard index < end, bytes[index] != 9 else {
            position = index < end ? index &+ 1 : end
            return
        }
        var value: UInt32 = 0
        while index < end {
            let byte = bytes[index]
            if byte == 9 { break }
            if byte == UInt8(ascii: ",") {
                values.append(value)
                value = 0
            } else if byte &- 48 < 10 {
                value = value &* 10 &+ UInt32(byte &- 48)
            }
            index &+= 1
        }
        values.append(value)
        position = index < end ? index &+ 1 : end
    }

    /// `next` a byte at a time, for fields of a few bytes (a flag, a name skipped), where the eight-byte
    /// search's set-up costs more than it saves.
    @inline(__always)
    static func nextShort(_ bytes: Span<UInt8>, _ position: inout Int, end: Int) -> Range<Int> {
        let start = position
        var index = start
        while index < end, bytes[index] != 9 { index &+= 1 }
        position = index < end ? index &+ 1 : end
        return start..<index
    }

    /// The value of the ASCII digits that start `word` (eight bytes, the first in the lowest byte), at most
    /// `limit` of them, and how many there are (0–8). The digits' bytes become their values, the bytes from
    /// the first non-digit on are shifted out, and neighbouring digits, pairs and quadruples are combined by
    /// multiplying (no carry crosses a lane: 9·10 + 9, 99·100 + 99 and 9999·10000 + 9999 fit their lanes).
    @inline(__always)
    static func leadingDigits(_ word: UInt64, limit: Int) -> (value: UInt64, count: Int) {
        let values = word ^ 0x3030_3030_3030_3030
        // 0x80 in each byte that is no digit (its value 10 or more; no byte here is past ASCII 0x7F plus 0x76).
        let others = ((values &+ 0x7676_7676_7676_7676) | values) & 0x8080_8080_8080_8080
        let count = min(others == 0 ? 8 : others.trailingZeroBitCount >> 3, max(0, limit))
        guard count > 0 else { return (0, 0) }
        var lanes = count == 8 ? values : values << UInt64(64 &- 8 &* count)
        lanes = (lanes &* 10 &+ lanes >> 8) & 0x00FF_00FF_00FF_00FF
        lanes = (lanes &* 100 &+ lanes >> 16) & 0x0000_FFFF_0000_FFFF
        lanes = (lanes &* 10000 &+ lanes >> 32) & 0xFFFF_FFFF
        return (lanes, count)
    }

    /// `nextInteger`, or nil for an empty field.
    @inline(__always)
    static func nextOptionalInteger(_ bytes: Span<UInt8>, _ position: inout Int, end: Int) -> UInt32? {
        guard position < end, bytes[position] != 9 else {
            position = position < end ? position &+ 1 : end
            return nil
        }
        return nextInteger(bytes, &position, end: end)
    }

    /// Reads the field at `position` as a decimal ("-97.5164") and moves past it, in one pass over its bytes.
    /// The digits are gathered as an integer and divided once by the power of ten of the fraction: the same
    /// exact Double the digit-by-digit `value * 10 + digit` gave (both are exact below 2^53), for a fraction
    /// of the floating-point work.
    @inline(__always)
    static func nextDecimal(_ bytes: Span<UInt8>, _ position: inout Int, end: Int) -> Double {
        var digits: UInt64 = 0
        var fractionDigits = 0
        var negative = false
        var fraction = false
        var index = position
        while index < end {
            let byte = bytes[index]
            if byte == 9 { break }
            if byte == UInt8(ascii: "-") {
                negative = true
            } else if byte == UInt8(ascii: ".") {
                fraction = true
            } else if byte &- 48 < 10 {
                digits = digits &* 10 &+ UInt64(byte &- 48)
                if fraction { fractionDigits &+= 1 }
            }
            index &+= 1
        }
        let range = position..<index
        position = index < end ? index &+ 1 : end
        guard fractionDigits < 16, let value = ExactDecimal.value(digits: digits, fractionDigits: fractionDigits, negative: negative)
        else { return slowDecimal(bytes, range) }
        return value
    }

    /// The decimal digits of `range` as a number (other bytes skipped); `range` holds no tab (a field).
    @inline(__always)
    static func integer(_ bytes: Span<UInt8>, _ range: Range<Int>) -> UInt32 {
        var position = range.lowerBound
        return nextInteger(bytes, &position, end: range.upperBound)
    }

    /// A decimal as the generator writes it ("-97.5164"), read as `nextDecimal` reads it; `range` holds no tab.
    @inline(__always)
    static func decimal(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Double {
        var position = range.lowerBound
        return nextDecimal(bytes, &position, end: range.upperBound)
    }

    /// `decimal` digit by digit in floating point (more than 15 digits: none in the bundled rows).
    private static func slowDecimal(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Double {
        var value = 0.0
        var scale = 1.0
        var negative = false
        var fraction = false
        for index in range {
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

    /// Space-separated 64-bit hexadecimal numbers, appended to `values`. The generator writes each as 16
    /// digits: sixteen bytes without a space, then a space or the field's end, are read eight a step
    /// (`hexadecimalWord`) without looking for the space first; any other number digit by digit.
    static func hexadecimals(_ bytes: Span<UInt8>, _ range: Range<Int>, into values: inout [UInt64]) {
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == 32 {
                index &+= 1
                continue
            }
            if index &+ 16 <= range.upperBound, index &+ 16 == range.upperBound || bytes[index &+ 16] == 32 {
                let high = bytes.word64(at: index), low = bytes.word64(at: index &+ 8)
                if !ByteWord.contains(32, in: high), !ByteWord.contains(32, in: low) {
                    values.append(hexadecimalWord(high) << 32 | hexadecimalWord(low))
                    index &+= 16
                    continue
                }
            }
            var end = index &+ 1
            while end < range.upperBound, bytes[end] != 32 { end &+= 1 }
            values.append(hexadecimal(bytes, index..<end))
            index = end
        }
    }

    /// Eight hexadecimal digits read as one little-endian word (the first digit in the lowest byte) as their
    /// 32-bit value: each byte becomes its digit's value (`& 0x0F`, plus 9 for the letters, whose bit 6 is
    /// set), then neighbouring nibbles, bytes and halves are packed, most significant first.
    @inline(__always)
    static func hexadecimalWord(_ word: UInt64) -> UInt64 {
        let nibbles = (word & 0x0F0F_0F0F_0F0F_0F0F) &+ 9 &* ((word >> 6) & 0x0101_0101_0101_0101)
        var packed = nibbles.byteSwapped
        packed = (packed >> 4 | packed) & 0x00FF_00FF_00FF_00FF
        packed = (packed >> 8 | packed) & 0x0000_FFFF_0000_FFFF
        return (packed >> 16 | packed) & 0xFFFF_FFFF
    }

    /// One hexadecimal number, digit by digit (upper- or lower-case letters).
    private static func hexadecimal(_ bytes: Span<UInt8>, _ range: Range<Int>) -> UInt64 {
        var value: UInt64 = 0
        for index in range {
            let byte = bytes[index]
            let digit = byte &- 48 < 10 ? byte &- 48 : (byte | 0x20) &- 87
            value = value << 4 | UInt64(digit & 15)
        }
        return value
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
