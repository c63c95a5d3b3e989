import Foundation

/// The record a meeting is held on: the session itself, or for a recurring session a record of its own for that occurrence.
public enum HeldSession {
    /// The held record of `occurrence` if one exists, else a new one ready to save: for a series, a copy with
    /// `seriesID` set, `start` and `originalStart` at the occurrence's slot, the series' time zone, no recurrence, the
    /// series' attendees (less anyone away), and the
    /// facilitator and note-taker the series names for its next meeting or, when it names none, the rotation's picks.
    public static func record(for occurrence: SessionOccurrence, in data: GuildData, now: Date) -> Session {
        let series = occurrence.session
        guard series.recurrence != nil else { return series }
        if let held = data.sessions.values.first(where: { $0.seriesID == series.id && $0.seriesSlot == occurrence.slot }) {
            return held
        }
        let candidates = Rotation.candidates(for: series, in: data)
        let picks = Rotation.assign(candidates: candidates, history: Rotation.history(of: series.id, in: data),
                                    fixedFacilitator: series.keptFacilitator)
        let attendees = series.attendees.filter { data.people[$0].map { !$0.isAway } ?? true }
        return Session(
            title: series.title, format: series.format, desiredOutcome: series.desiredOutcome, details: series.details,
            start: occurrence.slot, durationMinutes: series.durationMinutes, location: series.location,
            facilitator: series.facilitator ?? picks.facilitator, presenters: series.presenters,
            noteTaker: series.noteTaker ?? picks.noteTaker, attendees: attendees, status: .planned, agenda: series.agenda,
            recurrence: nil, timeZone: series.timeZone, allDay: series.allDay, communityID: series.communityID, seriesID: series.id,
            originalStart: occurrence.slot, updatedAt: now)
    }

    /// The series a held record belongs to (nil for a one-off session).
    public static func series(of session: Session, in data: GuildData) -> Session? {
        session.seriesID.flatMap { data.sessions[$0] }
    }

    /// The meeting to open when none is named: a live one first, else today's occurrence closest to `now`.
    public static func today(in data: GuildData, now: Date, calendar: Calendar) -> SessionOccurrence? {
        if let live = data.sessions.values.filter({ $0.status == .live }).max(by: { $0.start < $1.start }) {
            return SessionOccurrence(session: live, start: live.start, index: 0)
        }
        let day = Day(now, in: calendar)
        let startOfDay = day.start(in: calendar)
        let endOfDay = day.adding(days: 1).start(in: calendar)
        let todays = UpcomingSessions.list(in: data, now: startOfDay, calendar: calendar, horizonDays: 1)
            .filter { $0.start >= startOfDay && $0.start < endOfDay }
        return todays.min { abs($0.start.timeIntervalSince(now)) < abs($1.start.timeIntervalSince(now)) }
    }

    /// Earlier meetings related to `session`: held meetings of the same series (and the series record), or sessions of the same community, that started before it.
    public static func earlier(than session: Session, in data: GuildData) -> [Session] {
        data.sessions.values.filter { other in
            guard other.id != session.id, other.start < session.start || other.id == session.seriesID else { return false }
            if let series = session.seriesID, other.seriesID == series || other.id == series { return true }
            if let community = session.communityID, other.communityID == community { return true }
            return false
        }.sorted { ($0.start, $0.id.uuidString) < ($1.start, $1.id.uuidString) }
    }

    /// Open action items that came out of earlier meetings of the same series or community, overdue first.
    public static func openActions(before session: Session, in data: GuildData, today: Day) -> [ActionItem] {
        let origins = Set(earlier(than: session, in: data).map(\.id))
        return OpenActions.list(in: data, today: today).filter { item in item.sessionID.map(origins.contains) ?? false }
    }

    /// Whether `session` is a meeting left live more than 12 hours past its end: the dashboard offers to resume it to
    /// wrap up, or to end it.
    public static func isLeftLive(_ session: Session, now: Date) -> Bool {
        session.status == .live && now > session.end.addingTimeInterval(12 * 3600)
    }

    /// The person who spoke first in the last round of the previous meeting of the series, as its progress record
    /// says; for a meeting held before progress was recorded, the author of its earliest round note (success,
    /// frustration, learning, pairing). Used so a new round does not start with them again.
    public static func lastRoundFirst(before session: Session, in data: GuildData, notes: [NoteEntry]) -> UUID? {
        guard let previous = earlier(than: session, in: data).last(where: { $0.seriesID != nil && $0.seriesID == session.seriesID }) else {
            return nil
        }
        if let progress = data.meetings[previous.id] { return progress.lastRoundFirst }
        let roundKinds: Set<NoteEntry.Kind> = [.success, .frustration, .learning, .pairing]
        return notes.filter { $0.sessionID == previous.id && roundKinds.contains($0.kind) && $0.author != nil }
            .min { ($0.createdAt, $0.id.uuidString) < ($1.createdAt, $1.id.uuidString) }?.author
    }
}
