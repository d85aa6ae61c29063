/// The few byte operations a `Span` does not offer yet, for code outside the token and table layer that reads
/// bytes through `Span<UInt8>` (issue 17 keeps pointer code in `Text/` and the C interop files): a String
/// from UTF-8 bytes, bytes appended to an array, and an unaligned 8-byte load for word-at-a-time scans.
extension String {
    /// The bytes as UTF-8, invalid sequences replaced by U+FFFD (what `String(decoding:as:)` does).
    @inline(__always)
    init(utf8Bytes bytes: Span<UInt8>) {
        self = bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }
}

extension Array where Element == UInt8 {
    /// Appends the bytes in one copy.
    @inline(__always)
    mutating func append(bytes: Span<UInt8>) {
        bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
    }
}

extension Span where Element == UInt8 {
    /// The 8 bytes from `offset` as a little-endian `UInt64` (bounds-checked: a load past the end stops the
    /// program; callers check `offset + 8 <= count` first).
    @inline(__always)
    func word64(at offset: Int) -> UInt64 {
        precondition(offset >= 0 && offset <= count &- 8, "an 8-byte load past the bytes")
        return withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress!).loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
    }

    /// From `start`, steps over whole 8-byte words (little-endian) while `passes` holds for each, and returns
    /// the offset of the first word that fails, or of the last fewer-than-8 bytes. One bounds check for the
    /// whole run instead of one per word: the inner loop of the JSON writer's and the UTF-8 census's scans.
    @inline(__always)
    func skippingWords(from start: Int, while passes: (UInt64) -> Bool) -> Int {
        precondition(start >= 0 && start <= count, "a scan starting outside the bytes")
        return withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return start }
            let raw = UnsafeRawPointer(base)
            var index = start
            while index &+ 8 <= buffer.count, passes(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { index &+= 8 }
            return index
        }
    }

    /// The first offset in `start..<end` holding `byte`, or `end` (`start` when `start >= end`), eight
    /// bytes at a time: XOR makes the wanted byte zero, and the lowest byte the zero test flags is always a
    /// real zero. One bounds check for the whole scan (the HTML condenser's search for `<`, quotes and
    /// `</script`).
    @inline(__always)
    func firstOffset(of byte: UInt8, from start: Int, to end: Int) -> Int {
        precondition(start >= 0 && end <= count, "a scan outside the bytes")
        guard start < end else { return start }
        return withUnsafeBufferPointer { buffer in
            let raw = UnsafeRawPointer(buffer.baseAddress!)
            let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
            var index = start
            while index &+ 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ pattern
                let zero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                if zero != 0 { return index &+ zero.trailingZeroBitCount >> 3 }
                index &+= 8
            }
            while index < end, buffer[index] != byte { index &+= 1 }
            return index
        }
    }

    /// The first offset in `start..<end` holding `byte` or `other`, or `end` (`start` when `start >= end`),
    /// eight bytes at a time as `firstOffset(of:from:to:)`: each zero test's lowest flag is a real match, so
    /// the lower of the two is the first. The JSON reader's step over a string to its quote or backslash.
    @inline(__always)
    func firstOffset(of byte: UInt8, or other: UInt8, from start: Int, to end: Int) -> Int {
        precondition(start >= 0 && end <= count, "a scan outside the bytes")
        guard start < end else { return start }
        return withUnsafeBufferPointer { buffer in
            let raw = UnsafeRawPointer(buffer.baseAddress!)
            let first = UInt64(byte) &* 0x0101_0101_0101_0101, second = UInt64(other) &* 0x0101_0101_0101_0101
            var index = start
            while index &+ 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let one = word ^ first, two = word ^ second
                let zero = ((one &- 0x0101_0101_0101_0101) & ~one | (two &- 0x0101_0101_0101_0101) & ~two) & 0x8080_8080_8080_8080
                if zero != 0 { return index &+ zero.trailingZeroBitCount >> 3 }
                index &+= 8
            }
            while index < end, buffer[index] != byte, buffer[index] != other { index &+= 1 }
            return index
        }
    }

    /// Calls `body` with each byte in order until it returns false: one bounds check for the whole walk
    /// (the HTML outliner's and the metadata captures' whitespace folding of libxml2's text runs).
    @inline(__always)
    func forEachByte(_ body: (UInt8) -> Bool) {
        withUnsafeBufferPointer { buffer in
            for byte in buffer where !body(byte) { return }
        }
    }

    /// From `start`, steps over the bytes whose entry in `table` (one per byte value) is true; returns the
    /// first offset whose byte's entry is false, or `count`. One bounds check per run instead of two per byte.
    @inline(__always)
    func skippingBytes(from start: Int, in table: Span<Bool>) -> Int {
        precondition(start >= 0 && start <= count && table.count == 256, "a scan starting outside the bytes")
        return withUnsafeBufferPointer { bytes in
            table.withUnsafeBufferPointer { table in
                var index = start
                while index < bytes.count, table[Int(bytes[index])] { index &+= 1 }
                return index
            }
        }
    }
}

extension String {
    /// A String written byte by byte straight into its own storage (no array in between, no second copy):
    /// `body` appends at most `capacity` UTF-8 bytes to the `OutputSpan` (appending past it stops the
    /// program). Invalid UTF-8 is repaired as `String(decoding:as:)` would.
    @inline(__always)
    init(utf8Capacity capacity: Int, writing body: (inout OutputSpan<UInt8>) -> Void) {
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var output = OutputSpan(buffer: buffer, initializedCount: 0)
            body(&output)
            return output.finalize(for: buffer)
        }
    }
}

extension OutputSpan where Element == UInt8 {
    /// Appends the bytes in one copy; more bytes than the free capacity stops the program.
    @inline(__always)
    mutating func append(copying bytes: Span<UInt8>) {
        guard !bytes.isEmpty else { return }
        precondition(bytes.count <= freeCapacity, "more bytes than the output has room for")
        withUnsafeMutableBufferPointer { buffer, initialized in
            bytes.withUnsafeBufferPointer { source in
                (buffer.baseAddress! + initialized).update(from: source.baseAddress!, count: source.count)
            }
            initialized += bytes.count
        }
    }
}

extension Span where Element == UInt8 {
    /// Whether the bytes from `index` on begin with `prefix`.
    func hasPrefix(_ prefix: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + prefix.count <= count else { return false }
        for offset in prefix.indices where self[index + offset] != prefix[offset] { return false }
        return true
    }

    /// The last position in `range` holding `byte`, or nil.
    func lastIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
        var index = range.upperBound
        while index > range.lowerBound {
            index -= 1
            if self[index] == byte { return index }
        }
        return nil
    }

    /// Whether every byte in `range` passes `test`.
    func allSatisfy(in range: Range<Int>, _ test: (UInt8) -> Bool) -> Bool {
        for index in range where !test(self[index]) { return false }
        return true
    }
}
