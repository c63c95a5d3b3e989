#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// This process's resident memory: peak (`VmHWM`) and current (`VmRSS`) from /proc, else `getrusage`.
enum MemoryUsage {
    /// Peak resident set size in megabytes (MiB).
    static var peakMegabytes: Double {
        if let kilobytes = procStatus("VmHWM:") { return kilobytes / 1024 }
        var usage = rusage()
        #if canImport(Darwin)
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576
        #else
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
        #endif
    }

    /// Current resident set size in megabytes (MiB), when /proc tells.
    static var currentMegabytes: Double? {
        procStatus("VmRSS:").map { $0 / 1024 }
    }

    /// A kilobyte field of /proc/self/status.
    private static func procStatus(_ field: String) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(field) {
            let number = line.dropFirst(field.count).split(whereSeparator: \.isWhitespace).first
            return number.flatMap { Double($0) }
        }
        return nil
    }
}
