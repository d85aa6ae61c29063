/// The tagger's weights: for each feature hash kept after training, a weight per tag (only the non-zero
/// ones are stored). An open-addressing table of the features' high 32 bits points into one flat array of
/// weights, so scoring a feature is one probe and a few adds. A feature the table lacks (most of a
/// sentence's, for rare words) costs one probe; a 32-bit key taken for another is about n / 2³² likely.
public struct NameTagModel: Sendable {
    /// Per slot: the feature's high 32 bits (0 = empty) in the high half; where its weights start in
    /// `weights` (bits 8–31) and which tags they are for (bits 0–7, bit t = tag t). One word per slot, so
    /// a probe touches one cache line.
    private var slots: [UInt64]
    private var weights: [Int16]
    private var shift: UInt32
    /// The real weight of one unit of `weights` (they were scaled to fit 16 bits).
    public let scale: Float
    public private(set) var featureCount: Int

    /// An empty model (every token outside a name).
    public init() { self.init(scale: 1, capacity: 0) }

    init(scale: Float, capacity: Int) {
        var slots = 16
        while slots < capacity * 2 { slots *= 2 }
        self.slots = Array(repeating: 0, count: slots)
        weights = []
        weights.reserveCapacity(capacity * 3)
        shift = UInt32(32 - slots.trailingZeroBitCount)
        self.scale = scale
        featureCount = 0
    }

    @inline(__always) static func key(_ feature: UInt64) -> UInt32 { max(1, UInt32(truncatingIfNeeded: feature >> 32)) }

    @inline(__always) private func firstSlot(_ key: UInt32) -> Int { Int((key &* 0x9E37_79B9) >> shift) }

    /// Adds a feature's weights (`values` in tag order, only those whose bit is set in `mask`).
    mutating func insert(key: UInt32, mask: UInt8, values: some Sequence<Int16>) {
        let slotMask = slots.count - 1
        var slot = firstSlot(key)
        while slots[slot] != 0 {
            if UInt32(truncatingIfNeeded: slots[slot] >> 32) == key { return }  // a 32-bit collision: the first stays
            slot = (slot + 1) & slotMask
        }
        slots[slot] = UInt64(key) << 32 | UInt64(weights.count) << 8 | UInt64(mask)
        weights.append(contentsOf: values)
        featureCount += 1
    }

    /// Adds the weights of `feature` to `scores` (one per tag).
    @inline(__always)
    func accumulate(_ feature: UInt64, into scores: inout (Int32, Int32, Int32, Int32, Int32, Int32, Int32)) {
        let key = Self.key(feature)
        let slotMask = slots.count - 1
        var slot = firstSlot(key)
        var stored: UInt64
        while true {
            stored = slots[slot]
            if stored == 0 { return }
            if UInt32(truncatingIfNeeded: stored >> 32) == key { break }
            slot = (slot + 1) & slotMask
        }
        var mask = UInt8(truncatingIfNeeded: stored)
        var position = Int(truncatingIfNeeded: (stored >> 8) & 0xFF_FFFF)
        while mask != 0 {
            let tag = mask.trailingZeroBitCount
            let value = Int32(weights[position])
            switch tag {
            case 0: scores.0 &+= value
            case 1: scores.1 &+= value
            case 2: scores.2 &+= value
            case 3: scores.3 &+= value
            case 4: scores.4 &+= value
            case 5: scores.5 &+= value
            default: scores.6 &+= value
            }
            position += 1
            mask &= mask - 1
        }
    }

    /// Bytes of the tables in memory.
    public var residentBytes: Int { slots.count * 8 + weights.count * 2 }
}
