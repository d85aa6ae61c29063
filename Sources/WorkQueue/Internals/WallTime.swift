import Glibc

/// The wall clock, read once here for the whole queue layer.
enum WallTime {
    /// clock_gettime(2) with CLOCK_REALTIME, in seconds since 1970.
    static func secondsSince1970() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
