import Foundation
import GuildCore
import GuildUI
import TerminalGrid

/// Finds the session a meeting command means: by id (or its first characters), by title, or today's when none is named.
enum MeetingLookup {
    /// The meeting to hold: `query` names a session by id, id prefix or title; nil means a live meeting, else today's session.
    static func occurrence(_ query: String?, in data: GuildData, now: Date, calendar: Calendar) throws -> SessionOccurrence {
        guard let query, !query.trimmingCharacters(in: .whitespaces).isEmpty else {
            let live = liveSessions(in: data)
            if live.count > 1 {
                let chosen = try choose(among: live, calendar: calendar)
                return SessionOccurrence(session: chosen, start: chosen.start, index: 0)
            }
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

    /// The live meeting `query` names, or the only live one; with several live and none named, asks which (on a
    /// terminal) or fails naming them. Fails with a hint when none is live.
    static func live(_ query: String?, in data: GuildData, calendar: Calendar) throws -> Session {
        let live = liveSessions(in: data)
        guard !live.isEmpty else {
            let key = UserConfig.keymap(in: UserConfig.folder(environment: ProcessInfo.processInfo.environment)).keymap
                .firstKeyName(Command.meetingStart.rawValue)
            throw CLIFailure("no meeting is live: start one with `guild meeting` (or press \(key) on a session in the dashboard)")
        }
        guard let query, !query.isEmpty else {
            return live.count == 1 ? live[0] : try choose(among: live, calendar: calendar)
        }
        let session = try find(query, in: data)
        if session.status == .live { return session }
        if let held = live.first(where: { $0.seriesID == session.id }) { return held }
        throw CLIFailure("\"\(session.title)\" is not live; live now: " + live.map(\.title).joined(separator: ", "))
    }

    /// The live sessions, latest start first.
    static func liveSessions(in data: GuildData) -> [Session] {
        data.sessions.values.filter { $0.status == .live }.sorted { ($0.start, $0.id.uuidString) > ($1.start, $1.id.uuidString) }
    }

    /// One line naming a live session: title, start and the id to pass as --session.
    static func describe(_ session: Session, calendar: Calendar) -> String {
        let start = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: session.start)
        let when = String(format: "%04d-%02d-%02d %02d:%02d", start.year ?? 0, start.month ?? 0, start.day ?? 0, start.hour ?? 0, start.minute ?? 0)
        return "\"\(SafeText.sanitize(session.title))\", started \(when) (--session \(session.id.uuidString.lowercased().prefix(8)))"
    }

    /// Several meetings are live and none was named: asks which on a terminal, else fails listing them.
    static func choose(among live: [Session], calendar: Calendar) throws -> Session {
        let lines = live.enumerated().map { "  \($0.offset + 1). " + describe($0.element, calendar: calendar) }
        guard isatty(0) == 1, isatty(2) == 1 else {
            throw CLIFailure("\(live.count) meetings are live; name one with --session:\n" + lines.joined(separator: "\n"))
        }
        Terminal.status("\(live.count) meetings are live:")
        for line in lines { Terminal.status(line) }
        Terminal.prompt("Which one? [1-\(live.count)] ")
        let answer = readLine()?.trimmingCharacters(in: .whitespaces) ?? ""
        guard let number = Int(answer), live.indices.contains(number - 1) else {
            throw CLIFailure("no meeting chosen; name one with --session:\n" + lines.joined(separator: "\n"))
        }
        return live[number - 1]
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
        return byTitle.max { ($0.start, $0.id.orderKey) < ($1.start, $1.id.orderKey) }!
    }

    /// For `found` (a series, or one of several sessions sharing its title): its latest meeting that took place by `now`
    /// — wrapped up, or ended and neither cancelled nor a series itself; nil when none has.
    static func latestHeld(_ found: Session, in data: GuildData, now: Date) -> Session? {
        ([found] + data.sessions.values.filter { $0.seriesID == found.id || ($0.title == found.title && $0.id != found.id) })
            .filter { $0.status == .done || ($0.status != .cancelled && $0.recurrence == nil && $0.end <= now) }
            .max { ($0.start, $0.id.orderKey) < ($1.start, $1.id.orderKey) }
    }
}
