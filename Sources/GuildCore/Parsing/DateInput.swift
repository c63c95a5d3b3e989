import Foundation

/// What a date typed by a person resolved to: a day, and a time when one was given.
public struct DateInput: Sendable, Equatable {
    /// The resolved moment (midnight when no time was given).
    public var date: Date
    public var day: Day
    /// Whether the text named a time of day.
    public var hasTime: Bool

    public init(date: Date, day: Day, hasTime: Bool) {
        self.date = date
        self.day = day
        self.hasTime = hasTime
    }

    /// Parses what people type for a date, relative to `now` in `calendar`'s time zone:
    /// `2026-12-04`, `2026-12-04 14:00`, `today`, `tomorrow`, `fri`, `fri 14:00`, `next fri`, `+3d`, `+2w`, `+1m`,
    /// `in 3 days`, `next week` (its Monday), `next month` (its 1st), `14:00`, `2pm`.
    /// A bare weekday means the next such day after today; with a time still ahead today it may be today.
    public static func parse(_ text: String, now: Date, calendar: Calendar) throws(DateInputError) -> DateInput {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { throw DateInputError(text: text, reason: "is empty") }
        let today = Day(now, in: calendar)

        // A trailing time of day applies to whatever day the rest names.
        var dayWords = words
        var time: (hour: Int, minute: Int)?
        if let last = words.last, let parsed = parseTime(last) {
            time = parsed
            dayWords.removeLast()
        } else if words.count == 1, let t = words.first?.split(separator: "t"), t.count == 2,
                  Day(iso: String(t[0])) != nil, let parsed = parseTime(String(t[1])) {
            // 2026-12-04t14:00 (ISO with a T)
            time = parsed
            dayWords = [String(t[0])]
        }

        let day: Day
        if dayWords.isEmpty {
            day = today
        } else if let resolved = resolveDay(dayWords, today: today, now: now, time: time, calendar: calendar) {
            day = resolved
        } else {
            throw DateInputError(text: text, reason: "is not a date I know: try 2026-12-04, 2026-12-04 14:00, tomorrow, fri 14:00, +3d or next week")
        }
        var components = DateComponents(year: day.year, month: day.month, day: day.day)
        components.hour = time?.hour ?? 0
        components.minute = time?.minute ?? 0
        guard let date = calendar.date(from: components) else {
            throw DateInputError(text: text, reason: "does not exist in this calendar")
        }
        return DateInput(date: date, day: day, hasTime: time != nil)
    }

    private static let weekdays: [String: Int] = [
        "sun": 1, "sunday": 1, "mon": 2, "monday": 2, "tue": 3, "tues": 3, "tuesday": 3, "wed": 4, "wednesday": 4,
        "thu": 5, "thur": 5, "thurs": 5, "thursday": 5, "fri": 6, "friday": 6, "sat": 7, "saturday": 7,
    ]

    private static func resolveDay(_ words: [String], today: Day, now: Date, time: (hour: Int, minute: Int)?, calendar: Calendar) -> Day? {
        let phrase = words.joined(separator: " ")
        switch phrase {
        case "today", "now": return today
        case "tomorrow", "tmr", "tmrw": return today.adding(days: 1)
        case "yesterday": return today.adding(days: -1)
        case "next week":
            // The Monday after this week.
            let weekday = calendar.component(.weekday, from: today.start(in: calendar))
            let untilMonday = (9 - weekday) % 7
            return today.adding(days: untilMonday == 0 ? 7 : untilMonday)
        case "next month":
            let start = today.start(in: calendar)
            let next = calendar.date(byAdding: .month, value: 1, to: start)!
            let parts = calendar.dateComponents([.year, .month], from: next)
            return Day(year: parts.year!, month: parts.month!, day: 1)
        default: break
        }
        if words.count == 1, let iso = Day(iso: words[0]) { return iso }
        if words.count == 1, let offset = parseOffset(words[0]) { return apply(offset, to: today, calendar: calendar) }
        if words.count == 3, words[0] == "in", let n = Int(words[1]), n >= 0, n <= 3650 {
            let unit = words[2].hasSuffix("s") ? String(words[2].dropLast()) : words[2]
            switch unit {
            case "day": return today.adding(days: n)
            case "week": return today.adding(days: 7 * n)
            case "month": return apply((n, "m"), to: today, calendar: calendar)
            default: return nil
            }
        }
        var weekdayWords = words
        var forceNext = false
        if weekdayWords.first == "next", weekdayWords.count == 2 {
            forceNext = true
            weekdayWords.removeFirst()
        }
        if weekdayWords.count == 1, let target = weekdays[weekdayWords[0]] {
            let current = calendar.component(.weekday, from: today.start(in: calendar))
            var ahead = (target - current + 7) % 7
            if ahead == 0 {
                // Today, only when a time later today was given; otherwise a week on.
                let laterToday: Bool = {
                    guard let time, !forceNext else { return false }
                    let nowParts = calendar.dateComponents([.hour, .minute], from: now)
                    return (time.hour, time.minute) > (nowParts.hour!, nowParts.minute!)
                }()
                ahead = laterToday ? 0 : 7
            }
            return today.adding(days: ahead)
        }
        return nil
    }

    private static func parseOffset(_ word: String) -> (Int, Character)? {
        guard word.count >= 3, let sign = word.first, sign == "+" || sign == "-", let unit = word.last,
              "dwm".contains(unit), let n = Int(word.dropFirst().dropLast()), n <= 3650 else { return nil }
        return (sign == "-" ? -n : n, unit)
    }

    private static func apply(_ offset: (Int, Character), to day: Day, calendar: Calendar) -> Day {
        switch offset.1 {
        case "d": return day.adding(days: offset.0)
        case "w": return day.adding(days: 7 * offset.0)
        default:
            let date = calendar.date(byAdding: .month, value: offset.0, to: day.start(in: calendar))!
            return Day(date, in: calendar)
        }
    }

    /// "14:00", "9:30", "2pm", "2:30pm", "12am".
    static func parseTime(_ word: String) -> (hour: Int, minute: Int)? {
        var text = word
        var meridiem: String?
        for suffix in ["am", "pm"] where text.hasSuffix(suffix) {
            meridiem = suffix
            text.removeLast(2)
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              var hour = Int(parts[0]) else { return nil }
        let minute = parts.count == 2 ? Int(parts[1])! : 0
        if parts.count == 1 && meridiem == nil { return nil } // a bare number is not a time
        if parts.count == 2 && parts[1].count != 2 { return nil }
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            if meridiem == "am" { hour = hour == 12 ? 0 : hour } else { hour = hour == 12 ? 12 : hour + 12 }
        }
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        return (hour, minute)
    }
}

/// A date a person typed that could not be understood, with what to try instead.
public struct DateInputError: Error, Equatable, Sendable, CustomStringConvertible {
    public var text: String
    public var reason: String

    public var description: String { "\"\(text)\" \(reason)" }
}
