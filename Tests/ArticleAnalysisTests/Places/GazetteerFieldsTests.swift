import Testing

@testable import ArticleAnalysis

/// The gazetteer's rows are read eight bytes a step; each reader must answer what reading byte by byte does.
@Suite struct GazetteerFieldsTests {
    @Test func hexadecimalHashesReadAsTheirValues() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var values: [UInt64] = [0, 1, UInt64.max, 0x0123_4567_89ab_cdef, 0xfedc_ba98_7654_3210]
        for _ in 0..<200 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            values.append(state)
        }
        for value in values {
            let digits = String(value, radix: 16)
            let padded = String(repeating: "0", count: 16 - digits.count) + digits
            for written in [padded, padded.uppercased(), digits, "\(padded) \(digits)"] {
                var read: [UInt64] = []
                GazetteerFields.hexadecimals(written.utf8.span, 0..<written.utf8.count, into: &read)
                #expect(read == (written.contains(" ") ? [value, value] : [value]), "\(written)")
            }
        }
    }

    @Test func decimalsAreTheNearestDouble() {
        for written in ["-97.5164", "0", "52.3832", "-1.2518", "149.1281", "-170.7025", "12", "0.0001", "-0.5"] {
            #expect(GazetteerFields.decimal(written.utf8.span, 0..<written.utf8.count) == Double(written), "\(written)")
        }
    }

    @Test func fieldsEndAtATabOrTheLineEnd() {
        let text = "P\t1809935\tGuangdong Sheng Province\tADM1\n\tlast"
        let bytes = text.utf8.span
        let lineEnd = GazetteerFields.lineEnd(bytes, from: 0)
        #expect(lineEnd == 39)
        var position = 0
        var fields: [String] = []
        while position < lineEnd {
            let range = GazetteerFields.next(bytes, &position, end: lineEnd)
            fields.append(String(decoding: Array(text.utf8)[range], as: UTF8.self))
        }
        #expect(fields == ["P", "1809935", "Guangdong Sheng Province", "ADM1"])
        #expect(position == lineEnd)
        #expect(GazetteerFields.next(bytes, &position, end: lineEnd).isEmpty)
        #expect(GazetteerFields.lineEnd(bytes, from: lineEnd + 1) == bytes.count)
    }

    @Test func rowReadersReadEachFieldAsItsRangeReads() {
        let row = "6269131\tEngland\t\t-1.2518\t3818,26539\tW\t12\t7"
        let bytes = row.utf8.span
        let end = bytes.count
        var ranges: [Range<Int>] = []
        var cursor = 0
        while cursor < end { ranges.append(GazetteerFields.next(bytes, &cursor, end: end)) }
        #expect(ranges.count == 8)
        var position = 0
        #expect(GazetteerFields.nextInteger(bytes, &position, end: end) == GazetteerFields.integer(bytes, ranges[0]))
        #expect(GazetteerFields.nextShort(bytes, &position, end: end) == ranges[1])
        #expect(GazetteerFields.nextOptionalInteger(bytes, &position, end: end) == nil)
        #expect(GazetteerFields.nextDecimal(bytes, &position, end: end) == GazetteerFields.decimal(bytes, ranges[3]))
        var values: [UInt32] = []
        GazetteerFields.nextIntegers(bytes, &position, end: end, into: &values)
        #expect(values == [3818, 26539])
        #expect(GazetteerFields.nextShort(bytes, &position, end: end) == ranges[5])
        #expect(GazetteerFields.nextOptionalInteger(bytes, &position, end: end) == 12)
        #expect(GazetteerFields.nextInteger(bytes, &position, end: end) == 7)
        #expect(position == end)
        // Past the end: empty fields, nothing appended, the position kept at the end.
        GazetteerFields.nextIntegers(bytes, &position, end: end, into: &values)
        #expect(values.count == 2 && position == end)
        #expect(GazetteerFields.nextOptionalInteger(bytes, &position, end: end) == nil)
    }

    @Test func leadingDigitsAreTheDigitsBeforeTheFirstOtherByte() {
        for text in ["0", "7", "42", "1809935", "99946994", "123456789", "12,34", "-5", "", "9\t1", "0012", "3a"] {
            let padded = text + "\t\t\t\t\t\t\t\t"
            let (value, count) = GazetteerFields.leadingDigits(padded.utf8.span.word64(at: 0), limit: 8)
            let digits = String(text.prefix { $0.isASCII && $0.isNumber }.prefix(8))
            #expect(count == digits.count, "\(text)")
            #expect(value == (UInt64(digits) ?? 0), "\(text)")
        }
        let (value, count) = GazetteerFields.leadingDigits("12345678".utf8.span.word64(at: 0), limit: 3)
        #expect(value == 123 && count == 3)
    }
}
