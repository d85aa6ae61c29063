/// What the exporter remembers about export ids: which it appended (a line can come both from memory
/// and from the rows, and must be appended once), and which rows were pending at its last look at them.
struct ExportLedger {
    /// Appended ids kept at most; the oldest half is forgotten past it. A line comes the second way
    /// within a row poll of the first, long before this many more lines are appended.
    static let capacity = 16_384

    private var appended: Set<Int> = []
    private var appendOrder: [Int] = []
    private var pendingAtLastLook: Set<Int> = []

    func contains(_ id: Int) -> Bool { appended.contains(id) }

    func wasPending(_ id: Int) -> Bool { pendingAtLastLook.contains(id) }

    mutating func notePending(_ ids: [Int]) { pendingAtLastLook = Set(ids) }

    mutating func remember(_ ids: [Int]) {
        for id in ids where appended.insert(id).inserted { appendOrder.append(id) }
        if appendOrder.count > Self.capacity {
            let forgotten = appendOrder.count - Self.capacity / 2
            for id in appendOrder.prefix(forgotten) { appended.remove(id) }
            appendOrder.removeFirst(forgotten)
        }
    }
}
