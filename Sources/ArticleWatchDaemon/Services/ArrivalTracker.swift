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

    private let queue: FolderQueue
    private let clock: any DaemonClock
    private var settling: [EntryName: Observation] = [:]
    private var spool: Spool { queue.spool }

    init(queue: FolderQueue, clock: any DaemonClock) {
        self.queue = queue
        self.clock = clock
    }

    func closedAfterWrite(_ name: EntryName, settle: Double) async {
        guard let entry = try? spool.inspect(name) else { return }
        await consider(entry, settle: settle, now: clock.now())
    }

    func scanned(_ entries: [InboxEntry], settle: Double) async {
        let now = clock.now()
        for entry in entries { await consider(entry, settle: settle, now: now) }
    }

    /// Re-examines files that were still settling; hands over those that stayed the same.
    func settle(after settle: Double) async {
        let now = clock.now()
        for (name, observation) in settling where now - observation.checkedAt >= settle {
            guard let entry = try? spool.inspect(name) else {
                settling[name] = nil
                continue
            }
            if entry.size == observation.size && entry.modifiedAt == observation.modifiedAt {
                settling[name] = nil
                await queue.offer(name)
            } else {
                settling[name] = Observation(size: entry.size, modifiedAt: entry.modifiedAt, checkedAt: now)
            }
        }
    }

    private func consider(_ entry: InboxEntry, settle: Double, now: Double) async {
        if !entry.isRegularFile || now - entry.modifiedAt >= settle {
            settling[entry.name] = nil
            await queue.offer(entry.name)
        } else if settling[entry.name] == nil {
            settling[entry.name] = Observation(size: entry.size, modifiedAt: entry.modifiedAt, checkedAt: now)
        }
    }
}
