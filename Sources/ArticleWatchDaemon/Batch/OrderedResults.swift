import Foundation

/// Where `analyze`'s worker threads leave their lines and the caller takes them back in argument order.
/// Workers claim positions in order, but never more than `window` ahead of the caller, so one slow file
/// holds back at most `window` finished lines in memory, not the whole batch.
final class OrderedResults: @unchecked Sendable {
    private let count: Int
    private let window: Int
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var nextClaim = 0
    private var taken = 0
    private var stopped = false
    private var finished: [Int: ProcessedLine] = [:]

    init(count: Int, window: Int) {
        self.count = count
        self.window = max(1, window)
    }

    /// A worker's loop: claims the next position, runs `analyze` on it outside the lock, leaves the line;
    /// returns when every position is claimed or the caller stopped.
    func work(_ analyze: (Int) -> ProcessedLine) {
        while let position = claim() {
            let line = analyze(position)
            condition.lock()
            finished[position] = line
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The line of `position`, waiting until a worker left it. Positions are taken in order, each once.
    func take(_ position: Int) -> ProcessedLine {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let line = finished.removeValue(forKey: position) {
                taken = position + 1
                condition.broadcast()  // a worker may wait for the window to move
                return line
            }
            condition.wait()
        }
    }

    /// No position is claimed after this; workers finish the file in hand and return.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    private func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped && nextClaim < count && nextClaim >= taken + window { condition.wait() }
        guard !stopped, nextClaim < count else { return nil }
        nextClaim += 1
        return nextClaim - 1
    }
}
