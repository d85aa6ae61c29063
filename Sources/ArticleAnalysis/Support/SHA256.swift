/// SHA-256 (FIPS 180-4) without a crypto package or OpenSSL. Every article's id is this digest of its bytes, so
/// it runs once per file on the daemon's path: the blocks go through the processor's SHA extensions where it has
/// them (`SHA256Interop`, ~15x fewer instructions), else through the portable Swift below; whole blocks are read
/// in place from the input (no copy of the file to pad it), and only the last one or two blocks are padded in a
/// small buffer. Both paths are checked against known digests and against each other in the tests.
public enum SHA256 {
    private static let roundConstants: InlineArray<64, UInt32> = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    private static let initialState: InlineArray<8, UInt32> = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]

    public static func digest(of bytes: [UInt8]) -> [UInt8] {
        digest(of: bytes, hardware: SHA256Interop.isAvailable)
    }

    /// `digest(of:)` on the path chosen (tests compare both).
    static func digest(of bytes: [UInt8], hardware: Bool) -> [UInt8] {
        let state = hash(bytes.span, hardware: hardware)
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for index in 0..<8 {
            let word = state[index]
            out.append(UInt8(truncatingIfNeeded: word >> 24))
            out.append(UInt8(truncatingIfNeeded: word >> 16))
            out.append(UInt8(truncatingIfNeeded: word >> 8))
            out.append(UInt8(truncatingIfNeeded: word))
        }
        return out
    }

    public static func hexDigest(of bytes: [UInt8]) -> String {
        let state = hash(bytes.span, hardware: SHA256Interop.isAvailable)
        let digits: InlineArray<16, UInt8> = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102]
        var hex = [UInt8](repeating: 0, count: 64)
        for index in 0..<64 {
            hex[index] = digits[Int(state[index >> 3] >> UInt32(28 - (index & 7) * 4) & 0xF)]
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// The final state: the whole blocks read in place, then the tail with its padding and length.
    private static func hash(_ bytes: Span<UInt8>, hardware: Bool) -> InlineArray<8, UInt32> {
        var state = initialState
        let whole = bytes.count & ~63
        compress(bytes, blocks: whole / 64, hardware: hardware, state: &state)
        // The tail, the 0x80 marker, zeros and the 64-bit bit length: one block, or two when the tail leaves
        // fewer than 9 bytes free.
        var tail = InlineArray<128, UInt8>(repeating: 0)
        let tailCount = bytes.count - whole
        for index in 0..<tailCount { tail[index] = bytes[whole + index] }
        tail[tailCount] = 0x80
        let blocks = tailCount < 56 ? 64 : 128
        let bitLength = UInt64(bytes.count) &* 8
        for index in 0..<8 { tail[blocks - 1 - index] = UInt8(truncatingIfNeeded: bitLength >> UInt64(index * 8)) }
        compress(tail.span, blocks: blocks / 64, hardware: hardware, state: &state)
        return state
    }

    private static func compress(_ bytes: Span<UInt8>, blocks: Int, hardware: Bool, state: inout InlineArray<8, UInt32>) {
        if hardware { return SHA256Interop.compress(bytes, blocks: blocks, state: &state) }
        let constants = roundConstants
        for block in 0..<blocks { compress(bytes, at: block * 64, constants: constants, state: &state) }
    }

    /// One 64-byte block at `start`; the schedule is a 16-word window, each word computed as its round needs it.
    @inline(__always)
    private static func compress(
        _ block: Span<UInt8>, at start: Int, constants k: InlineArray<64, UInt32>, state: inout InlineArray<8, UInt32>
    ) {
        precondition(start >= 0 && start + 64 <= block.count)
        var w = InlineArray<16, UInt32>(repeating: 0)
        for i in 0..<16 {
            let base = start + i * 4
            w[i] = UInt32(block[base]) << 24 | UInt32(block[base + 1]) << 16 | UInt32(block[base + 2]) << 8
                | UInt32(block[base + 3])
        }
        var a = state[0], b = state[1], c = state[2], d = state[3]
        var e = state[4], f = state[5], g = state[6], h = state[7]
        for i in 0..<64 {
            let word: UInt32
            if i < 16 {
                word = w[i]
            } else {
                let w15 = w[(i - 15) & 15], w2 = w[(i - 2) & 15]
                let s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >> 3)
                let s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >> 10)
                word = w[i & 15] &+ s0 &+ w[(i - 7) & 15] &+ s1
                w[i & 15] = word
            }
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let choice = (e & f) ^ (~e & g)
            let t1 = h &+ s1 &+ choice &+ k[i] &+ word
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ majority
            h = g; g = f; f = e; e = d &+ t1
            d = c; c = b; b = a; a = t1 &+ t2
        }
        state[0] &+= a; state[1] &+= b; state[2] &+= c; state[3] &+= d
        state[4] &+= e; state[5] &+= f; state[6] &+= g; state[7] &+= h
    }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
