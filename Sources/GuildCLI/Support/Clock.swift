import Foundation
import GuildCore
import GuildStore

/// The current time and calendar for commands; `GUILD_NOW` (ISO-8601, e.g. 2026-11-22T10:00:00Z) pins the clock for tests and demos.
struct Clock {
    var now: Date
    var calendar: Calendar
    /// Whether `GUILD_NOW` pinned the clock: the time then never moves.
    var isPinned = false

    /// The time as it is at the call: the real clock, or the pinned time.
    func current() -> Date {
        isPinned ? now : Date()
    }

    /// The same clock reading days in UTC, where all-day sessions keep theirs.
    var inUTC: Clock {
        var clock = self
        clock.calendar = UpcomingSessions.utcCalendar
        return clock
    }

    /// The clock from the environment: the real time unless `GUILD_NOW` is set.
    static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Clock {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        calendar.firstWeekday = 2
        guard let pinned = environment["GUILD_NOW"], !pinned.isEmpty else {
            return Clock(now: Date(), calendar: calendar)
        }
        // The store's own ISO-8601 reader: a formatter would map a few MB of date-formatting code just for this.
        guard let date = StoreDateFormat.date(from: pinned) else {
            throw CLIFailure("GUILD_NOW=\(pinned) is not an ISO-8601 time such as 2026-11-22T10:00:00Z")
        }
        return Clock(now: date, calendar: calendar, isPinned: true)
    }
}
