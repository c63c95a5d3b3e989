import Foundation

/// Reads VEVENTs from an iCalendar file (RFC 5545) as Google Calendar, Outlook/Exchange and Apple Calendar write them:
/// unfolds lines before decoding (a fold may split a UTF-8 character), parses parameters (quoted values too), unescapes
/// TEXT, and reads DATE and DATE-TIME values in UTC, floating, or with a TZID: an IANA name, a Windows zone name (CLDR's
/// table) or the file's own VTIMEZONE. X-WR-TIMEZONE (Google, Apple) gives UTC and floating times the calendar's zone.
/// RRULE becomes a `Recurrence` (see `ICalendarRuleReader`); EXDATE skipped meetings; RECURRENCE-ID an override.
///
/// Unknown properties and components are ignored (so are the properties of a VALARM inside an event); every line that
/// cannot be read is reported with its line number and the rest of the file is still read. Problems come in line order.
public struct ICalendarReader: Sendable {
    /// Floating times are read in this calendar's time zone (unless the file names its zone with X-WR-TIMEZONE).
    public var calendar: Calendar

    public init(calendar: Calendar) {
        self.calendar = calendar
    }

    /// A DATE or DATE-TIME value read: the instant (midnight UTC for a DATE), whether it was a DATE, and its zone.
    struct Moment {
        var date: Date
        var isDate: Bool
        /// The IANA zone it was written in; "GMT" for UTC; nil for a floating time or a DATE.
        var zone: String?
    }

    /// The events of `text` and the problems met on the way.
    public func read(_ text: String) -> (events: [ICalendarEvent], problems: [ICalendarProblem]) {
        read(bytes: Data(text.utf8))
    }

    /// The events of a file's bytes and the problems met on the way.
    public func read(bytes: Data) -> (events: [ICalendarEvent], problems: [ICalendarProblem]) {
        var problems: [ICalendarProblem] = []
        var lines: [ICalendarComponent.Property] = []
        for (number, raw, isValid) in ICalendarText.unfold(bytes: bytes) {
            if !isValid { problems.append(ICalendarProblem(line: number, "not valid UTF-8; the bad bytes are read as \u{FFFD}")) }
            guard let line = Self.parse(raw, number: number) else {
                problems.append(ICalendarProblem(line: number, "not a content line (expected NAME:value): \"\(Self.preview(raw))\""))
                continue
            }
            lines.append(line)
        }
        let roots = Self.components(lines, problems: &problems)
        var events: [ICalendarEvent] = []
        for root in roots {
            switch root.name {
            case "VCALENDAR": events += self.events(in: root, problems: &problems)
            case "VEVENT": events += self.events(in: ICalendarComponent(name: "VCALENDAR", line: root.line, children: [root]), problems: &problems)
            default: break
            }
        }
        if !roots.contains(where: { $0.name == "VCALENDAR" }) {
            problems.append(ICalendarProblem(line: 1, "no BEGIN:VCALENDAR: this is not an iCalendar file"))
        }
        // Stable: problems of one line stay in the order they were found.
        let ordered = problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        return (events, ordered)
    }

    /// Builds the component tree. A component closed by the END of one around it is reported and left out (with what
    /// is inside it); one never closed is reported, and kept unless it is an event.
    static func components(_ lines: [ICalendarComponent.Property], problems: inout [ICalendarProblem]) -> [ICalendarComponent] {
        var roots: [ICalendarComponent] = []
        var stack: [ICalendarComponent] = []
        for line in lines {
            switch line.name {
            case "BEGIN":
                let name = line.value.trimmingCharacters(in: .whitespaces).uppercased()
                if stack.isEmpty && name != "VCALENDAR" {
                    problems.append(ICalendarProblem(line: line.number, "BEGIN:\(name) outside a VCALENDAR"))
                }
                stack.append(ICalendarComponent(name: name, line: line.number))
            case "END":
                let name = line.value.trimmingCharacters(in: .whitespaces).uppercased()
                guard let open = stack.last else {
                    problems.append(ICalendarProblem(line: line.number, "END:\(name) without a BEGIN"))
                    continue
                }
                if open.name != name {
                    problems.append(ICalendarProblem(line: line.number, "END:\(name) closes BEGIN:\(open.name) from line \(open.line)"))
                    // Recover: close up to the matching BEGIN if there is one (dropping what it cut short), else ignore this END.
                    guard let index = stack.lastIndex(where: { $0.name == name }) else { continue }
                    stack.removeSubrange((index + 1)...)
                }
                let done = stack.removeLast()
                if stack.isEmpty { roots.append(done) } else { stack[stack.count - 1].children.append(done) }
            default:
                if !stack.isEmpty { stack[stack.count - 1].properties.append(line) }
            }
        }
        // At the end, what is still open is reported; an event cut short is left out, but a calendar keeps what it holds.
        while let open = stack.popLast() {
            problems.append(ICalendarProblem(line: open.line, "BEGIN:\(open.name) is never closed"))
            guard open.name != "VEVENT" else { continue }
            if stack.isEmpty { roots.append(open) } else { stack[stack.count - 1].children.append(open) }
        }
        return roots
    }

    /// The events of one VCALENDAR, with its VTIMEZONEs and X-WR-TIMEZONE.
    private func events(in root: ICalendarComponent, problems: inout [ICalendarProblem]) -> [ICalendarEvent] {
        var definitions: [String: ICalendarZone] = [:]
        for component in root.children where component.name == "VTIMEZONE" {
            if let zone = Self.zone(from: component, problems: &problems) { definitions[zone.identifier] = zone }
        }
        var floating = calendar
        var calendarZone: TimeZone?
        if let property = root.first("X-WR-TIMEZONE") {
            if let zone = ICalendarZoneResolver.ianaZone(named: property.value.trimmingCharacters(in: .whitespaces)) {
                calendarZone = zone
                floating.timeZone = zone
            } else {
                problems.append(ICalendarProblem(line: property.number, "X-WR-TIMEZONE \"\(Self.preview(property.value))\" is not a known time zone; ignored"))
            }
        }
        // The years the events start in: a VTIMEZONE is matched to an IANA zone over the latest of them.
        let years = root.children.filter { $0.name == "VEVENT" }.compactMap { $0.first("DTSTART").flatMap { Int($0.value.prefix(4)) } }
            .filter { (1900...2200).contains($0) }
        let latest = years.max() ?? Calendar(identifier: .gregorian).component(.year, from: Date())
        var context = Context(resolver: ICalendarZoneResolver(definitions: definitions, years: (latest - 1)...(latest + 1)),
                              floating: floating, calendarZone: calendarZone)
        var events: [ICalendarEvent] = []
        for component in root.children where component.name == "VEVENT" {
            if let event = event(from: component, context: &context, problems: &problems) { events.append(event) }
        }
        return events
    }

    /// What reading values needs: the zone resolver, the calendar for floating times, and X-WR-TIMEZONE.
    struct Context {
        var resolver: ICalendarZoneResolver
        var floating: Calendar
        var calendarZone: TimeZone?
        /// TZIDs whose problem was already reported.
        var reported: Set<String> = []
    }

    /// A VTIMEZONE's observances; nil (reported) without a TZID.
    static func zone(from component: ICalendarComponent, problems: inout [ICalendarProblem]) -> ICalendarZone? {
        guard let tzid = component.first("TZID")?.value.trimmingCharacters(in: .whitespaces), !tzid.isEmpty else {
            problems.append(ICalendarProblem(line: component.line, "VTIMEZONE without a TZID; ignored"))
            return nil
        }
        let utc = UpcomingSessions.utcCalendar
        var observances: [ICalendarZone.Observance] = []
        for part in component.children where part.name == "STANDARD" || part.name == "DAYLIGHT" {
            guard let startText = part.first("DTSTART")?.value, let start = dateTime(startText, zone: utc.timeZone, calendar: utc)?.date,
                  let from = part.first("TZOFFSETFROM").flatMap({ offset($0.value) }), let to = part.first("TZOFFSETTO").flatMap({ offset($0.value) }) else {
                problems.append(ICalendarProblem(line: part.line, "\(part.name) of time zone \"\(preview(tzid))\" needs DTSTART, TZOFFSETFROM and TZOFFSETTO; ignored"))
                continue
            }
            var observance = ICalendarZone.Observance(isDaylight: part.name == "DAYLIGHT", start: start, offsetFrom: from, offsetTo: to)
            if let rule = part.first("RRULE") {
                var ruleProblems: [ICalendarProblem] = []
                observance.rule = ICalendarRuleReader(start: start, calendar: utc, isAllDay: false).recurrence(rule, problems: &ruleProblems)
                problems += ruleProblems.map { ICalendarProblem(line: $0.line, "time zone \"\(preview(tzid))\": \($0.message)") }
            }
            for rdate in part.all("RDATE") {
                observance.dates += rdate.value.split(separator: ",").compactMap { dateTime(String($0), zone: utc.timeZone, calendar: utc)?.date }
            }
            observances.append(observance)
        }
        guard !observances.isEmpty else {
            problems.append(ICalendarProblem(line: component.line, "time zone \"\(preview(tzid))\" has no STANDARD or DAYLIGHT part; ignored"))
            return nil
        }
        return ICalendarZone(identifier: tzid, observances: observances, location: component.first("X-LIC-LOCATION")?.value)
    }

    /// "+0100", "-0530", "+013045" in seconds.
    static func offset(_ text: String) -> Int? {
        let value = text.trimmingCharacters(in: .whitespaces)
        guard let sign = value.first, sign == "+" || sign == "-", value.count == 5 || value.count == 7,
              value.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let digits = Array(value.dropFirst()).map { Int(String($0))! }
        let seconds = (digits[0] * 10 + digits[1]) * 3_600 + (digits[2] * 10 + digits[3]) * 60 + (digits.count == 6 ? digits[4] * 10 + digits[5] : 0)
        return sign == "-" ? -seconds : seconds
    }

    private func event(from component: ICalendarComponent, context: inout Context, problems: inout [ICalendarProblem]) -> ICalendarEvent? {
        let line = component.line
        var start: Moment?
        var end: Moment?
        var duration: TimeInterval?
        var event = ICalendarEvent(line: line, start: Date(timeIntervalSince1970: 0))
        var rules: [ICalendarComponent.Property] = []
        var exdates: [Moment] = []
        var outlookAllDay = false
        for property in component.properties {
            switch property.name {
            case "UID": event.uid = property.value.trimmingCharacters(in: .whitespaces)
            case "SUMMARY": event.summary = ICalendarText.unescape(property.value)
            case "LOCATION": event.location = ICalendarText.unescape(property.value)
            case "DESCRIPTION": event.description = ICalendarText.unescape(property.value)
            case "CATEGORIES": event.categories += Self.splitList(property.value).map(ICalendarText.unescape)
            case "STATUS": event.status = property.value.trimmingCharacters(in: .whitespaces).uppercased()
            case "X-GUILD-FORMAT": event.guildFormat = property.value
            case "X-GUILD-ID": event.guildID = property.value
            case "X-MICROSOFT-CDO-ALLDAYEVENT", "X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT":
                outlookAllDay = property.value.trimmingCharacters(in: .whitespaces).uppercased() == "TRUE"
            case "DTSTART":
                if let value = moments(property, context: &context, problems: &problems)?.first { start = value }
            case "DTEND":
                if let value = moments(property, context: &context, problems: &problems)?.first { end = value }
            case "DURATION":
                if let seconds = Self.duration(property.value) { duration = seconds } else {
                    problems.append(ICalendarProblem(line: property.number, "DURATION \"\(Self.preview(property.value))\" is not a duration such as PT1H30M"))
                }
            case "RRULE": rules.append(property)
            case "EXDATE": exdates += moments(property, context: &context, problems: &problems) ?? []
            case "RECURRENCE-ID":
                event.recurrenceID = moments(property, context: &context, problems: &problems)?.first?.date
                if property.parameters["RANGE"]?.uppercased() == "THISANDFUTURE" {
                    problems.append(ICalendarProblem(line: property.number, "RECURRENCE-ID;RANGE=THISANDFUTURE (this and later meetings) is applied to this meeting only"))
                }
            case "RDATE":
                let count = property.value.split(separator: ",").count
                problems.append(ICalendarProblem(line: property.number, "RDATE: \(count) extra meeting\(count == 1 ? "" : "s") outside the repeat rule cannot be represented; not imported"))
            case "EXRULE":
                problems.append(ICalendarProblem(line: property.number, "EXRULE (deprecated in RFC 5545) cannot be represented; the meetings it excludes are imported"))
            default: break
            }
        }
        guard var start else {
            problems.append(ICalendarProblem(line: line, "event\(event.summary.map { " \"\(Self.preview($0))\"" } ?? "") has no readable DTSTART; skipped"))
            return nil
        }
        // Outlook may write an all-day event as midnight to midnight with X-MICROSOFT-CDO-ALLDAYEVENT:TRUE.
        if outlookAllDay, !start.isDate, let day = localDay(of: start, context: &context), let endMoment = end ?? duration.map({ Moment(date: start.date.addingTimeInterval($0), isDate: false) }),
           let lastDay = localDay(of: endMoment, context: &context), day < lastDay, isMidnight(start, context: &context), isMidnight(endMoment, context: &context) {
            let utc = UpcomingSessions.utcCalendar
            start = Moment(date: day.start(in: utc), isDate: true)
            end = Moment(date: lastDay.start(in: utc), isDate: true)
            duration = nil
        }
        event.start = start.date
        event.isAllDay = start.isDate
        event.timeZone = start.isDate ? nil : start.zone
        // X-WR-TIMEZONE: a UTC start belongs to the calendar's zone, so its repeats keep the calendar's wall-clock time.
        if let calendarZone = context.calendarZone, !start.isDate, start.zone == nil || start.zone == "GMT" { event.timeZone = calendarZone.identifier }
        if start.isDate {
            let days = end.map { $0.isDate ? Int(($0.date.timeIntervalSince(start.date) / 86_400).rounded()) : 1 }
                ?? duration.map { max(1, Int(($0 / 86_400).rounded(.up))) } ?? 1
            event.end = start.date.addingTimeInterval(TimeInterval(max(days, 0)) * 86_400)
        } else {
            event.end = end?.date ?? duration.map { start.date.addingTimeInterval($0) }
        }
        if let end = event.end, end < start.date || (start.isDate && end == start.date) {
            problems.append(ICalendarProblem(line: line, "event ends before it starts; its length is ignored"))
            event.end = start.isDate ? start.date.addingTimeInterval(86_400) : nil
        }
        let seriesCalendar = calendarFor(event: event, context: context)
        event.exdates = exdates.map { exdate in
            // A DATE among the EXDATEs of a timed series names that day's meeting.
            guard exdate.isDate, !start.isDate, let day = Optional(Day(exdate.date, in: UpcomingSessions.utcCalendar)),
                  let meeting = RecurrenceExpansion(rule: Recurrence(frequency: .daily), start: start.date, calendar: seriesCalendar).instant(on: day) else { return exdate.date }
            return meeting
        }.sorted()
        if let rule = rules.first {
            event.recurrence = ICalendarRuleReader(start: start.date, calendar: seriesCalendar, isAllDay: start.isDate).recurrence(rule, problems: &problems)
            for extra in rules.dropFirst() {
                problems.append(ICalendarProblem(line: extra.number, "a second RRULE cannot be represented; only the first is imported"))
            }
        }
        if event.recurrence != nil, !event.exdates.isEmpty { event.recurrence?.skipped = event.exdates }
        return event
    }

    /// The calendar an event's series repeats in: its zone's, the floating calendar's, or UTC for all-day days.
    private func calendarFor(event: ICalendarEvent, context: Context) -> Calendar {
        if event.isAllDay { return UpcomingSessions.utcCalendar }
        guard let identifier = event.timeZone, let zone = TimeZone(identifier: identifier) else { return context.floating }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    /// The day a moment falls on in the zone it was written in.
    private func localDay(of moment: Moment, context: inout Context) -> Day? {
        if moment.isDate { return Day(moment.date, in: UpcomingSessions.utcCalendar) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = moment.zone.flatMap { TimeZone(identifier: $0) } ?? context.floating.timeZone
        return Day(moment.date, in: calendar)
    }

    private func isMidnight(_ moment: Moment, context: inout Context) -> Bool {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = moment.zone.flatMap { TimeZone(identifier: $0) } ?? context.floating.timeZone
        let parts = calendar.dateComponents([.hour, .minute, .second], from: moment.date)
        return parts.hour == 0 && parts.minute == 0 && parts.second == 0
    }

    /// The DATE or DATE-TIME values of a property (comma-separated lists too), honouring TZID and VALUE=DATE.
    private func moments(_ property: ICalendarComponent.Property, context: inout Context, problems: inout [ICalendarProblem]) -> [Moment]? {
        var result: [Moment] = []
        for value in property.value.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let parts = Self.dateParts(value) else {
                problems.append(ICalendarProblem(line: property.number, "\(property.name) \"\(Self.preview(value))\" is not a date (20261127) or date-time (20261127T150000, …Z)"))
                return nil
            }
            let utc = UpcomingSessions.utcCalendar
            var components = DateComponents(year: parts.day.year, month: parts.day.month, day: parts.day.day)
            guard let time = parts.time else {
                result.append(Moment(date: utc.date(from: components)!, isDate: true))
                continue
            }
            components.hour = time.hour
            components.minute = time.minute
            components.second = time.second
            if parts.isUTC {
                result.append(Moment(date: utc.date(from: components)!, isDate: false, zone: utc.timeZone.identifier))
            } else if let tzid = property.parameters["TZID"] {
                let resolution = context.resolver.resolve(tzid)
                if let problem = resolution.problem, context.reported.insert(tzid).inserted {
                    let fallback = resolution.definition == nil && resolution.zone == nil ? "; read as \(context.floating.timeZone.identifier)" : ""
                    problems.append(ICalendarProblem(line: property.number, "\(property.name): \(problem)\(fallback)"))
                }
                if let definition = resolution.definition, let date = definition.date(local: components) {
                    result.append(Moment(date: date, isDate: false, zone: resolution.kept))
                } else {
                    var local = Calendar(identifier: .gregorian)
                    local.timeZone = resolution.zone ?? context.floating.timeZone
                    guard let date = local.date(from: components) else { return nil }
                    result.append(Moment(date: date, isDate: false, zone: resolution.zone == nil ? nil : resolution.kept))
                }
            } else {
                guard let date = context.floating.date(from: components) else { return nil }
                result.append(Moment(date: date, isDate: false, zone: context.calendarZone?.identifier))
            }
        }
        return result.isEmpty ? nil : result
    }

    /// The parts of "20261127" (a day), "20261127T150000" (a local time) or "20261127T140000Z" (UTC); nil when it is not one.
    static func dateParts(_ value: String) -> (day: Day, time: (hour: Int, minute: Int, second: Int)?, isUTC: Bool)? {
        let characters = Array(value.uppercased())
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= characters.count, characters[range].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(String(characters[range]))
        }
        guard let year = number(0..<4), let month = number(4..<6), let dayNumber = number(6..<8),
              let day = Day(year: year, month: month, day: dayNumber) else { return nil }
        if characters.count == 8 { return (day, nil, false) }
        guard characters.count == 15 || (characters.count == 16 && characters[15] == "Z"), characters[8] == "T",
              let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15),
              hour < 24, minute < 60, second <= 60 else { return nil }
        return (day, (hour, minute, min(second, 59)), characters.count == 16)
    }

    /// "20261127" (midnight UTC: a day), "20261127T150000" (in `zone`) or "20261127T140000Z" (UTC).
    static func dateTime(_ value: String, zone: TimeZone, calendar: Calendar) -> (date: Date, allDay: Bool)? {
        guard let parts = dateParts(value) else { return nil }
        var local = Calendar(identifier: .gregorian)
        var components = DateComponents(year: parts.day.year, month: parts.day.month, day: parts.day.day)
        guard let time = parts.time else {
            local.timeZone = TimeZone(identifier: "UTC")!
            return local.date(from: components).map { ($0, true) }
        }
        components.hour = time.hour
        components.minute = time.minute
        components.second = time.second
        local.timeZone = parts.isUTC ? TimeZone(identifier: "UTC")! : zone
        return local.date(from: components).map { ($0, false) }
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
    static func parse(_ raw: String, number: Int) -> ICalendarComponent.Property? {
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
        return ICalendarComponent.Property(number: number, name: name, parameters: parameters, value: value)
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
