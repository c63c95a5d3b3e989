import Foundation
import Synchronization

/// "Mon 2026-11-23 16:00" (`EEE yyyy-MM-dd HH:mm`, en_US_POSIX) in a calendar's time zone, with one `DateFormatter`
/// per calendar and time zone for the whole process: a list of thousands of sessions made one per row, and setting
/// one up cost more than the rest of `guild list sessions`.
enum MinuteFormat {
    /// The formatters made so far, by calendar identifier, time zone and first weekday.
    private static let formatters = Mutex<[String: SendableFormatter]>([:])

    /// A formatter used only while the lock is held.
    private final class SendableFormatter: @unchecked Sendable {
        let formatter: DateFormatter
        init(_ formatter: DateFormatter) { self.formatter = formatter }
    }

    /// `date` as "EEE yyyy-MM-dd HH:mm" in `calendar` and its time zone.
    static func string(_ date: Date, calendar: Calendar) -> String {
        let key = "\(calendar.identifier)|\(calendar.timeZone.identifier)|\(calendar.timeZone.secondsFromGMT())|\(calendar.firstWeekday)"
        return formatters.withLock { cache in
            let entry = cache[key] ?? {
                let formatter = DateFormatter()
                formatter.calendar = calendar
                formatter.timeZone = calendar.timeZone
                formatter.locale = Locale(identifier: "en_US_POSIX")
                formatter.dateFormat = "EEE yyyy-MM-dd HH:mm"
                let made = SendableFormatter(formatter)
                cache[key] = made
                return made
            }()
            return entry.formatter.string(from: date)
        }
    }
}
