/// The bytes of a generated table compiled into the binary as a `StaticString` literal (the place gazetteer's
/// rows), read in place by index: never copied into a `String`, and no pointer leaves the token and table
/// layer. Readers walk it byte by byte and make a `String` only for the few fields an article shows.
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

    public func string(_ range: Range<Int>) -> String {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "a table field out of bounds")
        return literal.withUTF8Buffer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Whether the bytes in `range` spell `ascii` ("ADM1").
    public func equals(_ range: Range<Int>, _ ascii: StaticString) -> Bool {
        guard range.count == ascii.utf8CodeUnitCount else { return false }
        return ascii.withUTF8Buffer { expected in
            for offset in 0..<range.count where self[range.lowerBound + offset] != expected[offset] { return false }
            return true
        }
    }
}
