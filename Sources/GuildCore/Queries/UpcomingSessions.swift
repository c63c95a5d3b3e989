import Foundation

/// The sessions still to come, with recurring sessions expanded into their occurrences.
public enum UpcomingSessions {
    /// Occurrences that have not ended by `now` and start within `horizonDays`, soonest first.
    /// Cancelled and done sessions are left out; a held occurrence of a series replaces the series' own repeat at the
    /// start it stands for (so a moved meeting shows once, at its new time).
    public static func list(in data: GuildData, now: Date, calendar: Calendar, horizonDays: Int = 90) -> [SessionOccurrence] {
        let horizon = calendar.date(byAdding: .day, value: horizonDays, to: now)!
        var result: [SessionOccurrence] = []
        let held = heldSlots(in: data)
        for session in data.sessions.values where session.status == .planned || session.status == .live {
            if session.recurrence != nil {
                let taken = held[session.id] ?? []
                for occurrence in occurrences(of: session, from: now, to: horizon, calendar: calendar) where !taken.contains(occurrence.slot) {
                    result.append(occurrence)
                }
            } else if session.status == .live, let single = single(session, calendar: calendar), single.start <= horizon {
                result.append(single)
            } else {
                result += occurrences(of: session, from: now, to: horizon, calendar: calendar)
            }
        }
        return sorted(result)
    }

    /// Every meeting of the sessions whose status is in `statuses` that starts in `from..<to`, soonest first: series
    /// expanded, less the starts their held records stand for. The view a calendar program gives of the same range.
    public static func starting(in data: GuildData, from: Date, to: Date, calendar: Calendar,
                                statuses: Set<Session.Status> = [.planned, .live]) -> [SessionOccurrence] {
        var result: [SessionOccurrence] = []
        let held = heldSlots(in: data)
        for session in data.sessions.values where statuses.contains(session.status) {
            let taken = session.recurrence != nil ? held[session.id] ?? [] : []
            result += occurrences(of: session, from: from, to: to, calendar: calendar)
                .filter { $0.start >= from && $0.start < to && !taken.contains($0.slot) }
        }
        return sorted(result)
    }

    /// The occurrences of a session (every meeting of a recurring one) that have not ended by `from` and start no later than `to`.
    public static func occurrences(of session: Session, from: Date, to: Date, calendar: Calendar) -> [SessionOccurrence] {
        guard let recurrence = session.recurrence else {
            guard let single = single(session, calendar: calendar), single.end > from, single.start <= to else { return [] }
            return [single]
        }
        let seriesCalendar = self.calendar(of: session, viewer: calendar)
        let expansion = RecurrenceExpansion(rule: recurrence, start: session.start, calendar: seriesCalendar)
        // A meeting that started before `from` may still be on; all-day days shift by up to a day between zones.
        let slack: TimeInterval = session.isAllDay ? 86_400 : 0
        let duration = TimeInterval(session.durationMinutes * 60)
        var result: [SessionOccurrence] = []
        for (slot, period) in expansion.starts(from: from.addingTimeInterval(-duration - slack), through: to.addingTimeInterval(slack)) {
            let occurrence = self.occurrence(of: session, slot: slot, index: period, calendar: calendar)
            if occurrence.end > from, occurrence.start <= to { result.append(occurrence) }
        }
        return result
    }

    /// The one meeting of a session that does not repeat (a held record of a series too).
    static func single(_ session: Session, calendar: Calendar) -> SessionOccurrence? {
        occurrence(of: session, slot: session.start, index: 0, calendar: calendar)
    }

    /// The meeting of `session` at `slot` (its stored start): for an all-day session, its days from midnight to
    /// midnight in the viewer's calendar.
    public static func occurrence(of session: Session, slot: Date, index: Int, calendar: Calendar) -> SessionOccurrence {
        guard session.isAllDay else { return SessionOccurrence(session: session, start: slot, index: index) }
        let day = Day(slot, in: utcCalendar)
        let days = max(1, session.durationMinutes / (24 * 60))
        return SessionOccurrence(session: session, start: day.start(in: calendar), index: index,
                                 end: day.adding(days: days).start(in: calendar), slot: slot)
    }

    /// The calendar a session's wall-clock times belong to: UTC for all-day days, its own time zone, else the viewer's.
    public static func calendar(of session: Session, viewer: Calendar) -> Calendar {
        if session.isAllDay { return utcCalendar }
        guard let identifier = session.timeZone, let zone = TimeZone(identifier: identifier), zone.identifier != viewer.timeZone.identifier else {
            return viewer
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    /// The Gregorian calendar in UTC, where all-day sessions keep their days.
    public static var utcCalendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    /// For each series, the starts its held records stand for.
    static func heldSlots(in data: GuildData) -> [UUID: Set<Date>] {
        var held: [UUID: Set<Date>] = [:]
        for session in data.sessions.values {
            if let series = session.seriesID { held[series, default: []].insert(session.seriesSlot) }
        }
        return held
    }

    private static func sorted(_ occurrences: [SessionOccurrence]) -> [SessionOccurrence] {
        occurrences.sorted { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.session.title != b.session.title { return a.session.title < b.session.title }
            return a.session.id.precedes(b.session.id)
        }
    }
}
