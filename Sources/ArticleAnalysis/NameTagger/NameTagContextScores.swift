/// The summed weights of a group of a token's features that read its context rather than its words (the
/// shapes around it; its casing, dictionary and GeoNames matches), kept per distinct context for one
/// document (`NameTagFeatureSink.add(context:_:)`). A news article repeats a few contexts ("Xx" between
/// lower-case words, outside any dictionary name) hundreds of times, so the tagger hashes and looks up a
/// group's features once per context and adds the sum after that. The sums are wrapping integer adds of
/// the same weights, so scores come out exactly as when every feature is looked up; the whole context is
/// the key (no hash stands for it), so two contexts never share a sum.
struct NameTagContextScores {
    /// Open addressing by `hash(of:)`: per slot, the index into `keys` and `sums`, or -1 (empty).
    private var slots: [Int32]
    private var keys: [SIMD8<UInt64>] = []
    private var sums: [SIMD8<Int32>] = []
    /// `slots.count - 1`, kept so that a probe does not read the array's count; -1: nothing kept.
    private var mask = -1

    /// Nothing kept: every group is looked up feature by feature.
    init() { slots = [] }

    /// Room for `capacity` contexts before the table grows.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        keys.reserveCapacity(capacity)
        sums.reserveCapacity(capacity)
    }

    /// Whether sums are kept at all.
    var isEnabled: Bool { mask >= 0 }

    /// The contexts with a sum kept.
    var count: Int { keys.count }

    /// The sum kept for `key`, or the slot where it goes.
    @inline(__always)
    func find(_ key: SIMD8<UInt64>) -> (sum: SIMD8<Int32>?, slot: Int) {
        var slot = Int(truncatingIfNeeded: Self.hash(of: key)) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return (nil, slot) }
            if Self.equal(keys[index], key) { return (sums[index], slot) }
            slot = (slot + 1) & mask
        }
    }

    /// `a == b`, as four vector XORs and ORs folded to one word (`==` on the vectors compares lane by lane
    /// through memory).
    @inline(__always)
    private static func equal(_ a: SIMD8<UInt64>, _ b: SIMD8<UInt64>) -> Bool {
        let difference = a ^ b
        let half = difference.lowHalf | difference.highHalf
        let quarter = half.lowHalf | half.highHalf
        return quarter[0] | quarter[1] == 0
    }

    /// Keeps `sum` for `key` at the empty `slot` `find` gave.
    mutating func insert(_ key: SIMD8<UInt64>, _ sum: SIMD8<Int32>, at slot: Int) {
        slots[slot] = Int32(keys.count)
        keys.append(key)
        sums.append(sum)
        if keys.count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for (index, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: Self.hash(of: key)) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    @inline(__always)
    private static func hash(of key: SIMD8<UInt64>) -> UInt64 {
        var hash: UInt64 = 0
        for lane in 0..<8 { hash = (hash ^ key[lane]) &* 0x9E37_79B9_7F4A_7C15 }
        return Mix64.finalize(hash)
    }
}
