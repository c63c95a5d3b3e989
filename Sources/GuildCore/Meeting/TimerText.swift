import Foundation

/// Durations as a meeting clock shows them: "12:05", "-03:10" when over, "1:02:03" past an hour.
public enum TimerText {
    /// Whole seconds as `[-][H:]MM:SS`; remaining time rounds up so "00:00" means the timebox is really used up.
    public static func clock(_ seconds: TimeInterval) -> String {
        let negative = seconds < 0
        // Counting down, a partly used second still shows: 0.4 s left reads "00:01", 0.4 s over reads "-00:00" → "-00:01" only after a whole second.
        let whole = negative ? Int((-seconds).rounded(.down)) : Int(seconds.rounded(.up))
        let hours = whole / 3600
        let minutes = (whole % 3600) / 60
        let secs = whole % 60
        let body = hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, secs) : String(format: "%02d:%02d", minutes, secs)
        return (negative && whole > 0 ? "-" : "") + body
    }

    /// Elapsed time as "m:ss" (minutes not padded): "3:07", "0:00", "75:12".
    public static func elapsed(_ seconds: TimeInterval) -> String {
        let whole = max(0, Int(seconds.rounded(.down)))
        return String(format: "%d:%02d", whole / 60, whole % 60)
    }
}
