/// A fast 64-bit checksum of the index file, to catch truncation and bit rot at start-up (not an attacker:
/// the file is the daemon's own). Four independent lanes of 64-bit multiply-rotate rounds over 32-byte
/// blocks, in the manner of xxHash64, so a 200 MB index verifies in well under a second; SHA-256 here
/// took several times longer for no gain in this role.
enum IndexChecksum {
    private static let prime1: UInt64 = 0x9e37_79b1_85eb_ca87
    private static let prime2: UInt64 = 0xc2b2_ae3d_27d4_eb4f

    static func checksum(_ span: Span<UInt8>) -> UInt64 {
        span.withUnsafeBytes(checksum)
    }

    private static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (prime1, prime2, ~prime1, ~prime2)
        let blocks = bytes.count / 32
        for block in 0..<blocks {
            let base = block * 32
            lanes.0 = round(lanes.0, bytes.loadUnaligned(fromByteOffset: base, as: UInt64.self))
            lanes.1 = round(lanes.1, bytes.loadUnaligned(fromByteOffset: base + 8, as: UInt64.self))
            lanes.2 = round(lanes.2, bytes.loadUnaligned(fromByteOffset: base + 16, as: UInt64.self))
            lanes.3 = round(lanes.3, bytes.loadUnaligned(fromByteOffset: base + 24, as: UInt64.self))
        }
        var hash = UInt64(bytes.count)
        for lane in [lanes.0, lanes.1, lanes.2, lanes.3] { hash = Mix64.combine(hash, lane) }
        for index in (blocks * 32)..<bytes.count { hash = Mix64.combine(hash, UInt64(bytes[index])) }
        return Mix64.finalize(hash)
    }

    @inline(__always) private static func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = lane &+ word &* prime2
        return ((mixed << 31) | (mixed >> 33)) &* prime1
    }
}
