import Foundation
import Spool
import WorkQueue

/// The settle rule for files written straight into the inbox: a file is handed over once its size and
/// mtime have not changed for `settleMilliseconds` (after IN_CLOSE_WRITE, or when a scan finds it).
/// Renamed-in files skip it; non-regular entries go straight on to be failed.
actor ArrivalTracker {
    private struct Observation {
        var size: Int
        var modifiedAt: Double
        var checkedAt: Double
    }

    private let spool: Spool
    private let queue: InboxQueue
    private var settling: [EntryName: Observation] = [:]

    init(spool: Spool, queue: InboxQueue) {
        self.spool = spool
        self.queue = queue
    }

    func closedAfterWrite(_ name: EntryName, settle: Double) async {
        guard let entry = try? spool.inspect(name) else { return }
        await consider(entry, settle: settle, now: Date().timeIntervalSince1970)
    }

    func scanned(_ entries: [InboxEntry], settle: Double) async {
        let now = Date().timeIntervalSince1970
        for entry in entries { await consider(entry, settle: settle, now: now) }
    }

    /// Re-examines files that were still settling; hands over those that stayed the same.
    func settle(after settle: Double) async {
        let now = Date().timeIntervalSince1970
        for (name, observation) in settling where now - observation.checkedAt >= settle {
            guard let entry = try? spool.inspect(name) else {
                settling[name] = nil
                continue
            }
            if entry.size == observation.size && entry.modifiedAt == observation.modifiedAt {
                settling[name] = nil
                await queue.enqueue(name)
            } else {
                settling[name] = Observation(size: entry.size, modifiedAt: entry.modifiedAt, checkedAt: now)
            }
        }
    }

    private func consider(_ entry: InboxEntry, settle: Double, now: Double) async {
        if !entry.isRegularFile || now - entry.modifiedAt >= settle {
            settling[entry.name] = nil
            await queue.enqueue(entry.name)
        } else if settling[entry.name] == nil {
            settling[entry.name] = Observation(size: entry.size, modifiedAt: entry.modifiedAt, checkedAt: now)
        }
    }
}
