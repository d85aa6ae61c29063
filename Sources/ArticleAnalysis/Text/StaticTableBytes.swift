/// The bytes of a generated table compiled into the binary as a `StaticString` literal (the place gazetteer's
/// rows), read in place: never copied into a `String`, and no pointer leaves the token and table layer. The
/// readers of tab-separated rows (fields, integers, decimals, hexadecimal hashes) run here over the bytes
/// directly, because the gazetteer reads ~160,000 rows before the daemon is ready and a bounds-checked read
/// per byte cost a third of that time.
public struct StaticTableBytes: Sendable {
    private let literal: StaticString
    public let count: Int

    public init(_ literal: StaticString) {
        precondition(literal.hasPointerRepresentation, "a table literal holds UTF-8 bytes")
        self.literal = literal
        count = literal.utf8CodeUnitCount
    }

    @inline(__always)
    public subscript(index: Int) -> UInt8 {
        precondition(index >= 0 && index < count, "a table byte out of bounds")
        return literal.utf8Start[index]
    }

    /// The index of the next `byte` at or after `start`, or `count`.
    public func firstIndex(of byte: UInt8, from start: Int) -> Int {
        literal.withUTF8Buffer { bytes in
            var index = max(start, 0)
            while index < bytes.count, bytes[index] != byte { index += 1 }
            return index
        }
    }

    /// The tab-separated field starting at `start` and ending at a tab or `end`: its range, and where the next
    /// field starts (`end` after the last).
    @inline(__always)
    public func field(from start: Int, end: Int) -> (range: Range<Int>, next: Int) {
        literal.withUTF8Buffer { bytes in
            let end = min(end, bytes.count)
            var index = max(start, 0)
            while index < end, bytes[index] != 9 { index += 1 }
            return (start..<max(index, start), index < end ? index + 1 : end)
        }
    }

    /// The decimal digits of `range` as a number (other bytes skipped).
    public func integer(_ range: Range<Int>) -> UInt32 {
        literal.withUTF8Buffer { bytes in
            var value: UInt32 = 0
            for index in clamped(range, bytes.count) where bytes[index] &- 48 < 10 {
                value = value &* 10 &+ UInt32(bytes[index] &- 48)
            }
            return value
        }
    }

    /// Comma-separated decimal numbers in `range` ("3818,26539"), appended to `values`.
    public func integers(_ range: Range<Int>, into values: inout [UInt32]) {
        literal.withUTF8Buffer { bytes in
            let range = clamped(range, bytes.count)
            guard !range.isEmpty else { return }
            var value: UInt32 = 0
            for index in range {
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") {
                    values.append(value)
                    value = 0
                } else if byte &- 48 < 10 {
                    value = value &* 10 &+ UInt32(byte &- 48)
                }
            }
            values.append(value)
        }
    }

    /// A decimal as a generator writes it ("-97.5164").
    public func decimal(_ range: Range<Int>) -> Double {
        literal.withUTF8Buffer { bytes in
            var value = 0.0
            var scale = 1.0
            var negative = false
            var fraction = false
            for index in clamped(range, bytes.count) {
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
    }

    /// Space-separated 64-bit hexadecimal numbers in `range`, appended to `values`.
    public func hexadecimals(_ range: Range<Int>, into values: inout [UInt64]) {
        literal.withUTF8Buffer { bytes in
            var value: UInt64 = 0
            var digits = 0
            for index in clamped(range, bytes.count) {
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
    }

    public func string(_ range: Range<Int>) -> String {
        literal.withUTF8Buffer { String(decoding: UnsafeBufferPointer(rebasing: $0[clamped(range, $0.count)]), as: UTF8.self) }
    }

    /// Whether the bytes in `range` spell `ascii` ("ADM1").
    public func equals(_ range: Range<Int>, _ ascii: StaticString) -> Bool {
        guard range.count == ascii.utf8CodeUnitCount else { return false }
        return literal.withUTF8Buffer { bytes in
            ascii.withUTF8Buffer { expected in
                let range = clamped(range, bytes.count)
                guard range.count == expected.count else { return false }
                for offset in 0..<range.count where bytes[range.lowerBound + offset] != expected[offset] { return false }
                return true
            }
        }
    }

    @inline(__always)
    private func clamped(_ range: Range<Int>, _ count: Int) -> Range<Int> {
        range.clamped(to: 0..<count)
    }
}
