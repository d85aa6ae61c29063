/// A growing byte buffer for writers that append many small pieces. A record line appends ~600 keys,
/// ~1,500 numbers and ~400 strings per 7 KB article, and `Array<UInt8>`'s append costs a uniqueness check,
/// a capacity check and, for a run of bytes, its generic copy (~120 instructions for an 8-byte key under
/// callgrind); here a byte is a capacity check and a store, a run one `memcpy`. Non-copyable, so the buffer
/// has one owner: no reference count, no copy on write.
public struct ByteSink: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written.
    public private(set) var count = 0

    public init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written, as an array (one copy).
    public var bytes: [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0 { buffer.baseAddress!.initialize(from: base, count: count) }
            initialized = count
        }
    }

    @inline(__always)
    public mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count &+ 1) }
        base[count] = byte
        count &+= 1
    }

    /// Appends the bytes in one copy.
    @inline(__always)
    public mutating func append(_ bytes: Span<UInt8>) {
        let length = bytes.count
        guard length > 0 else { return }
        if length > capacity &- count { grow(toHold: count &+ length) }
        let target = base + count
        bytes.withUnsafeBufferPointer { target.initialize(from: $0.baseAddress!, count: length) }
        count &+= length
    }

    /// Appends a literal's UTF-8 ("null", "true").
    @inline(__always)
    public mutating func append(_ literal: StaticString) {
        let length = literal.utf8CodeUnitCount
        if length > capacity &- count { grow(toHold: count &+ length) }
        (base + count).initialize(from: literal.utf8Start, count: length)
        count &+= length
    }

    /// Appends `byte` `times` times (indentation).
    public mutating func append(_ byte: UInt8, times: Int) {
        guard times > 0 else { return }
        if times > capacity &- count { grow(toHold: count &+ times) }
        (base + count).initialize(repeating: byte, count: times)
        count &+= times
    }

    /// Appends the decimal digits of `value` (as `String(value)` writes them).
    public mutating func appendDecimal(_ value: Int64) {
        if value >= 0, value < 10 { return append(UInt8(ascii: "0") &+ UInt8(value)) }
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits = 1
        var power: UInt64 = 10
        // An Int64's magnitude is below 10^19, so `power` stays within UInt64.
        while magnitude >= power {
            digits &+= 1
            power &*= 10
        }
        if digits > capacity &- count { grow(toHold: count &+ digits) }
        var position = count &+ digits
        repeat {
            position &-= 1
            base[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        count &+= digits
    }

    @inline(never)
    private mutating func grow(toHold needed: Int) {
        let newCapacity = max(needed, capacity &* 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
