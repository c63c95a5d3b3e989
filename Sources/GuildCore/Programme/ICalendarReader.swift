import Foundation

/// Reads VEVENTs from an iCalendar file (RFC 5545): unfolds lines, parses parameters (quoted values too), unescapes TEXT,
/// reads DATE and DATE-TIME values in UTC, with TZID or floating, DURATION, RRULE, EXDATE and RECURRENCE-ID.
///
/// Unknown properties and components are ignored (so are the properties of a VALARM inside an event); every line that cannot
/// be read is reported with its line number and the rest of the file is still read.
public struct ICalendarReader: Sendable {
    /// Floating times and all-day dates are read in this calendar's time zone.
    public var calendar: Calendar

    public init(calendar: Calendar) {
        self.calendar = calendar
    }

    /// One content line: name, parameters and raw value.
    struct ContentLine {
        var number: Int
        var name: String
        var parameters: [String: String]
        var value: String
    }

    /// The events of `text` and the problems met on the way.
    public func read(_ text: String) -> (events: [ICalendarEvent], problems: [ICalendarProblem]) {
        var events: [ICalendarEvent] = []
        var problems: [ICalendarProblem] = []
        var stack: [(name: String, line: Int)] = []
        var properties: [ContentLine] = []
        var sawCalendar = false
        for (number, raw) in ICalendarText.unfold(text) {
            guard let line = Self.parse(raw, number: number) else {
                problems.append(ICalendarProblem(line: number, "not a content line (expected NAME:value): \"\(Self.preview(raw))\""))
                continue
            }
            switch line.name {
            case "BEGIN":
                let component = line.value.uppercased()
                if stack.isEmpty && component != "VCALENDAR" {
                    problems.append(ICalendarProblem(line: number, "BEGIN:\(component) outside a VCALENDAR"))
                }
                if component == "VCALENDAR" { sawCalendar = true }
                stack.append((component, number))
                if component == "VEVENT" { properties = [] }
            case "END":
                let component = line.value.uppercased()
                guard let open = stack.last else {
                    problems.append(ICalendarProblem(line: number, "END:\(component) without a BEGIN"))
                    continue
                }
                if open.name != component {
                    problems.append(ICalendarProblem(line: number, "END:\(component) closes BEGIN:\(open.name) from line \(open.line)"))
                    // Recover: close up to the matching BEGIN if there is one, else ignore this END.
                    guard let index = stack.lastIndex(where: { $0.name == component }) else { continue }
                    if stack[index...].contains(where: { $0.name == "VEVENT" }) && component != "VEVENT" { properties = [] }
                    stack.removeSubrange(index...)
                    continue
                }
                stack.removeLast()
                if component == "VEVENT" {
                    if let event = event(from: properties, line: open.line, problems: &problems) { events.append(event) }
                    properties = []
                }
            default:
                // Only an event's own properties count; a VALARM's DESCRIPTION is not the event's.
                if stack.last?.name == "VEVENT" { properties.append(line) }
            }
        }
        if !sawCalendar {
            problems.append(ICalendarProblem(line: 1, "no BEGIN:VCALENDAR: this is not an iCalendar file"))
        }
        for open in stack.reversed() {
            problems.append(ICalendarProblem(line: open.line, "BEGIN:\(open.name) is never closed"))
        }
        return (events, problems)
    }

    private func event(from lines: [ContentLine], line: Int, problems: inout [ICalendarProblem]) -> ICalendarEvent? {
        var start: (date: Date, allDay: Bool)?
        var end: Date?
        var duration: TimeInterval?
        var event = ICalendarEvent(line: line, start: Date(timeIntervalSince1970: 0))
        var rule: ContentLine?
        for property in lines {
            switch property.name {
            case "UID": event.uid = property.value.trimmingCharacters(in: .whitespaces)
            case "SUMMARY": event.summary = ICalendarText.unescape(property.value)
            case "LOCATION": event.location = ICalendarText.unescape(property.value)
            case "DESCRIPTION": event.description = ICalendarText.unescape(property.value)
            case "CATEGORIES": event.categories += Self.splitList(property.value).map(ICalendarText.unescape)
            case "STATUS": event.status = property.value.uppercased()
            case "X-GUILD-FORMAT": event.guildFormat = property.value
            case "X-GUILD-ID": event.guildID = property.value
            case "DTSTART":
                if let value = dates(property, problems: &problems)?.first { start = value }
            case "DTEND":
                if let value = dates(property, problems: &problems)?.first { end = value.date }
            case "DURATION":
                if let seconds = Self.duration(property.value) { duration = seconds } else {
                    problems.append(ICalendarProblem(line: property.number, "DURATION \"\(Self.preview(property.value))\" is not a duration such as PT1H30M"))
                }
            case "RRULE": rule = property
            case "EXDATE": event.exdates += (dates(property, problems: &problems) ?? []).map(\.date)
            case "RECURRENCE-ID": event.recurrenceID = dates(property, problems: &problems)?.first?.date
            default: break
            }
        }
        guard let start else {
            problems.append(ICalendarProblem(line: line, "event\(event.summary.map { " \"\(Self.preview($0))\"" } ?? "") has no readable DTSTART; skipped"))
            return nil
        }
        event.start = start.date
        event.isAllDay = start.allDay
        event.end = end ?? duration.map { start.date.addingTimeInterval($0) } ?? (start.allDay ? calendar.date(byAdding: .day, value: 1, to: start.date) : nil)
        if let end = event.end, end < start.date {
            problems.append(ICalendarProblem(line: line, "event ends before it starts; its length is ignored"))
            event.end = nil
        }
        if let rule { event.recurrence = recurrence(rule, start: start.date, problems: &problems) }
        if event.recurrence != nil, !event.exdates.isEmpty { event.recurrence?.skipped = event.exdates.sorted() }
        return event
    }

    /// Reads RRULE into a Recurrence when Guild can represent it; otherwise reports it and returns nil (a single meeting).
    private func recurrence(_ line: ContentLine, start: Date, problems: inout [ICalendarProblem]) -> Recurrence? {
        var parts: [String: String] = [:]
        for part in line.value.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            parts[pair[0].uppercased()] = pair[1]
        }
        let interval = Int(parts["INTERVAL"] ?? "1") ?? 0
        let weekdays = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]
        let startWeekday = weekdays[calendar.component(.weekday, from: start) - 1]
        var frequency: Recurrence.Frequency?
        switch (parts["FREQ"]?.uppercased(), interval) {
        case ("WEEKLY", 1): frequency = .weekly
        case ("WEEKLY", 2): frequency = .fortnightly
        case ("MONTHLY", 1): frequency = .monthly
        default: break
        }
        // A BYDAY or BYMONTHDAY that only restates the start's own day changes nothing.
        if let byDay = parts["BYDAY"], frequency == .weekly || frequency == .fortnightly, byDay.uppercased() != startWeekday { frequency = nil }
        // "The first Friday" (BYDAY=1FR) is not a day of the month: Guild's monthly repeats keep the start's day.
        if parts["BYDAY"] != nil, frequency == .monthly { frequency = nil }
        if let monthDay = parts["BYMONTHDAY"], frequency == .monthly, Int(monthDay) != calendar.component(.day, from: start) { frequency = nil }
        let handled: Set<String> = ["FREQ", "INTERVAL", "UNTIL", "COUNT", "BYDAY", "BYMONTHDAY", "WKST"]
        if parts.keys.contains(where: { !handled.contains($0) }) { frequency = nil }
        guard let frequency else {
            problems.append(ICalendarProblem(line: line.number, "RRULE \"\(Self.preview(line.value))\" is not weekly, every two weeks or monthly; imported as a single meeting"))
            return nil
        }
        var recurrence = Recurrence(frequency: frequency)
        if let until = parts["UNTIL"] {
            guard let moment = Self.dateTime(until, zone: TimeZone(identifier: "UTC")!, calendar: calendar)?.date else {
                problems.append(ICalendarProblem(line: line.number, "RRULE UNTIL \"\(Self.preview(until))\" is not a date; the series has no end"))
                return recurrence
            }
            recurrence.until = calendar.startOfDay(for: moment)
        } else if let countText = parts["COUNT"] {
            guard let count = Int(countText), count >= 1 else {
                problems.append(ICalendarProblem(line: line.number, "RRULE COUNT \"\(Self.preview(countText))\" is not a positive number; the series has no end"))
                return recurrence
            }
            let last: Date? = switch frequency {
            case .weekly: calendar.date(byAdding: .day, value: 7 * (count - 1), to: start)
            case .fortnightly: calendar.date(byAdding: .day, value: 14 * (count - 1), to: start)
            case .monthly: calendar.date(byAdding: .month, value: count - 1, to: start)
            }
            recurrence.until = last.map { calendar.startOfDay(for: $0) }
        }
        return recurrence
    }

    /// The DATE or DATE-TIME values of a property (comma-separated lists too), honouring TZID and VALUE=DATE.
    private func dates(_ line: ContentLine, problems: inout [ICalendarProblem]) -> [(date: Date, allDay: Bool)]? {
        var zone = calendar.timeZone
        if let id = line.parameters["TZID"] {
            let cleaned = id.hasPrefix("/") ? String(id.dropFirst()) : id
            if let found = TimeZone(identifier: cleaned) {
                zone = found
            } else {
                problems.append(ICalendarProblem(line: line.number, "\(line.name): unknown time zone \"\(Self.preview(id))\"; read as \(calendar.timeZone.identifier)"))
            }
        }
        var result: [(date: Date, allDay: Bool)] = []
        for value in line.value.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let parsed = Self.dateTime(value, zone: zone, calendar: calendar) else {
                problems.append(ICalendarProblem(line: line.number, "\(line.name) \"\(Self.preview(value))\" is not a date (20261127) or date-time (20261127T150000, …Z)"))
                return nil
            }
            result.append(parsed)
        }
        return result.isEmpty ? nil : result
    }

    /// "20261127" (a day, at midnight in `calendar`), "20261127T150000" (in `zone`) or "20261127T140000Z" (UTC).
    static func dateTime(_ value: String, zone: TimeZone, calendar: Calendar) -> (date: Date, allDay: Bool)? {
        let characters = Array(value.uppercased())
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= characters.count, characters[range].allSatisfy(\.isASCII), characters[range].allSatisfy(\.isNumber) else { return nil }
            return Int(String(characters[range]))
        }
        guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var local = calendar
        if characters.count == 8 {
            guard Day(year: year, month: month, day: day) != nil else { return nil }
            return (local.date(from: DateComponents(year: year, month: month, day: day))!, true)
        }
        guard characters.count == 15 || (characters.count == 16 && characters[15] == "Z"), characters[8] == "T",
              let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15),
              hour < 24, minute < 60, second <= 60, Day(year: year, month: month, day: day) != nil else { return nil }
        local.timeZone = characters.count == 16 ? TimeZone(identifier: "UTC")! : zone
        guard let date = local.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: min(second, 59))) else { return nil }
        return (date, false)
    }

    /// Seconds of a DURATION such as "PT1H30M", "P1D", "P2W", "-PT15M"; nil when it is not one.
    static func duration(_ value: String) -> TimeInterval? {
        var text = Substring(value.uppercased().trimmingCharacters(in: .whitespaces))
        var sign = 1.0
        if text.first == "+" || text.first == "-" {
            sign = text.first == "-" ? -1 : 1
            text = text.dropFirst()
        }
        guard text.first == "P" else { return nil }
        text = text.dropFirst()
        var total = 0.0
        var digits = ""
        var inTime = false
        var sawUnit = false
        for character in text {
            if character.isASCII && character.isNumber { digits.append(character); continue }
            if character == "T" { guard digits.isEmpty, !inTime else { return nil }; inTime = true; continue }
            guard let amount = Double(digits) else { return nil }
            digits = ""
            sawUnit = true
            switch (character, inTime) {
            case ("W", false): total += amount * 7 * 86_400
            case ("D", false): total += amount * 86_400
            case ("H", true): total += amount * 3_600
            case ("M", true): total += amount * 60
            case ("S", true): total += amount
            default: return nil
            }
        }
        guard digits.isEmpty, sawUnit else { return nil }
        return sign * total
    }

    /// Splits "NAME;P1=a;P2=\"x:y\":value" into its parts; nil when there is no colon or the name is not a name.
    static func parse(_ raw: String, number: Int) -> ContentLine? {
        var inQuotes = false
        var colon: String.Index?
        for index in raw.indices {
            let character = raw[index]
            if character == "\"" { inQuotes.toggle() }
            if character == ":" && !inQuotes { colon = index; break }
        }
        guard let colon else { return nil }
        let head = raw[..<colon]
        let value = String(raw[raw.index(after: colon)...])
        var segments: [String] = []
        var current = ""
        inQuotes = false
        for character in head {
            if character == "\"" { inQuotes.toggle() }
            if character == ";" && !inQuotes { segments.append(current); current = ""; continue }
            current.append(character)
        }
        segments.append(current)
        let name = segments[0].uppercased()
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { return nil }
        var parameters: [String: String] = [:]
        for segment in segments.dropFirst() {
            let pair = segment.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            var parameterValue = pair[1]
            if parameterValue.hasPrefix("\""), parameterValue.hasSuffix("\""), parameterValue.count >= 2 {
                parameterValue = String(parameterValue.dropFirst().dropLast())
            }
            parameters[pair[0].uppercased()] = parameterValue
        }
        return ContentLine(number: number, name: name, parameters: parameters, value: value)
    }

    /// Splits a TEXT list at commas that are not escaped.
    static func splitList(_ value: String) -> [String] {
        var items: [String] = []
        var current = ""
        var escaping = false
        for character in value {
            if escaping { current.append(character); escaping = false; continue }
            if character == "\\" { current.append(character); escaping = true; continue }
            if character == "," { items.append(current); current = ""; continue }
            current.append(character)
        }
        items.append(current)
        return items.filter { !$0.isEmpty }
    }

    /// At most 40 characters of a value, for messages.
    static func preview(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(39)) + "…" : text
    }
}
