import Foundation

/// How a timebox is going: comfortably on time, nearly used up, just over, or well over (warning, then error on screen).
public enum TimerPhase: String, Sendable, Hashable, CaseIterable {
    case onTime
    /// The last minute of the timebox.
    case ending
    /// Over the timebox, by up to a minute or a fifth of the timebox (whichever is longer).
    case over
    /// Further over than `over` allows.
    case wellOver

    /// The phase of a timebox of `planned` seconds with `remaining` seconds left (negative when over).
    public static func of(remaining: TimeInterval, planned: TimeInterval) -> TimerPhase {
        if remaining > 60 || (remaining > 0 && planned <= 60) { return .onTime }
        if remaining >= 0 { return .ending }
        let grace = max(60, planned / 5)
        return -remaining <= grace ? .over : .wellOver
    }
}
