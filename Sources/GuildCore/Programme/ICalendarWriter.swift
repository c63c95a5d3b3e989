import Foundation

/// Writes sessions as an iCalendar file (RFC 5545) that calendar programs import: CRLF line ends, lines folded at 75 octets,
/// TEXT escaped, a stable UID per session (the calendar's own UID for an imported one, so re-importing it into that
/// calendar updates the event instead of adding a copy), DTSTAMP, times with the session's own TZID (and a VTIMEZONE for
/// each zone) or in UTC, all-day sessions as DATE values, recurrences as RRULE (BYDAY, BYMONTHDAY… and UNTIL), skipped
/// meetings as EXDATE, and a moved or re-staffed meeting of a series as an override whose RECURRENCE-ID is the start the
/// series gave it.
public struct ICalendarWriter: Sendable {
    /// The time zone of times of sessions that carry none (made before sessions kept one): UTC ("Z") when it is UTC.
    public var calendar: Calendar
    /// Shown by some programs as the calendar's name (X-WR-CALNAME).
    public var name: String
    public var productID = "-//Guild//Guild knowledge sharing//EN"

    public init(calendar: Calendar, name: String = "Guild sessions") {
        self.calendar = calendar
        self.name = name
    }

    /// The stable UID of a session made in Guild: its id, lower-case, at "guild".
    public static func uid(for sessionID: UUID) -> String {
        sessionID.uuidString.lowercased() + "@guild"
    }

    /// The UID a session's event is written with: the calendar's own for an imported one, else Guild's.
    public static func uid(of session: Session) -> String {
        session.calendarUID ?? uid(for: session.id)
    }

    /// The session records worth exporting at `now`: planned or live one-off sessions not yet over, and series with meetings to come;
    /// held meetings of those series that are planned (overrides) or cancelled (written as EXDATE).
    public static func upcoming(in data: GuildData, now: Date, calendar: Calendar) -> [Session] {
        var result: [Session] = []
        var seriesIDs = Set<UUID>()
        for session in data.sessions.values where session.seriesID == nil && (session.status == .planned || session.status == .live) {
            if let recurrence = session.recurrence {
                let expansion = RecurrenceExpansion(rule: recurrence, start: session.start, calendar: UpcomingSessions.calendar(of: session, viewer: calendar))
                let duration = TimeInterval(session.durationMinutes * 60) + (session.isAllDay ? 86_400 : 0)
                guard !expansion.starts(from: now.addingTimeInterval(-duration), through: .distantFuture, limit: 1).isEmpty else { continue }
                result.append(session)
                seriesIDs.insert(session.id)
            } else if UpcomingSessions.single(session, calendar: calendar).map({ $0.end > now }) ?? false || session.status == .live {
                result.append(session)
            }
        }
        for session in data.sessions.values {
            guard let series = session.seriesID, seriesIDs.contains(series) else { continue }
            if session.status == .cancelled || ((session.status == .planned || session.status == .live) && session.end > now) {
                result.append(session)
            }
        }
        return result.sorted { ($0.start, $0.id.uuidString) < ($1.start, $1.id.uuidString) }
    }

    /// The whole file for `sessions` (with names from `data`), CRLF line ends, ending in CRLF.
    public func document(_ sessions: [Session], data: GuildData) -> String {
        var lines: [String] = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(productID)", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                               "X-WR-CALNAME:\(ICalendarText.escape(name))"]
        let byID = Dictionary(sessions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let series = sessions.filter { $0.seriesID == nil }
        let heldBySeries = Dictionary(grouping: sessions.filter { $0.seriesID.map { byID[$0] != nil } ?? false }, by: { $0.seriesID! })
        // One VTIMEZONE per zone the times are written in, over the years they span.
        var zones: [String: TimeZone] = [:]
        for session in series where !session.isAllDay {
            let zone = self.zone(of: session)
            if let id = Self.zoneID(zone) { zones[id] = zone }
        }
        if !zones.isEmpty {
            let years = sessions.map { calendar.component(.year, from: $0.start) }
            let first = years.min()!, last = max(years.max()!, first + 1)
            for (id, zone) in zones.sorted(by: { $0.key < $1.key }) {
                lines += ICalendarTimeZone(zone: zone, identifier: id).component(fromYear: first - 1, toYear: last + 2)
            }
        }
        for session in series {
            let held = (heldBySeries[session.id] ?? []).sorted { $0.seriesSlot < $1.seriesSlot }
            lines += event(session, data: data, exdates: held.filter { $0.status == .cancelled }.map(\.seriesSlot))
            for override in held where override.status != .cancelled {
                lines += event(override, data: data, recurrenceOf: session)
            }
        }
        return lines.flatMap(ICalendarText.fold).map { $0 + "\r\n" }.joined() + "END:VCALENDAR\r\n"
    }

    /// The zone a session's times are written in: its own, else the writer's.
    private func zone(of session: Session) -> TimeZone {
        session.timeZone.flatMap { TimeZone(identifier: $0) } ?? calendar.timeZone
    }

    /// The zone's id written as TZID, or nil for UTC.
    private static func zoneID(_ zone: TimeZone) -> String? {
        let isUTC = zone.secondsFromGMT() == 0 && zone.nextDaylightSavingTimeTransition == nil
            && ["UTC", "GMT", "Etc/UTC", "Etc/GMT", "Etc/Universal", "Universal", "Zulu"].contains(zone.identifier)
        return isUTC ? nil : zone.identifier
    }

    private func event(_ session: Session, data: GuildData, exdates: [Date] = [], recurrenceOf series: Session? = nil) -> [String] {
        // An override is written in its series' zone and kind (all-day or timed), as calendars expect.
        let owner = series ?? session
        let zone = self.zone(of: owner)
        let allDay = owner.isAllDay
        var lines = ["BEGIN:VEVENT"]
        lines.append("UID:" + ICalendarWriter.uid(of: owner))
        lines.append("DTSTAMP:" + ICalendarWriter.utc(session.updatedAt))
        if series != nil { lines.append("RECURRENCE-ID" + dateValue(session.seriesSlot, zone: zone, allDay: allDay)) }
        lines.append("DTSTART" + dateValue(session.start, zone: zone, allDay: allDay))
        if allDay && session.isAllDay {
            lines.append("DTEND" + dateValue(session.start.addingTimeInterval(TimeInterval(session.durationMinutes * 60)), zone: zone, allDay: true))
        } else {
            lines.append("DTEND" + dateValue(session.end, zone: zone, allDay: allDay))
        }
        if series == nil, let recurrence = session.recurrence {
            lines.append("RRULE:" + rule(recurrence, zone: zone, allDay: allDay))
            let skipped = Set((recurrence.skipped ?? []) + exdates).sorted()
            if !skipped.isEmpty {
                let values = skipped.map { dateValue($0, zone: zone, allDay: allDay) }
                let parameter = values[0].components(separatedBy: ":")[0]
                lines.append("EXDATE" + parameter + ":" + values.map { $0.components(separatedBy: ":").dropFirst().joined(separator: ":") }.joined(separator: ","))
            }
        }
        lines.append("SUMMARY:" + ICalendarText.escape(session.title))
        if !session.location.isEmpty { lines.append("LOCATION:" + ICalendarText.escape(session.location)) }
        lines.append("DESCRIPTION:" + ICalendarText.escape(description(of: session, data: data)))
        lines.append("CATEGORIES:" + ICalendarText.escape(session.format.name))
        lines.append("STATUS:CONFIRMED")
        lines.append("X-GUILD-FORMAT:" + session.format.rawValue)
        if series != nil { lines.append("X-GUILD-ID:" + session.id.uuidString.lowercased()) }
        lines.append("END:VEVENT")
        return lines
    }

    /// "FREQ=MONTHLY;BYDAY=1WE;UNTIL=20261231T225959Z".
    private func rule(_ recurrence: Recurrence, zone: TimeZone, allDay: Bool) -> String {
        var parts = ["FREQ=" + recurrence.frequency.rulePeriod.name]
        if recurrence.step > 1 { parts.append("INTERVAL=\(recurrence.step)") }
        if let until = recurrence.until {
            // `until` names a day in the series' zone: any meeting that day still counts, so the limit is its last second.
            var local = Calendar(identifier: .gregorian)
            local.timeZone = allDay ? TimeZone(identifier: "UTC")! : zone
            let day = Day(until, in: local)
            parts.append("UNTIL=" + (allDay ? Self.compact(day) : ICalendarWriter.utc(day.adding(days: 1).start(in: local).addingTimeInterval(-1))))
        }
        if let weekdays = recurrence.weekdays { parts.append("BYDAY=" + weekdays.map(\.description).joined(separator: ",")) }
        if let monthDays = recurrence.monthDays { parts.append("BYMONTHDAY=" + monthDays.map(String.init).joined(separator: ",")) }
        if let months = recurrence.months { parts.append("BYMONTH=" + months.map(String.init).joined(separator: ",")) }
        if let positions = recurrence.setPositions { parts.append("BYSETPOS=" + positions.map(String.init).joined(separator: ",")) }
        if let weekStart = recurrence.weekStart { parts.append("WKST=" + weekStart.rawValue) }
        return parts.joined(separator: ";")
    }

    /// What people read in their calendar: outcome, format, who, and the agenda with timeboxes.
    private func description(of session: Session, data: GuildData) -> String {
        var parts: [String] = []
        if !session.desiredOutcome.isEmpty { parts.append("Desired outcome: " + session.desiredOutcome) }
        parts.append("Format: " + session.format.name)
        if session.facilitator != nil { parts.append("Facilitator: " + data.name(of: session.facilitator)) }
        if !session.presenters.isEmpty { parts.append("Presenters: " + session.presenters.map { data.name(of: $0) }.joined(separator: ", ")) }
        if session.noteTaker != nil { parts.append("Note-taker: " + data.name(of: session.noteTaker)) }
        if !session.agenda.isEmpty {
            parts.append("Agenda:")
            parts += session.agenda.map { "- \($0.title) (\($0.minutes) min)" }
        }
        if let details = session.details, !details.isEmpty { parts.append(""); parts.append(details) }
        return parts.joined(separator: "\n")
    }

    /// ";TZID=Europe/Berlin:20261127T150000", ":20261127T140000Z" or ";VALUE=DATE:20261224" (the parameter and the value,
    /// ready after a property name).
    private func dateValue(_ date: Date, zone: TimeZone, allDay: Bool) -> String {
        if allDay { return ";VALUE=DATE:" + Self.compact(Day(date, in: UpcomingSessions.utcCalendar)) }
        guard let id = Self.zoneID(zone) else { return ":" + ICalendarWriter.utc(date) }
        var local = Calendar(identifier: .gregorian)
        local.timeZone = zone
        let parts = local.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return ";TZID=\(id):" + String(format: "%04d%02d%02dT%02d%02d%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!)
    }

    /// "20261224".
    private static func compact(_ day: Day) -> String {
        String(format: "%04d%02d%02d", day.year, day.month, day.day)
    }

    /// "20261127T140000Z".
    static func utc(_ date: Date) -> String {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let parts = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!)
    }
}
