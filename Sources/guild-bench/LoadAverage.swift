import Foundation

/// The machine's load average, printed beside figures taken on a shared machine (they are only comparable under the
/// same load).
enum LoadAverage {
    /// "1.23 0.98 0.75" from /proc/loadavg, or "unknown".
    static func now() -> String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}
