import Glibc

/// CPU time, the harness's one clock for costs: on a shared machine wall time counts the other processes'
/// turns too; CPU time counts only the work we ask about.
enum CPUTime {
    /// clock_gettime(2) with CLOCK_THREAD_CPUTIME_ID: the calling thread's CPU seconds.
    static func thread() -> Double { read(CLOCK_THREAD_CPUTIME_ID) }

    /// clock_gettime(2) with CLOCK_PROCESS_CPUTIME_ID: the whole process's CPU seconds.
    static func process() -> Double { read(CLOCK_PROCESS_CPUTIME_ID) }

    private static func read(_ clock: clockid_t) -> Double {
        var spec = timespec()
        clock_gettime(clock, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
