import Foundation

/// Reads an event's RRULE (RFC 5545 §3.3.10) into a `Recurrence`: FREQ DAILY, WEEKLY, MONTHLY or YEARLY with INTERVAL,
/// BYDAY (ordinals too), BYMONTHDAY, BYMONTH, BYSETPOS and WKST. COUNT and UNTIL become the day of the last meeting, found
/// by expanding the rule in the series' calendar. What Guild cannot represent is named precisely: a part whose loss
/// would add meetings makes the event a single meeting; a part whose loss only drops some (more times a day) is dropped.
struct ICalendarRuleReader {
    /// The series' first start.
    let start: Date
    /// Gregorian, in the series' time zone (UTC for an all-day series).
    let calendar: Calendar
    let isAllDay: Bool

    /// The recurrence of `property`, or nil (a single meeting) with the reason in `problems`.
    func recurrence(_ property: ICalendarComponent.Property, problems: inout [ICalendarProblem]) -> Recurrence? {
        let line = property.number
        let text = ICalendarReader.preview(property.value)
        func single(_ reason: String) -> Recurrence? {
            problems.append(ICalendarProblem(line: line, "RRULE \"\(text)\": \(reason); imported as a single meeting"))
            return nil
        }
        func note(_ message: String) {
            problems.append(ICalendarProblem(line: line, "RRULE \"\(text)\": \(message)"))
        }
        var parts: [String: String] = [:]
        for part in property.value.split(separator: ";", omittingEmptySubsequences: true) {
            let pair = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, !pair[0].isEmpty else { return single("\"\(ICalendarReader.preview(String(part)))\" is not NAME=value") }
            parts[pair[0].uppercased()] = pair[1].uppercased()
        }
        let frequency: Recurrence.Frequency
        switch parts["FREQ"] {
        case "DAILY": frequency = .daily
        case "WEEKLY": frequency = .weekly
        case "MONTHLY": frequency = .monthly
        case "YEARLY": frequency = .yearly
        case "HOURLY", "MINUTELY", "SECONDLY": return single("Guild repeats a session at most daily, not \(parts["FREQ"]!.lowercased())")
        case nil: return single("it has no FREQ")
        case let other?: return single("FREQ=\(other) is not a frequency")
        }
        var rule = Recurrence(frequency: frequency)
        let local = calendar.dateComponents([.hour, .minute, .second, .day, .month, .weekday], from: start)

        // Parts that would add meetings if they were dropped: not representable, so the series stays one meeting.
        for name in ["BYYEARDAY", "BYWEEKNO", "BYEASTER", "RSCALE", "SKIP"] where parts[name] != nil {
            return single("\(name) (\(name == "BYWEEKNO" ? "weeks of the year" : name == "BYYEARDAY" ? "days of the year" : "not supported")) cannot be represented")
        }
        let known: Set<String> = ["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "WKST", "BYHOUR", "BYMINUTE", "BYSECOND"]
        if let unknown = parts.keys.sorted().first(where: { !known.contains($0) }) { return single("\(unknown) is not an RRULE part Guild knows") }

        if let value = parts["INTERVAL"] {
            guard let interval = Int(value), (1...1000).contains(interval) else { return single("INTERVAL=\(value) is not a number from 1 to 1000") }
            if frequency == .weekly, interval == 2 {
                rule.frequency = .fortnightly
            } else if interval > 1 {
                rule.interval = interval
            }
        }
        if let value = parts["BYDAY"] {
            var days: [RecurrenceWeekday] = []
            for item in value.split(separator: ",") {
                guard var day = RecurrenceWeekday(rule: String(item)) else { return single("BYDAY \"\(item)\" is not a weekday such as MO, 1WE or -1FR") }
                if day.ordinal != nil, frequency == .daily || frequency == .weekly {
                    note("BYDAY=\(item): a numbered weekday needs FREQ=MONTHLY or YEARLY; read as every \(day.weekday.shortName)")
                    day.ordinal = nil
                }
                if !days.contains(day) { days.append(day) }
            }
            rule.weekdays = days
        }
        if let value = parts["BYMONTHDAY"] {
            guard let days = Self.numbers(value, in: -31...31) else { return single("BYMONTHDAY=\(value) is not a list of days -31…31") }
            if frequency == .weekly {
                note("BYMONTHDAY is not allowed with FREQ=WEEKLY (RFC 5545); ignored")
            } else {
                rule.monthDays = days
            }
        }
        if let value = parts["BYMONTH"] {
            guard let months = Self.numbers(value, in: 1...12) else { return single("BYMONTH=\(value) is not a list of months 1…12") }
            rule.months = months
        }
        if let value = parts["BYSETPOS"] {
            guard let positions = Self.numbers(value, in: -366...366) else { return single("BYSETPOS=\(value) is not a list of positions") }
            rule.setPositions = positions
        }
        if let value = parts["WKST"] {
            guard let day = RecurrenceWeekday.Weekday(rawValue: value) else { return single("WKST=\(value) is not a weekday") }
            if day != .monday { rule.weekStart = day }
        }
        // More times a day than the start's: Guild keeps the start's time and says which it drops.
        for (name, value) in [("BYHOUR", local.hour ?? 0), ("BYMINUTE", local.minute ?? 0), ("BYSECOND", local.second ?? 0)] {
            guard let text = parts[name] else { continue }
            guard let values = Self.numbers(text, in: 0...60) else { return single("\(name)=\(text) is not a list of numbers") }
            guard !isAllDay else { return single("\(name) gives times to an all-day event") }
            guard values.contains(value) else { return single("\(name)=\(text) does not include the start's own (\(value))") }
            let others = values.filter { $0 != value }
            if !others.isEmpty {
                note("\(name)=\(text): Guild keeps one time a day, the start's; the meetings at \(name.dropFirst(2).lowercased()) \(others.map(String.init).joined(separator: ", ")) are not imported")
            }
        }
        normalise(&rule, local: local)
        do { try rule.validate() } catch { return single(error.message) }

        if parts["COUNT"] != nil, parts["UNTIL"] != nil { note("COUNT and UNTIL together (RFC 5545 allows one); UNTIL is used") }
        if let value = parts["UNTIL"] {
            guard let limit = until(value) else { return single("UNTIL=\(value) is not a date or date-time") }
            guard let last = lastStart(of: rule, through: limit) else { return single("it ends (UNTIL) before its first meeting") }
            rule.until = last
        } else if let value = parts["COUNT"] {
            guard let count = Int(value), count >= 1 else { return single("COUNT=\(value) is not a positive number") }
            guard let last = RecurrenceExpansion(rule: rule, start: start, calendar: calendar).first(min(count, 100_000)).last else {
                return single("it has no meeting")
            }
            rule.until = last
        }
        return rule
    }

    /// Leaves out what only restates the start (BYDAY=TU for a weekly series starting on a Tuesday), so the plain repeats
    /// stay plain and editable as such.
    private func normalise(_ rule: inout Recurrence, local: DateComponents) {
        let startWeekday = RecurrenceWeekday(.init(number: local.weekday ?? 1))
        switch rule.frequency {
        case .weekly, .fortnightly:
            if rule.weekdays == [startWeekday], rule.setPositions == nil { rule.weekdays = nil }
            if rule.weekdays == nil || rule.weekdays?.count == 1 || rule.step == 1 { rule.weekStart = nil }
        case .monthly:
            if rule.monthDays == [local.day ?? 0], rule.weekdays == nil, rule.setPositions == nil { rule.monthDays = nil }
        case .yearly:
            if rule.months == [local.month ?? 0], rule.monthDays == nil, rule.weekdays == nil, rule.setPositions == nil { rule.months = nil }
            if rule.months == [local.month ?? 0], rule.monthDays == [local.day ?? 0], rule.weekdays == nil, rule.setPositions == nil {
                rule.months = nil
                rule.monthDays = nil
            }
        case .daily:
            break
        }
    }

    /// The last moment UNTIL allows: a UTC date-time as it is, a floating one in the series' zone, a date its last second.
    private func until(_ value: String) -> Date? {
        if value.count == 8 {
            guard let day = ICalendarReader.dateParts(value)?.day else { return nil }
            return day.adding(days: 1).start(in: calendar).addingTimeInterval(-1)
        }
        return ICalendarReader.dateTime(value, zone: calendar.timeZone, calendar: calendar)?.date
    }

    /// The start of the last meeting no later than `limit`.
    private func lastStart(of rule: Recurrence, through limit: Date) -> Date? {
        guard limit >= start else { return nil }
        let expansion = RecurrenceExpansion(rule: rule, start: start, calendar: calendar)
        let recent = expansion.starts(from: max(start, limit.addingTimeInterval(-400 * 86_400 * Double(rule.step))), through: limit, limit: 100_000)
        return (recent.isEmpty ? expansion.starts(from: start, through: limit, limit: 1_000_000) : recent).last?.start
    }

    /// "1,15,-1" as numbers within `range`, none of them 0; nil when any is not.
    static func numbers(_ text: String, in range: ClosedRange<Int>) -> [Int]? {
        var result: [Int] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let value = Int(item.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "+", with: "")), range.contains(value),
                  value != 0 || range.lowerBound == 0 else { return nil }
            if !result.contains(value) { result.append(value) }
        }
        return result.isEmpty ? nil : result
    }
}
