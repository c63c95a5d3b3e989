import Foundation

/// Which held sessions are documented (key takeaways or a recording, issue 20) and which are overdue for it: a session
/// held more than `days` days ago without either is "not yet documented" for its facilitator and presenters. Weekly
/// meetings are documented by their minutes and are not counted.
public enum SessionDocumentation {
    /// Days after a session ends before it counts as not yet documented, unless the store says otherwise.
    public static let defaultDays = 7

    /// Whether a held session is expected to be documented with takeaways or a recording.
    public static func counts(_ session: Session) -> Bool {
        session.status == .done && session.format != .weeklyMeeting
    }

    /// Held sessions that ended more than `days` days before `now` with neither key takeaways nor a recording, oldest
    /// first; only those `person` facilitated or presented when a person is given.
    public static func overdue(in data: GuildData, now: Date, days: Int = defaultDays, for person: UUID? = nil) -> [Session] {
        let limit = now.addingTimeInterval(-TimeInterval(max(0, days)) * 86_400)
        return data.sessions.values.filter { session in
            counts(session) && !session.isDocumented && session.end <= limit
                && (person.map { session.facilitator == $0 || session.presenters.contains($0) } ?? true)
        }.sorted { ($0.start, $0.id.orderKey) < ($1.start, $1.id.orderKey) }
    }
}
