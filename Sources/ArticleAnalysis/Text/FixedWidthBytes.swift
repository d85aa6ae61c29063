/// The index file's byte work (issue 17 keeps pointer code in `Text/`): integers and integer columns
/// written as the bytes they are in memory, and read back from a `Span` at any offset. Every read checks
/// its bounds once, for the whole value or column, never per byte.
extension Array where Element == UInt8 {
    /// Appends `value` as its little-endian bytes.
    @inline(__always)
    mutating func append<Value: FixedWidthInteger>(littleEndian value: Value) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    /// Appends the in-memory bytes of `values` (native byte order) in one copy.
    @inline(__always)
    mutating func append<Value: BitwiseCopyable>(memoryOf values: [Value]) {
        values.withUnsafeBytes { append(contentsOf: $0) }
    }
}

extension Array where Element: BitwiseCopyable {
    /// The elements whose in-memory bytes (native byte order) are `bytes`, with room for `capacity`;
    /// `bytes.count` must be a whole number of elements.
    init(copyingMemoryOf bytes: Span<UInt8>, reservingCapacity capacity: Int = 0) {
        let count = bytes.count / MemoryLayout<Element>.stride
        precondition(count * MemoryLayout<Element>.stride == bytes.count, "bytes that are not a whole number of elements")
        self.init(unsafeUninitializedCapacity: Swift.max(count, capacity)) { buffer, initialized in
            bytes.withUnsafeBytes { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: $0) }
            initialized = count
        }
    }
}

extension Span where Element == UInt8 {
    /// The integer whose bytes (native byte order, any alignment) start at `offset`; a read past the end
    /// stops the program.
    @inline(__always)
    func loadInteger<Value: FixedWidthInteger & BitwiseCopyable>(at offset: Int, as type: Value.Type) -> Value {
        precondition(offset >= 0 && offset <= count &- MemoryLayout<Value>.size, "an integer read past the bytes")
        return withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Value.self) }
    }
}
