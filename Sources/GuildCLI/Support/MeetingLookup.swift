import Foundation
import GuildCore

/// Finds the session a meeting command means: by id (or its first characters), by title, or today's when none is named.
enum MeetingLookup {
    /// The meeting to hold: `query` names a session by id, id prefix or title; nil means a live meeting, else today's session.
    static func occurrence(_ query: String?, in data: GuildData, now: Date, calendar: Calendar) throws -> SessionOccurrence {
        guard let query, !query.trimmingCharacters(in: .whitespaces).isEmpty else {
            if let today = HeldSession.today(in: data, now: now, calendar: calendar) { return today }
            throw CLIFailure("no session today and none is live: name one, e.g. guild meeting \"Weekly tech meeting\" (see guild list sessions)")
        }
        let session = try find(query, in: data)
        if session.recurrence == nil { return SessionOccurrence(session: session, start: session.start, index: 0) }
        // A series: its meeting today if there is one (held or not), else the next one.
        if let live = data.sessions.values.first(where: { $0.seriesID == session.id && $0.status == .live }) {
            return SessionOccurrence(session: live, start: live.start, index: 0)
        }
        let startOfDay = calendar.startOfDay(for: now)
        let horizon = calendar.date(byAdding: .day, value: 400, to: now)!
        guard let next = UpcomingSessions.occurrences(of: session, from: startOfDay, to: horizon, calendar: calendar).first(where: { occurrence in
            !data.sessions.values.contains { $0.seriesID == session.id && $0.seriesSlot == occurrence.slot && $0.status == .done }
        }) else {
            throw CLIFailure("\"\(session.title)\" has no meeting left to hold")
        }
        return next
    }

    /// The live meeting `query` names (or the only live one); fails with a hint when none is live.
    static func live(_ query: String?, in data: GuildData) throws -> Session {
        let live = data.sessions.values.filter { $0.status == .live }.sorted { $0.start > $1.start }
        guard !live.isEmpty else {
            throw CLIFailure("no meeting is live: start one with `guild meeting` (or press m on a session in the dashboard)")
        }
        guard let query, !query.isEmpty else { return live[0] }
        let session = try find(query, in: data)
        if session.status == .live { return session }
        if let held = live.first(where: { $0.seriesID == session.id }) { return held }
        throw CLIFailure("\"\(session.title)\" is not live; live now: " + live.map(\.title).joined(separator: ", "))
    }

    /// A session by full id, id prefix (at least 4 characters) or title words; the most recent wins among held meetings of one title.
    static func find(_ query: String, in data: GuildData) throws -> Session {
        let text = query.trimmingCharacters(in: .whitespaces)
        if let id = UUID(uuidString: text), let session = data.sessions[id] { return session }
        let lower = text.lowercased()
        if lower.count >= 4, lower.allSatisfy({ $0.isHexDigit || $0 == "-" }) {
            let matches = data.sessions.values.filter { $0.id.uuidString.lowercased().hasPrefix(lower) }
            if matches.count == 1 { return matches[0] }
            if matches.count > 1 { throw CLIFailure("\"\(text)\" matches \(matches.count) sessions: type more of the id") }
        }
        let byTitle = data.sessions.values.filter { TextMatch.matches($0.title, query: text) }
        guard !byTitle.isEmpty else {
            throw CLIFailure("no session matches \"\(text)\" (give an id or words of the title; see guild list sessions --all)")
        }
        // Prefer what is running, then the series itself, then the latest held meeting.
        if let live = byTitle.first(where: { $0.status == .live }) { return live }
        if let series = byTitle.first(where: { $0.recurrence != nil }) { return series }
        let titles = Set(byTitle.map(\.title))
        if titles.count > 1 {
            throw CLIFailure("\"\(text)\" matches several sessions: " + titles.sorted().prefix(5).joined(separator: "; ") + " (be more precise or give an id)")
        }
        return byTitle.max { ($0.start, $0.id.uuidString) < ($1.start, $1.id.uuidString) }!
    }
}
