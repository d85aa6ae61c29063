import CSystemd
import Glibc

/// The libsystemd calls this module makes, each wrapped once under an English name.
///
/// Keeping the C surface in one file makes it easy to see what the module depends on
/// (and what a test has to provide: a datagram socket, a journald socket).
enum Libsystemd {
    /// `sd_notify(0, state)`: one datagram to `$NOTIFY_SOCKET`.
    /// Returns > 0 when sent, 0 when no socket is configured, a negative errno on failure.
    static func notify(_ state: String) -> Int32 {
        sd_notify(0, state)
    }

    /// `sd_watchdog_enabled(0, &usec)`: the watchdog interval systemd expects pings within,
    /// or nil when the watchdog is off for this process (no `WATCHDOG_USEC`, or `WATCHDOG_PID` names another process).
    static func watchdogMicroseconds() -> UInt64? {
        var microseconds: UInt64 = 0
        guard sd_watchdog_enabled(0, &microseconds) > 0, microseconds > 0 else { return nil }
        return microseconds
    }

    /// `sd_journal_sendv(iov, n)`: one journal entry from `FIELD=value` byte strings.
    /// Returns 0 on success (also when no journald listens), a negative errno on failure.
    /// Blocks when journald's socket queue is full: call it only off the latency-sensitive paths.
    static func journalSend(_ fields: [[UInt8]]) -> Int32 {
        var storage: [UInt8] = []
        storage.reserveCapacity(fields.reduce(0) { $0 + $1.count })
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(fields.count)
        for field in fields {
            let start = storage.count
            storage.append(contentsOf: field)
            ranges.append(start..<storage.count)
        }
        return storage.withUnsafeMutableBytes { bytes -> Int32 in
            var vectors = ranges.map { range in
                iovec(iov_base: bytes.baseAddress.map { $0 + range.lowerBound }, iov_len: range.count)
            }
            return vectors.withUnsafeMutableBufferPointer { buffer in
                sd_journal_sendv(buffer.baseAddress, Int32(buffer.count))
            }
        }
    }

    /// `clock_gettime(CLOCK_MONOTONIC)` in microseconds: the clock systemd's `MONOTONIC_USEC=` refers to.
    static func monotonicMicroseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1_000
    }
}
