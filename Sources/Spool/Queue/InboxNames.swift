public import WorkQueue

/// Names waiting in the inbox, in arrival order, each at most once. Claimers take names only when they
/// are free, so the files themselves wait in `inbox/` (back-pressure without a bounded buffer that could
/// drop anything: a name that is lost here is found again by the next scan).
public actor InboxNames {
    private var names: [EntryName] = []
    private var head = 0
    private var queued: Set<EntryName> = []
    private var waiters: [CheckedContinuation<EntryName?, Never>] = []
    private var closed = false

    public init() {}

    public var depth: Int { names.count - head }

    public func enqueue(_ name: EntryName) {
        guard !closed, !queued.contains(name) else { return }
        if !waiters.isEmpty {
            waiters.removeFirst().resume(returning: name)
            return
        }
        queued.insert(name)
        names.append(name)
    }

    /// Puts a name taken but not claimed (claiming was paused meanwhile) back at the front.
    func putBack(_ name: EntryName) {
        guard !closed, !queued.contains(name) else { return }
        if !waiters.isEmpty {
            waiters.removeFirst().resume(returning: name)
            return
        }
        if head > 0 {
            head -= 1
            names[head] = name
        } else {
            names.insert(name, at: 0)
        }
        queued.insert(name)
    }

    /// The next name, waiting for one if none is there; nil once closed.
    func next() async -> EntryName? {
        if let name = takeIfAny() { return name }
        if closed { return nil }
        return await withCheckedContinuation { waiters.append($0) }
    }

    /// The next name if one is waiting, without waiting.
    func takeIfAny() -> EntryName? {
        guard !closed, head < names.count else { return nil }
        let name = names[head]
        head += 1
        queued.remove(name)
        if head > 4096 && head * 2 > names.count {
            names.removeFirst(head)
            head = 0
        }
        return name
    }

    /// Stop handing out names (shutdown): waiting claimers get nil; the files stay in the inbox.
    func close() {
        closed = true
        for waiter in waiters { waiter.resume(returning: nil) }
        waiters = []
        names = []
        head = 0
        queued = []
    }
}
