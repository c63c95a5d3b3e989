import Foundation

/// Dates as people read them on the dashboard and type them back into forms, in English whatever the locale ("Today 14:00", "Fri 12:30", "Thu 3 Dec 15:00").
public enum DateText {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "14:00".
    public static func time(_ date: Date, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// "Sun 22 Nov 2026".
    public static func longDay(_ date: Date, calendar: Calendar) -> String {
        let day = Day(date, in: calendar)
        return "\(shortDay(day)) \(day.year)"
    }

    /// "Thu 3 Dec".
    public static func shortDay(_ day: Day) -> String {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let weekday = utc.component(.weekday, from: day.start(in: utc))
        return "\(weekdays[weekday - 1]) \(day.day) \(months[day.month - 1])"
    }

    /// "Thu 3 Dec 2026 15:00".
    public static func full(_ date: Date, calendar: Calendar) -> String {
        "\(longDay(date, calendar: calendar)) \(time(date, calendar: calendar))"
    }

    /// When an occurrence starts, as `relative` says it; "all day" instead of a time for an all-day session.
    public static func relative(_ occurrence: SessionOccurrence, now: Date, calendar: Calendar) -> String {
        relative(occurrence.start, now: now, calendar: calendar, allDay: occurrence.isAllDay)
    }

    /// "Today 14:00", "Tomorrow 10:00", "Fri 12:30" within the week, else "Thu 3 Dec 15:00"; "Yesterday" and past dates
    /// likewise; "all day" instead of the time when `allDay`.
    public static func relative(_ date: Date, now: Date, calendar: Calendar, allDay: Bool = false) -> String {
        let today = Day(now, in: calendar)
        let day = Day(date, in: calendar)
        let distance = today.days(until: day)
        let clock = allDay ? "all day" : time(date, calendar: calendar)
        switch distance {
        case 0: return "Today \(clock)"
        case 1: return "Tomorrow \(clock)"
        case -1: return "Yesterday \(clock)"
        case 2...6: return "\(shortDay(day).prefix(3)) \(clock)"
        default: return "\(shortDay(day)) \(clock)"
        }
    }

    /// The form people type back into a date field: "2026-12-04 14:00" (or "2026-12-04" without a time).
    public static func input(_ date: Date, calendar: Calendar, time: Bool = true) -> String {
        let day = Day(date, in: calendar).description
        return time ? "\(day) \(self.time(date, calendar: calendar))" : day
    }
}
