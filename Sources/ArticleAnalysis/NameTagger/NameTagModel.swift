/// The tagger's weights: for each feature hash kept after training, a weight per tag (only the non-zero
/// ones are in the model file). An open-addressing table of the features' high 32 bits points into one
/// flat array of weight rows, eight 16-bit weights per feature (zero for a tag the file lacks), so scoring a
/// feature is one probe and one vector add rather than a loop over its tags. A feature the table lacks
/// (most of a sentence's, for rare words) costs one probe; a 32-bit key taken for another is about n / 2³²
/// likely.
///
/// A row is kept as four 32-bit lanes, lane k holding tag 2k's weight in its low half and tag 2k+1's in its
/// high half, so that widening it to 32-bit sums is two shifts per half (`packedWeights`): the even tags
/// come out in lanes 0–3 and the odd ones in lanes 4–7 (`lane(of:)`), the order the tagger sums in.
public struct NameTagModel: Sendable {
    /// Per slot: the feature's high 32 bits (0 = empty) in the high half; its row in `rows` (bits 8–31)
    /// and which tags have a weight (bits 0–7, bit t = tag t). One word per slot, so a probe touches one
    /// cache line.
    private var slots: [UInt64]
    /// Per feature, its weights for tags 2k and 2k+1 in lane k (low and high 16 bits; tag 7 unused).
    private var rows: [SIMD4<Int32>]
    private var shift: UInt32
    /// `slots.count - 1`, kept so a probe does not read the array's count.
    private var slotMask: Int
    /// The real weight of one unit in `rows` (the weights were scaled to fit 16 bits).
    public let scale: Float
    public private(set) var featureCount: Int

    /// An empty model (every token outside a name).
    public init() { self.init(scale: 1, capacity: 0) }

    init(scale: Float, capacity: Int) {
        var slots = 16
        while slots < capacity * 2 { slots *= 2 }
        self.slots = Array(repeating: 0, count: slots)
        rows = []
        rows.reserveCapacity(capacity)
        shift = UInt32(32 - slots.trailingZeroBitCount)
        slotMask = slots - 1
        self.scale = scale
        featureCount = 0
    }

    @inline(__always) static func key(_ feature: UInt64) -> UInt32 { max(1, UInt32(truncatingIfNeeded: feature >> 32)) }

    @inline(__always) private func firstSlot(_ key: UInt32) -> Int { Int((key &* 0x9E37_79B9) &>> shift) }

    /// Adds a feature's weight row (lane t for tag t; `mask` says which tags have a weight).
    mutating func insert(key: UInt32, row: SIMD8<Int16>, mask: UInt8) {
        let slotMask = slots.count - 1
        var slot = firstSlot(key)
        while slots[slot] != 0 {
            if UInt32(truncatingIfNeeded: slots[slot] >> 32) == key { return }  // a 32-bit collision: the first stays
            slot = (slot + 1) & slotMask
        }
        slots[slot] = UInt64(key) << 32 | UInt64(rows.count) << 8 | UInt64(mask)
        var packed = SIMD4<Int32>()
        for pair in 0..<4 {
            packed[pair] = Int32(UInt16(bitPattern: row[2 * pair])) | Int32(row[2 * pair + 1]) << 16
        }
        rows.append(packed)
        featureCount += 1
    }

    /// Adds the weights of `feature` to `scores` (lane t for tag t; wrapping, so the order of adds never
    /// matters).
    @inline(__always)
    func accumulate(_ feature: UInt64, into scores: inout SIMD8<Int32>) {
        scores &+= weights(of: feature)
    }

    /// The weights of `feature`, lane t for tag t (zero for a feature the table lacks).
    @inline(__always)
    func weights(of feature: UInt64) -> SIMD8<Int32> {
        let lanes = packedWeights(of: feature)
        return SIMD8(lanes[0], lanes[4], lanes[1], lanes[5], lanes[2], lanes[6], lanes[3], lanes[7])
    }

    /// The lane of `packedWeights` that holds tag `tag`'s weight: the even tags in lanes 0–3, the odd ones in 4–7.
    @inline(__always) static func lane(of tag: NameTag) -> Int { Int(tag.rawValue >> 1) | Int(tag.rawValue & 1) << 2 }

    /// The weights of `feature` in the row's own order (`lane(of:)`; zero for a feature the table lacks): sums
    /// of these come out the same as sums of `weights(of:)`, lanes moved.
    @inline(__always)
    func packedWeights(of feature: UInt64) -> SIMD8<Int32> {
        let key = Self.key(feature)
        var slot = firstSlot(key)
        var stored: UInt64
        while true {
            stored = slots[slot]
            if stored == 0 { return .zero }
            if UInt32(truncatingIfNeeded: stored >> 32) == key { break }
            slot = (slot + 1) & slotMask
        }
        let packed = rows[Int(truncatingIfNeeded: (stored >> 8) & 0xFF_FFFF)]
        return SIMD8(lowHalf: (packed &<< 16) &>> 16, highHalf: packed &>> 16)
    }

    /// Adds the weights of `feature` to `scores` (one per tag).
    func accumulate(_ feature: UInt64, into scores: inout (Int32, Int32, Int32, Int32, Int32, Int32, Int32)) {
        var lanes = SIMD8<Int32>()
        accumulate(feature, into: &lanes)
        scores.0 &+= lanes[0]
        scores.1 &+= lanes[1]
        scores.2 &+= lanes[2]
        scores.3 &+= lanes[3]
        scores.4 &+= lanes[4]
        scores.5 &+= lanes[5]
        scores.6 &+= lanes[6]
    }

    /// Bytes of the tables in memory.
    public var residentBytes: Int { slots.count * 8 + rows.count * MemoryLayout<SIMD4<Int32>>.stride }
}
