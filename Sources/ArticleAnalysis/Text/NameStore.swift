/// The file names of the index's articles in one byte arena: a 1-byte length per name and a 4-byte
/// offset every 16 names, 1.25 bytes of bookkeeping per article instead of a 4-byte offset each (the
/// difference is 2.75 MB per million, which is what kept the index under 200 MB with 39-byte names).
/// Names are at most 255 bytes, the Linux `NAME_MAX`; a longer one is cut at a character boundary.
struct NameStore {
    static let stride = 16
    private(set) var lengths: [UInt8] = []
    /// Offset in `bytes` of the names at positions 0, 16, 32, …
    private var checkpoints: [UInt32] = []
    private(set) var bytes: [UInt8] = []

    var count: Int { lengths.count }

    mutating func append(_ name: String) {
        var utf8 = Array(name.utf8)
        if utf8.count > 255 {
            var end = 255
            while end > 0, utf8[end] & 0xC0 == 0x80 { end -= 1 }  // the first byte left out continues a character
            utf8.removeSubrange(end...)
        }
        if lengths.count % Self.stride == 0 { checkpoints.append(UInt32(bytes.count)) }
        lengths.append(UInt8(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    /// Offset of the name at `position`; `count` (one past the last) is the end of the arena, which
    /// has no checkpoint of its own when `count` is a multiple of the stride (an empty store included).
    func start(at position: Int) -> Int {
        if position == count { return bytes.count }
        let base = position / Self.stride * Self.stride
        var offset = Int(checkpoints[position / Self.stride])
        for index in base..<position { offset += Int(lengths[index]) }
        return offset
    }

    func name(at position: Int) -> String {
        let start = start(at: position)
        return String(decoding: bytes[start..<(start + Int(lengths[position]))], as: UTF8.self)
    }

    /// Forgets the first `count` names.
    mutating func removeFirst(_ count: Int) {
        guard count > 0 else { return }
        bytes.removeFirst(start(at: count))
        lengths.removeFirst(count)
        rebuildCheckpoints()
    }

    mutating func reserveCapacity(_ names: Int) {
        let average = lengths.isEmpty ? 40 : (bytes.count + lengths.count - 1) / lengths.count
        lengths.reserveCapacity(names)
        checkpoints.reserveCapacity(names / Self.stride + 1)
        bytes.reserveCapacity(names * average)
    }

    var allocatedBytes: Int { lengths.capacity + checkpoints.capacity * 4 + bytes.capacity }

    /// The names from `position` on, as the index file stores them: lengths, then bytes.
    func serialized(from position: Int, into out: inout [UInt8]) {
        lengths[position...].withUnsafeBytes { out.append(contentsOf: $0) }
        bytes[start(at: position)...].withUnsafeBytes { out.append(contentsOf: $0) }
    }

    func byteCount(from position: Int) -> Int { position == count ? 0 : bytes.count - start(at: position) }

    /// Restores the store from the file's lengths and bytes; nil when they disagree.
    init?(lengths: [UInt8], bytes: [UInt8]) {
        guard lengths.reduce(0, { $0 + Int($1) }) == bytes.count else { return nil }
        self.lengths = lengths
        self.bytes = bytes
        rebuildCheckpoints()
    }

    init() {}

    private mutating func rebuildCheckpoints() {
        checkpoints.removeAll(keepingCapacity: true)
        var offset = 0
        for (index, length) in lengths.enumerated() {
            if index % Self.stride == 0 { checkpoints.append(UInt32(offset)) }
            offset += Int(length)
        }
    }
}
