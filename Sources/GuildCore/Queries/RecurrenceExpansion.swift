import Foundation

/// The starts of a repeating session's meetings, expanded as RFC 5545 expands an RRULE (§3.3.10), in the series' own
/// calendar: each meeting is the start's wall-clock time on a day the rule picks, in the series' time zone, so it keeps
/// its hour across daylight-saving changes whatever the viewer's zone.
///
/// Per period (a day, a week from `weekStart`, a month or a year, every `step` of them) the candidate days are the
/// rule's month days and weekdays ("the first Wednesday", "the last Friday"; a month without the 31st has none), then
/// `setPositions` picks among them. The series' first start is always its first meeting. Pure day arithmetic: only
/// turning a day and a time into an instant asks the calendar.
public struct RecurrenceExpansion: Sendable {
    public let rule: Recurrence
    /// Gregorian, in the series' time zone (UTC for all-day series).
    public let calendar: Calendar
    /// The series' first meeting.
    public let start: Date
    let firstDay: Day
    let time: DateComponents

    /// Consecutive periods without a meeting after which the walk gives up (a rule like "every 30 February").
    static let emptyPeriodLimit = 2_000

    public init(rule: Recurrence, start: Date, calendar: Calendar) {
        self.rule = rule
        self.start = start
        self.calendar = calendar
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: start)
        firstDay = Day(year: parts.year!, month: parts.month!, day: parts.day!) ?? Day(start, in: calendar)
        time = DateComponents(hour: parts.hour, minute: parts.minute, second: parts.second)
    }

    /// The last day a meeting may start, from `until`, in the series' calendar.
    var untilDay: Day? { rule.until.map { Day($0, in: calendar) } }

    /// Meeting starts from `from` through `through` (both inclusive), soonest first, each with the period it falls in
    /// (0 for the series' first); at most `limit` of them. Skipped starts are left out.
    public func starts(from: Date, through: Date, limit: Int = 1_000) -> [(start: Date, period: Int)] {
        guard through >= from, limit > 0 else { return [] }
        let skipped = Set(rule.skipped ?? [])
        var result: [(start: Date, period: Int)] = []
        // Jump close to `from` instead of walking a long series from its first meeting (one period early, for zones).
        var period = max(0, estimatedPeriod(of: Day(from, in: calendar)) - 1)
        let lastDay = min(untilDay ?? Day(through, in: calendar).adding(days: 1), Day(through, in: calendar).adding(days: 1))
        var empty = 0
        while firstDayOf(period: period) <= lastDay, empty < Self.emptyPeriodLimit {
            let days = self.days(inPeriod: period)
            empty = days.isEmpty ? empty + 1 : 0
            for day in days {
                if let untilDay, day > untilDay { return result }
                guard let date = instant(on: day) else { continue }
                if date > through { return result }
                if date >= from, !skipped.contains(date) {
                    result.append((date, period))
                    if result.count >= limit { return result }
                }
            }
            period += 1
        }
        return result
    }

    /// The first `count` meeting starts, skipped ones included (RRULE COUNT counts them before EXDATE removes any).
    public func first(_ count: Int) -> [Date] {
        var result: [Date] = []
        var period = 0
        var empty = 0
        while result.count < count, empty < Self.emptyPeriodLimit {
            let days = self.days(inPeriod: period)
            empty = days.isEmpty ? empty + 1 : 0
            for day in days {
                if let untilDay, day > untilDay { return result }
                if let date = instant(on: day) { result.append(date) }
                if result.count == count { break }
            }
            period += 1
        }
        return result
    }

    /// The meeting on `day`, at the series' wall-clock time. A time that does not exist that day (the hour skipped
    /// when clocks go forward) is read with the offset before the change, as RFC 5545 says (02:30 becomes 03:30).
    func instant(on day: Day) -> Date? {
        var parts = time
        parts.year = day.year
        parts.month = day.month
        parts.day = day.day
        return day == firstDay ? start : calendar.date(from: parts)
    }

    // MARK: Periods

    /// The first day of a rule week containing `day`.
    private func weekStart(of day: Day) -> Day {
        let startNumber = (rule.weekStart ?? .monday).number
        return day.adding(days: -((Self.weekday(of: day) - startNumber + 7) % 7))
    }

    /// Foundation's weekday number of a day (1 Sunday … 7 Saturday); 1970-01-01 was a Thursday.
    static func weekday(of day: Day) -> Int {
        ((day.daysSinceEpoch + 4) % 7 + 7) % 7 + 1
    }

    private func estimatedPeriod(of day: Day) -> Int {
        guard day > firstDay else { return 0 }
        let periods = switch rule.frequency {
        case .daily: firstDay.days(until: day)
        case .weekly, .fortnightly: weekStart(of: firstDay).days(until: day) / 7
        case .monthly: (day.year * 12 + day.month) - (firstDay.year * 12 + firstDay.month)
        case .yearly: day.year - firstDay.year
        }
        return periods / rule.step
    }

    private func firstDayOf(period: Int) -> Day {
        let n = period * rule.step
        switch rule.frequency {
        case .daily: return firstDay.adding(days: n)
        case .weekly, .fortnightly: return weekStart(of: firstDay).adding(days: 7 * n)
        case .monthly:
            let index = firstDay.year * 12 + (firstDay.month - 1) + n
            return Day(year: index / 12, month: index % 12 + 1, day: 1) ?? firstDay
        case .yearly: return Day(year: firstDay.year + n, month: 1, day: 1) ?? firstDay
        }
    }

    /// The meeting days of one period, soonest first: the rule's candidates, `setPositions` applied, none before the
    /// series' first day, and the first day itself in period 0.
    func days(inPeriod period: Int) -> [Day] {
        let begin = firstDayOf(period: period)
        var candidates: [Day]
        switch rule.frequency {
        case .daily:
            candidates = [begin].filter { matchesMonth($0) && matchesMonthDay($0) && matchesWeekday($0) }
        case .weekly, .fortnightly:
            let weekdays = Set(rule.weekdays.map { $0.map(\.weekday.number) } ?? [Self.weekday(of: firstDay)])
            candidates = (0..<7).map { begin.adding(days: $0) }.filter { weekdays.contains(Self.weekday(of: $0)) && matchesMonth($0) }
        case .monthly:
            candidates = matchesMonth(begin) ? monthDays(year: begin.year, month: begin.month, defaultDay: firstDay.day) : []
        case .yearly:
            candidates = yearDays(begin.year)
        }
        candidates.sort()
        if let positions = rule.setPositions {
            let count = candidates.count
            candidates = Set(positions.compactMap { position -> Day? in
                let index = position > 0 ? position - 1 : count + position
                return candidates.indices.contains(index) ? candidates[index] : nil
            }).sorted()
        }
        if period == 0 {
            candidates = [firstDay] + candidates.filter { $0 > firstDay }
        }
        return candidates
    }

    private func matchesMonth(_ day: Day) -> Bool {
        rule.months.map { $0.contains(day.month) } ?? true
    }

    private func matchesMonthDay(_ day: Day) -> Bool {
        guard let monthDays = rule.monthDays else { return true }
        let length = Day.length(ofMonth: day.month, year: day.year)
        return monthDays.contains { $0 > 0 ? $0 == day.day : length + 1 + $0 == day.day }
    }

    private func matchesWeekday(_ day: Day) -> Bool {
        guard let weekdays = rule.weekdays else { return true }
        return weekdays.contains { $0.weekday.number == Self.weekday(of: day) }
    }

    /// The days of one month the rule picks: its month days and weekdays (both: days that are both), else `defaultDay`
    /// when the month has it.
    private func monthDays(year: Int, month: Int, defaultDay: Int) -> [Day] {
        let length = Day.length(ofMonth: month, year: year)
        var picked: Set<Int>?
        if let monthDays = rule.monthDays {
            picked = Set(monthDays.compactMap { value in
                let day = value > 0 ? value : length + 1 + value
                return (1...length).contains(day) ? day : nil
            })
        }
        if let weekdays = rule.weekdays {
            let first = Day(year: year, month: month, day: 1)!
            let firstWeekday = Self.weekday(of: first)
            var matching = Set<Int>()
            for entry in weekdays {
                let all = Array(stride(from: 1 + (entry.weekday.number - firstWeekday + 7) % 7, through: length, by: 7))
                matching.formUnion(Self.pick(all, ordinal: entry.ordinal))
            }
            picked = picked.map { $0.intersection(matching) } ?? matching
        }
        let days = picked ?? (defaultDay <= length ? [defaultDay] : [])
        return days.sorted().compactMap { Day(year: year, month: month, day: $0) }
    }

    /// The days of one year the rule picks: in its months (the start's month when it names none and no days), or, for
    /// weekdays without months, the nth such weekday of the year.
    private func yearDays(_ year: Int) -> [Day] {
        if rule.months != nil || (rule.monthDays == nil && rule.weekdays == nil) {
            return (rule.months ?? [firstDay.month]).sorted().flatMap { monthDays(year: year, month: $0, defaultDay: firstDay.day) }
        }
        if rule.weekdays == nil {
            return (1...12).flatMap { monthDays(year: year, month: $0, defaultDay: firstDay.day) }
        }
        let first = Day(year: year, month: 1, day: 1)!
        let length = first.days(until: Day(year: year + 1, month: 1, day: 1)!)
        var picked = Set<Int>()
        for entry in rule.weekdays ?? [] {
            let all = Array(stride(from: (entry.weekday.number - Self.weekday(of: first) + 7) % 7, to: length, by: 7))
            picked.formUnion(Self.pick(all, ordinal: entry.ordinal))
        }
        var days = picked.sorted().map { first.adding(days: $0) }
        if rule.monthDays != nil { days = days.filter(matchesMonthDay) }
        return days
    }

    /// All of `values`, or the nth (from the end when negative).
    private static func pick(_ values: [Int], ordinal: Int?) -> [Int] {
        guard let ordinal else { return values }
        let index = ordinal > 0 ? ordinal - 1 : values.count + ordinal
        return values.indices.contains(index) ? [values[index]] : []
    }
}
