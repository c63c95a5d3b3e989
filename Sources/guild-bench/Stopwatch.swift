#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Monotonic wall-clock timing with `clock_gettime(CLOCK_MONOTONIC)`, and the calling thread's CPU time
/// (`CLOCK_THREAD_CPUTIME_ID`), which waiting for a core on a loaded machine does not inflate.
enum Stopwatch {
    /// Nanoseconds on the monotonic clock.
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Milliseconds since `start`.
    static func milliseconds(since start: UInt64) -> Double {
        Double(now() - start) / 1_000_000
    }

    /// Runs `body` and returns its result with the milliseconds it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = now()
        let result = try body()
        return (result, milliseconds(since: start))
    }

    /// Nanoseconds of CPU the calling thread has used.
    static func threadCPUNow() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Runs `body` and returns its result with the wall-clock milliseconds and the thread's CPU milliseconds it took.
    static func measure<T>(_ body: () throws -> T) rethrows -> (result: T, wall: Double, cpu: Double) {
        let cpuStart = threadCPUNow()
        let start = now()
        let result = try body()
        let wall = milliseconds(since: start)
        return (result, wall, Double(threadCPUNow() - cpuStart) / 1_000_000)
    }
}
