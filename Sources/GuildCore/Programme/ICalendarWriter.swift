import Foundation

/// Writes sessions as an iCalendar file (RFC 5545) that calendar programs import: CRLF line ends, lines folded at 75 octets,
/// TEXT escaped, a stable UID per session, DTSTAMP, times with TZID (and a VTIMEZONE) or in UTC, recurrences as RRULE with
/// UNTIL, skipped meetings as EXDATE, and a rescheduled or re-staffed meeting of a series as an override with RECURRENCE-ID.
public struct ICalendarWriter: Sendable {
    /// The time zone of times written: UTC ("Z") when the calendar is UTC, else local times with TZID.
    public var calendar: Calendar
    /// Shown by some programs as the calendar's name (X-WR-CALNAME).
    public var name: String
    public var productID = "-//Guild//Guild knowledge sharing//EN"

    public init(calendar: Calendar, name: String = "Guild sessions") {
        self.calendar = calendar
        self.name = name
    }

    /// The stable UID of a session: its id, lower-case, at "guild".
    public static func uid(for sessionID: UUID) -> String {
        sessionID.uuidString.lowercased() + "@guild"
    }

    /// The session records worth exporting at `now`: planned or live one-off sessions not yet over, and series with meetings to come;
    /// held meetings of those series that are planned (overrides) or cancelled (written as EXDATE).
    public static func upcoming(in data: GuildData, now: Date, calendar: Calendar) -> [Session] {
        var result: [Session] = []
        var seriesIDs = Set<UUID>()
        for session in data.sessions.values where session.seriesID == nil && (session.status == .planned || session.status == .live) {
            if let recurrence = session.recurrence {
                if let until = recurrence.until {
                    let untilEnd = calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: until))!
                    guard untilEnd > now else { continue }
                }
                result.append(session)
                seriesIDs.insert(session.id)
            } else if session.end > now || session.status == .live {
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
        if let zone = zoneID, !series.isEmpty {
            let years = sessions.map { calendar.component(.year, from: $0.start) }
            let first = years.min()!, last = max(years.max()!, first + 1)
            lines += ICalendarTimeZone(zone: calendar.timeZone, identifier: zone).component(fromYear: first - 1, toYear: last + 2)
        }
        for session in series {
            let held = (heldBySeries[session.id] ?? []).sorted { $0.start < $1.start }
            lines += event(session, data: data, exdates: held.filter { $0.status == .cancelled }.map(\.start))
            for override in held where override.status != .cancelled {
                lines += event(override, data: data, recurrenceOf: session)
            }
        }
        return lines.flatMap(ICalendarText.fold).map { $0 + "\r\n" }.joined() + "END:VCALENDAR\r\n"
    }

    /// The time zone id written as TZID, or nil for UTC.
    private var zoneID: String? {
        let zone = calendar.timeZone
        let isUTC = zone.secondsFromGMT() == 0 && zone.nextDaylightSavingTimeTransition == nil
            && ["UTC", "GMT", "Etc/UTC", "Etc/GMT", "Etc/Universal", "Universal", "Zulu"].contains(zone.identifier)
        return isUTC ? nil : zone.identifier
    }

    private func event(_ session: Session, data: GuildData, exdates: [Date] = [], recurrenceOf series: Session? = nil) -> [String] {
        var lines = ["BEGIN:VEVENT"]
        lines.append("UID:" + ICalendarWriter.uid(for: series?.id ?? session.id))
        lines.append("DTSTAMP:" + ICalendarWriter.utc(session.updatedAt))
        if series != nil { lines.append("RECURRENCE-ID" + dateValue(session.start)) }
        lines.append("DTSTART" + dateValue(session.start))
        lines.append("DTEND" + dateValue(session.end))
        if series == nil, let recurrence = session.recurrence {
            var rule = switch recurrence.frequency {
            case .weekly: "FREQ=WEEKLY"
            case .fortnightly: "FREQ=WEEKLY;INTERVAL=2"
            case .monthly: "FREQ=MONTHLY"
            }
            if let until = recurrence.until {
                // `until` names a day: any meeting that day still counts, so the limit is the day's last second, in UTC.
                let end = calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: until))!.addingTimeInterval(-1)
                rule += ";UNTIL=" + ICalendarWriter.utc(end)
            }
            lines.append("RRULE:" + rule)
            let skipped = Set((recurrence.skipped ?? []) + exdates).sorted()
            if !skipped.isEmpty {
                let values = skipped.map { dateValue($0) }
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

    /// ";TZID=Europe/Berlin:20261127T150000" or ":20261127T140000Z" (the parameter and the value, ready after a property name).
    private func dateValue(_ date: Date) -> String {
        guard let zone = zoneID else { return ":" + ICalendarWriter.utc(date) }
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return ";TZID=\(zone):" + String(format: "%04d%02d%02dT%02d%02d%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!)
    }

    /// "20261127T140000Z".
    static func utc(_ date: Date) -> String {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let parts = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!)
    }
}
