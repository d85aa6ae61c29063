/// The tagger's weights: for each feature hash kept after training, a weight per tag (only the non-zero
/// ones are stored). An open-addressing table of the features' high 32 bits points into one flat array of
/// weights, so scoring a feature is one probe and a few adds. A feature the table lacks (most of a
/// sentence's, for rare words) costs one probe; a 32-bit key taken for another is about n / 2³² likely.
public struct NameTagModel: Sendable {
    /// Per slot: the feature's high 32 bits (0 = empty).
    private var keys: [UInt32]
    /// Per slot: where its weights start in `weights`, and which tags they are for (bit t = tag t).
    private var starts: [UInt32]
    private var masks: [UInt8]
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
        keys = Array(repeating: 0, count: slots)
        starts = Array(repeating: 0, count: slots)
        masks = Array(repeating: 0, count: slots)
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
        let slotMask = keys.count - 1
        var slot = firstSlot(key)
        while keys[slot] != 0 {
            if keys[slot] == key { return }  // a 32-bit collision in training: the first one stays
            slot = (slot + 1) & slotMask
        }
        keys[slot] = key
        starts[slot] = UInt32(weights.count)
        masks[slot] = mask
        weights.append(contentsOf: values)
        featureCount += 1
    }

    /// Adds the weights of `feature` to `scores` (one per tag).
    @inline(__always)
    func accumulate(_ feature: UInt64, into scores: inout (Int32, Int32, Int32, Int32, Int32, Int32, Int32)) {
        let key = Self.key(feature)
        let slotMask = keys.count - 1
        var slot = firstSlot(key)
        while true {
            let stored = keys[slot]
            if stored == 0 { return }
            if stored == key { break }
            slot = (slot + 1) & slotMask
        }
        var mask = masks[slot]
        var position = Int(starts[slot])
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
    public var residentBytes: Int { keys.count * 9 + weights.count * 2 }
}
