import Foundation
import GuildCore
import GuildTestSupport

/// Fixed clock and calendar for domain tests: Sunday 22 November 2026, 10:00 in Europe/Berlin.
enum Fixtures {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Berlin")!
        calendar.firstWeekday = 2
        return calendar
    }()

    static func date(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 0, _ min: Int = 0) -> Date {
        calendar.date(from: DateComponents(year: y, month: m, day: d, hour: h, minute: min))!
    }

    /// A moment in UTC (all-day sessions keep their day as midnight UTC).
    static func utc(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 0, _ min: Int = 0) -> Date {
        UpcomingSessions.utcCalendar.date(from: DateComponents(year: y, month: m, day: d, hour: h, minute: min))!
    }

    static let now = date(2026, 11, 22, 10)
    static let today = Day(year: 2026, month: 11, day: 22)!

    /// Expected output files under `Expected/` (calendar, reports, the exported site); record on purpose with `RECORD_GOLDENS=1`.
    static let expected = Golden("Expected")
}
