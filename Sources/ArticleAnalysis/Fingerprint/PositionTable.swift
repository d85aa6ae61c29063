/// An open-addressing hash table (linear probing) of article positions, 4 bytes a slot: the index's only
/// per-band cost. A slot packs the position (24 bits) with an 8-bit tag of the key's hash, so a probe
/// rarely has to read the article's signature to reject a slot. Keys are not stored; the caller recomputes
/// them from the article, which keeps the table small. Positions below `firstLive` are evicted articles:
/// probes step over them and the index rebuilds the table before they crowd it.
struct PositionTable {
    /// Positions must stay below this (24 bits; the all-ones slot means empty).
    static let positionLimit = (1 << 24) - 1
    private static let empty = UInt32.max

    private(set) var slots: [UInt32]
    /// Occupied slots, evicted ones included.
    private(set) var occupied = 0

    init(capacity: Int) {
        slots = [UInt32](repeating: Self.empty, count: max(capacity, 8))
    }

    var capacity: Int { slots.count }

    mutating func insert(position: Int, hash: UInt64) {
        let entry = UInt32(position) << 8 | UInt32(hash & 0xFF)
        var slot = home(of: hash)
        slots.withUnsafeMutableBufferPointer { buffer in
            while buffer[slot] != Self.empty {
                slot += 1
                if slot == buffer.count { slot = 0 }
            }
            buffer[slot] = entry
        }
        occupied += 1
    }

    /// Calls `visit` with each live position whose tag matches `hash`, in probe order.
    func forEachCandidate(hash: UInt64, firstLive: Int, _ visit: (Int) -> Void) {
        let tag = UInt32(hash & 0xFF)
        var slot = home(of: hash)
        slots.withUnsafeBufferPointer { buffer in
            while true {
                let entry = buffer[slot]
                if entry == Self.empty { return }
                if entry & 0xFF == tag {
                    let position = Int(entry >> 8)
                    if position >= firstLive { visit(position) }
                }
                slot += 1
                if slot == buffer.count { slot = 0 }
            }
        }
    }

    /// How many live positions with `hash`'s tag satisfy `matches`, counting no further than `limit`.
    func count(hash: UInt64, firstLive: Int, limit: Int, matching matches: (Int) -> Bool) -> Int {
        let tag = UInt32(hash & 0xFF)
        var slot = home(of: hash)
        var found = 0
        slots.withUnsafeBufferPointer { buffer in
            while found < limit {
                let entry = buffer[slot]
                if entry == Self.empty { return }
                if entry & 0xFF == tag, Int(entry >> 8) >= firstLive, matches(Int(entry >> 8)) { found += 1 }
                slot += 1
                if slot == buffer.count { slot = 0 }
            }
        }
        return found
    }

    /// Lemire's multiply-shift reduction of the high 32 bits: any capacity, no modulo.
    private func home(of hash: UInt64) -> Int {
        Int(((hash >> 32) &* UInt64(slots.count)) >> 32)
    }
}
