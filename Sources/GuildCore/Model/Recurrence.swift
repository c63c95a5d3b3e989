import Foundation

/// How a session repeats, as an iCalendar RRULE says it (RFC 5545 §3.3.10): every day, week, month or year, every
/// `interval` of them, on chosen weekdays ("the first Wednesday", "Mon, Wed and Fri") or days of the month, until a day.
///
/// Every field but `frequency` is optional, so records written before they existed read as before: a weekly,
/// fortnightly or monthly repeat on the start's own weekday or day of the month.
public struct Recurrence: Codable, Sendable, Hashable {
    /// The repeat period.
    public enum Frequency: String, CaseIterable, Codable, Sendable {
        case daily, weekly, fortnightly, monthly, yearly

        /// The period as RFC 5545 names it, and how many of it one `fortnightly` step is.
        var rulePeriod: (name: String, multiple: Int) {
            switch self {
            case .daily: ("DAILY", 1)
            case .weekly: ("WEEKLY", 1)
            case .fortnightly: ("WEEKLY", 2)
            case .monthly: ("MONTHLY", 1)
            case .yearly: ("YEARLY", 1)
            }
        }
    }

    public var frequency: Frequency
    /// Every how many periods (2: every other); nil means every one. `fortnightly` is already every other week.
    public var interval: Int?
    /// The last day an occurrence may start (inclusive): the day this instant falls on in the series' time zone.
    public var until: Date?
    /// Starts of occurrences that were skipped (holidays; EXDATE).
    public var skipped: [Date]?
    /// The weekdays it falls on (BYDAY), each maybe "the nth in the month or year" (1WE, -1FR); nil means the start's own.
    public var weekdays: [RecurrenceWeekday]?
    /// Days of the month (BYMONTHDAY): 1…31, or -1…-31 counting from the month's end; a month without the day has no meeting.
    public var monthDays: [Int]?
    /// Months of the year, 1…12 (BYMONTH): only these.
    public var months: [Int]?
    /// Which of each period's candidate days to keep (BYSETPOS): 1 the first, -1 the last.
    public var setPositions: [Int]?
    /// The day weeks start on (WKST), which decides "every other week" with several weekdays; nil means Monday.
    public var weekStart: RecurrenceWeekday.Weekday?

    public init(frequency: Frequency, interval: Int? = nil, until: Date? = nil, skipped: [Date]? = nil, weekdays: [RecurrenceWeekday]? = nil,
                monthDays: [Int]? = nil, months: [Int]? = nil, setPositions: [Int]? = nil, weekStart: RecurrenceWeekday.Weekday? = nil) {
        self.frequency = frequency
        self.interval = interval
        self.until = until
        self.skipped = skipped
        self.weekdays = weekdays
        self.monthDays = monthDays
        self.months = months
        self.setPositions = setPositions
        self.weekStart = weekStart
    }

    /// The number of periods (days, weeks, months or years) between two repeats.
    public var step: Int { frequency.rulePeriod.multiple * max(1, interval ?? 1) }

    /// True when only the frequency and end are set: the plain repeats the session form edits.
    public var isPlain: Bool {
        (interval ?? 1) == 1 && weekdays == nil && monthDays == nil && months == nil && setPositions == nil && weekStart == nil
    }

    /// Checks the rule's own ranges.
    public func validate() throws(ValidationError) {
        if let interval, !(1...1000).contains(interval) { throw ValidationError(field: "recurrence", "the interval must be 1–1000") }
        if let monthDays, monthDays.isEmpty || monthDays.contains(where: { $0 == 0 || !(-31...31).contains($0) }) {
            throw ValidationError(field: "recurrence", "days of the month must be 1–31 or -1…-31")
        }
        if let months, months.isEmpty || months.contains(where: { !(1...12).contains($0) }) {
            throw ValidationError(field: "recurrence", "months must be 1–12")
        }
        if let setPositions, setPositions.isEmpty || setPositions.contains(where: { $0 == 0 || !(-366...366).contains($0) }) {
            throw ValidationError(field: "recurrence", "positions must be 1–366 or -1…-366")
        }
        if let weekdays {
            if weekdays.isEmpty { throw ValidationError(field: "recurrence", "the list of weekdays is empty") }
            if weekdays.contains(where: { ($0.ordinal ?? 1) == 0 || !(-53...53).contains($0.ordinal ?? 1) }) {
                throw ValidationError(field: "recurrence", "a weekday's number must be 1–53 or -1…-53")
            }
        }
    }

    /// "every 2 weeks on Mon, Wed", "monthly on the 1st Wed", "yearly in Mar on the last Sun": the rule in words, without its end.
    public var summary: String {
        let unit = switch frequency {
        case .daily: "day"
        case .weekly, .fortnightly: "week"
        case .monthly: "month"
        case .yearly: "year"
        }
        var text = step == 1 ? (unit == "day" ? "daily" : unit + "ly") : "every \(step) \(unit)s"
        if let months {
            let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            text += " in " + months.map { names[$0 - 1] }.joined(separator: ", ")
        }
        if let monthDays { text += " on the " + monthDays.map(Self.ordinal).joined(separator: ", ") }
        if let weekdays { text += " on " + weekdays.map(\.summary).joined(separator: ", ") }
        if let setPositions { text += ", only the " + setPositions.map(Self.ordinal).joined(separator: ", ") }
        return text
    }

    /// "1st", "22nd", "last", "2nd last".
    static func ordinal(_ number: Int) -> String {
        if number == -1 { return "last" }
        if number < 0 { return ordinal(-number) + " last" }
        let suffix = (11...13).contains(number % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][number % 10] ?? "th"
        return "\(number)\(suffix)"
    }
}
