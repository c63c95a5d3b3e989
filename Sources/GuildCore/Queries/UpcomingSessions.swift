import Foundation

/// The sessions still to come, with recurring sessions expanded into their occurrences.
public enum UpcomingSessions {
    /// Occurrences that have not ended by `now` and start within `horizonDays`, soonest first.
    /// Cancelled and done sessions are left out; a held occurrence of a series replaces the series' own repeat.
    public static func list(in data: GuildData, now: Date, calendar: Calendar, horizonDays: Int = 90) -> [SessionOccurrence] {
        let horizon = calendar.date(byAdding: .day, value: horizonDays, to: now)!
        var heldStarts: [UUID: Set<Date>] = [:]
        for session in data.sessions.values {
            if let series = session.seriesID { heldStarts[series, default: []].insert(session.start) }
        }
        var result: [SessionOccurrence] = []
        for session in data.sessions.values where session.status == .planned || session.status == .live {
            if session.recurrence != nil {
                let held = heldStarts[session.id] ?? []
                for occurrence in occurrences(of: session, from: now, to: horizon, calendar: calendar)
                where !held.contains(occurrence.start) {
                    result.append(occurrence)
                }
            } else if session.end > now || session.status == .live, session.start <= horizon {
                result.append(SessionOccurrence(session: session, start: session.start, index: 0))
            }
        }
        result.sort { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.session.title != b.session.title { return a.session.title < b.session.title }
            return a.session.id.precedes(b.session.id)
        }
        return result
    }

    /// The occurrences of a recurring session that have not ended by `from` and start no later than `to`.
    public static func occurrences(of session: Session, from: Date, to: Date, calendar: Calendar) -> [SessionOccurrence] {
        guard let recurrence = session.recurrence else {
            return session.end > from && session.start <= to ? [SessionOccurrence(session: session, start: session.start, index: 0)] : []
        }
        let skipped = Set(recurrence.skipped ?? [])
        // `until` names a day: an occurrence any time that day still counts.
        let untilEnd = recurrence.until.map { calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: $0))!.addingTimeInterval(-1) }
        let last = min(to, untilEnd ?? to)
        let duration = TimeInterval(session.durationMinutes * 60)
        // Jump close to `from` instead of walking a long series from its first meeting.
        var index = max(0, estimatedIndex(of: from.addingTimeInterval(-duration), in: session, frequency: recurrence.frequency) - 1)
        var result: [SessionOccurrence] = []
        while let start = startOf(index, session: session, frequency: recurrence.frequency, calendar: calendar), start <= last {
            if start.addingTimeInterval(duration) > from, !skipped.contains(start) {
                result.append(SessionOccurrence(session: session, start: start, index: index))
            }
            index += 1
            if result.count > 1_000 { break }
        }
        return result
    }

    /// The start of occurrence `index` of a series, keeping the wall-clock time across daylight-saving changes.
    public static func startOf(_ index: Int, session: Session, frequency: Recurrence.Frequency, calendar: Calendar) -> Date? {
        switch frequency {
        case .weekly: calendar.date(byAdding: .day, value: 7 * index, to: session.start)
        case .fortnightly: calendar.date(byAdding: .day, value: 14 * index, to: session.start)
        case .monthly: calendar.date(byAdding: .month, value: index, to: session.start)
        }
    }

    private static func estimatedIndex(of date: Date, in session: Session, frequency: Recurrence.Frequency) -> Int {
        let elapsed = date.timeIntervalSince(session.start)
        guard elapsed > 0 else { return 0 }
        let day = 86_400.0
        let period: Double = switch frequency {
        case .weekly: 7 * day
        case .fortnightly: 14 * day
        case .monthly: 28 * day
        }
        // Monthly periods vary; underestimate so the walk starts before `date`.
        let estimate = Int(elapsed / period)
        return frequency == .monthly ? Int(Double(estimate) * 28.0 / 31.0) : estimate
    }
}
