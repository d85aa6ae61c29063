/// Fixed 64-bit mixing functions. The fingerprint must be the same on every machine and in every run (it
/// is written into the results log and compared months later), so Swift's per-process seeded `Hasher`
/// cannot be used here.
enum Mix64 {
    /// MurmurHash3's 64-bit finaliser: every input bit flips about half of the output bits.
    @inline(__always) static func finalize(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x &*= 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return x
    }

    /// Order-sensitive combination of two hashes ("a b" and "b a" differ).
    @inline(__always) static func combine(_ seed: UInt64, _ value: UInt64) -> UInt64 {
        finalize(seed &* 0x9e37_79b9_7f4a_7c15 ^ value)
    }
}
