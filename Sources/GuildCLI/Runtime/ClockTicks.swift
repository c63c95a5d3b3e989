import Foundation

/// When a program's clock ticks: each time the time enters a new period (a second, a minute), on keys if asked, and
/// once at the start if asked. A pinned clock never enters a new period, so it ticks only on keys and at the start.
struct ClockTicks: Sendable, Equatable {
    /// The length of a period in seconds.
    var period: TimeInterval
    /// Tick before the keys of a round are applied, so each key acts at the time it was pressed.
    var onKeys: Bool
    /// Tick once before the first frame.
    var atStart: Bool

    /// The dashboard: once a minute (relative dates, what is still upcoming).
    static let everyMinute = ClockTicks(period: 60, onKeys: false, atStart: false)
    /// The meeting: every second and on every key (timers count, keys act at the time they were pressed).
    static let everySecond = ClockTicks(period: 1, onKeys: true, atStart: true)

    /// The number of the period `date` falls in.
    func periodNumber(of date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / period).rounded(.down))
    }

    /// Whether a round that read a key (or none) at `date` ticks, given the period of the last tick.
    func isDue(at date: Date, lastPeriod: Int64, keyArrived: Bool) -> Bool {
        periodNumber(of: date) != lastPeriod || (onKeys && keyArrived)
    }
}
