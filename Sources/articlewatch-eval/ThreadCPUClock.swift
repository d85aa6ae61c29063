import Glibc

/// CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID). On a shared machine wall time counts the
/// other processes' turns too; the thread's own CPU time counts only the work we ask about.
enum ThreadCPUClock {
    static func seconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
