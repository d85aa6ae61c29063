import Spool
import WorkQueue

/// Names waiting in the inbox, in arrival order, each at most once. Workers take names only when they
/// are free, so the files themselves wait in `inbox/` (back-pressure without a bounded buffer that could
/// drop anything: a name that is lost here is found again by the next scan).
actor InboxQueue {
    private var names: [EntryName] = []
    private var head = 0
    private var queued: Set<EntryName> = []
    private var waiters: [CheckedContinuation<EntryName?, Never>] = []
    private var closed = false

    var depth: Int { names.count - head }

    func enqueue(_ name: EntryName) {
        guard !closed, !queued.contains(name) else { return }
        if !waiters.isEmpty {
            waiters.removeFirst().resume(returning: name)
            return
        }
        queued.insert(name)
        names.append(name)
    }

    /// The next name, waiting for one if none is there; nil once the queue is closed.
    func next() async -> EntryName? {
        if closed { return nil }
        if head < names.count {
            let name = names[head]
            head += 1
            queued.remove(name)
            if head > 4096 && head * 2 > names.count {
                names.removeFirst(head)
                head = 0
            }
            return name
        }
        return await withCheckedContinuation { waiters.append($0) }
    }

    /// Stop handing out names (shutdown): waiting workers get nil; the files stay in the inbox.
    func close() {
        closed = true
        for waiter in waiters { waiter.resume(returning: nil) }
        waiters = []
        names = []
        head = 0
        queued = []
    }
}
