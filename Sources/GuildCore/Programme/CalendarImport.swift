import Foundation

/// Merges events read from a calendar into sessions, idempotently: each UID always maps to the same session id, so importing
/// the same file twice changes nothing. Calendar-owned fields (title, time, length, place, recurrence, cancellation) follow the
/// file; what Guild adds (facilitator, agenda, attendees, notes) is kept.
public enum CalendarImport {
    /// What an import would change.
    public struct Outcome: Sendable, Equatable {
        /// New or changed sessions to save, in file order.
        public var sessions: [Session] = []
        public var added = 0
        public var updated = 0
        public var unchanged = 0
        public var problems: [ICalendarProblem] = []
    }

    /// The session id for a UID: the id itself for Guild's own "<uuid>@guild", else a stable id derived from the UID text.
    public static func sessionID(forUID uid: String) -> UUID {
        if uid.hasSuffix("@guild"), let id = UUID(uuidString: String(uid.dropLast(6))) { return id }
        return derivedID(uid)
    }

    /// Applies `events` to `data` as of `now` (the time stamped on changed sessions).
    public static func merge(_ events: [ICalendarEvent], into data: GuildData, now: Date, calendar: Calendar) -> Outcome {
        var outcome = Outcome()
        var known = data.sessions
        // Series before the overrides that refer to them.
        let ordered = events.filter { $0.recurrenceID == nil } + events.filter { $0.recurrenceID != nil }
        var seen = Set<UUID>()
        for event in ordered {
            let uid = event.uid ?? "line-\(event.line)-" + String(Int(event.start.timeIntervalSince1970))
            if event.uid == nil {
                outcome.problems.append(ICalendarProblem(line: event.line, "event has no UID; it gets a new session each time the file is imported"))
            }
            var seriesID: UUID?
            let id: UUID
            if let recurrenceID = event.recurrenceID {
                let series = sessionID(forUID: uid)
                guard let master = known[series] else {
                    outcome.problems.append(ICalendarProblem(line: event.line, "RECURRENCE-ID refers to a series (UID \(uid)) that is neither in the file nor in the store; skipped"))
                    continue
                }
                guard master.recurrence != nil else {
                    outcome.problems.append(ICalendarProblem(line: event.line, "RECURRENCE-ID changes one meeting of \"\(ICalendarReader.preview(master.title))\", which was imported as a single meeting; skipped"))
                    continue
                }
                seriesID = series
                id = event.guildID.flatMap { UUID(uuidString: $0) } ?? derivedID(uid + "|" + String(Int(recurrenceID.timeIntervalSince1970)))
            } else {
                id = sessionID(forUID: uid)
            }
            guard seen.insert(id).inserted else {
                outcome.problems.append(ICalendarProblem(line: event.line, "a second event with UID \(uid); only the first is imported"))
                continue
            }
            let existing = known[id]
            var session = existing ?? Session(id: id, title: "", format: format(of: event), details: nilIfEmpty(event.description),
                                              start: event.start, updatedAt: now)
            var title = MarkdownText.oneLine(event.summary ?? "")
            if title.isEmpty { title = existing?.title ?? "(untitled)" }
            if title.count > 200 {
                outcome.problems.append(ICalendarProblem(line: event.line, "SUMMARY is longer than 200 characters; cut"))
                title = String(title.prefix(199)) + "…"
            }
            session.title = title
            if let guildFormat = event.guildFormat.flatMap(SessionFormat.init(rawValue:)) { session.format = guildFormat }
            session.start = event.start
            // Guild's own export writes a session without a zone (made before sessions kept one) in the exporter's zone:
            // reading it back at the same time does not pin it there.
            let unpinned = existing.map { $0.timeZone == nil && $0.start == event.start && isGuildUID(uid) } ?? false
            session.timeZone = unpinned ? nil : event.timeZone
            session.allDay = event.isAllDay ? true : nil
            if event.isAllDay {
                var days = max(1, Int(((event.end ?? event.start.addingTimeInterval(86_400)).timeIntervalSince(event.start) / 86_400).rounded()))
                if days > Session.maxAllDayDays {
                    outcome.problems.append(ICalendarProblem(line: event.line, "\"\(ICalendarReader.preview(title))\" lasts \(days) days; imported as \(Session.maxAllDayDays)"))
                    days = Session.maxAllDayDays
                }
                session.durationMinutes = days * 24 * 60
            } else if let end = event.end {
                var minutes = Int((end.timeIntervalSince(event.start) / 60).rounded())
                if minutes > 24 * 60 {
                    outcome.problems.append(ICalendarProblem(line: event.line, "\"\(ICalendarReader.preview(title))\" lasts more than 24 hours; imported as 24 hours"))
                    minutes = 24 * 60
                }
                session.durationMinutes = max(1, minutes)
            } else if existing == nil || existing?.isAllDay == true {
                session.durationMinutes = 60
            }
            session.location = MarkdownText.oneLine(event.location ?? "")
            session.seriesID = seriesID
            // An older held record without `originalStart` already stands for the start the file names.
            session.originalStart = existing?.seriesSlot == event.recurrenceID ? existing?.originalStart : event.recurrenceID
            session.recurrence = seriesID == nil ? event.recurrence : nil
            if seriesID == nil, let skipped = session.recurrence?.skipped {
                // A meeting Guild cancelled with a record of its own comes back as an EXDATE: the record already says so.
                let cancelled = Set(known.values.filter { $0.seriesID == id && $0.status == .cancelled }.map(\.seriesSlot))
                let kept = skipped.filter { !cancelled.contains($0) }
                session.recurrence?.skipped = kept.isEmpty ? nil : kept
            }
            // The source's UID, so an export updates the calendar's event instead of adding a copy (overrides share their series').
            // (Kept only when it can be written back as it came: one line of printable text.)
            let printable = uid.count <= 1_000 && uid.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
            session.calendarUID = seriesID == nil && event.uid != nil && !isGuildUID(uid) && printable ? uid : nil
            if event.status == "CANCELLED" {
                session.status = .cancelled
            } else if existing?.status == .cancelled || existing == nil {
                session.status = .planned
            }
            if let existing, sameIgnoringTime(existing, session) {
                outcome.unchanged += 1
            } else {
                session.updatedAt = now
                do {
                    try session.validate()
                } catch {
                    outcome.problems.append(ICalendarProblem(line: event.line, "\"\(ICalendarReader.preview(title))\": \(error); skipped"))
                    continue
                }
                if existing == nil { outcome.added += 1 } else { outcome.updated += 1 }
                outcome.sessions.append(session)
                known[id] = session
            }
        }
        return outcome
    }

    /// True for the UIDs Guild's own export writes ("<session id>@guild").
    static func isGuildUID(_ uid: String) -> Bool {
        uid.hasSuffix("@guild") && UUID(uuidString: String(uid.dropLast(6))) != nil
    }

    /// A new session's format: Guild's own X-GUILD-FORMAT, else the first category that names one, else "other".
    private static func format(of event: ICalendarEvent) -> SessionFormat {
        if let format = event.guildFormat.flatMap(SessionFormat.init(rawValue:)) { return format }
        for category in event.categories {
            if let format = SessionFormat(text: category) ?? SessionFormat.allCases.first(where: { $0.name == category.lowercased() }) { return format }
        }
        return .other
    }

    private static func nilIfEmpty(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return text
    }

    private static func sameIgnoringTime(_ a: Session, _ b: Session) -> Bool {
        var b = b
        b.updatedAt = a.updatedAt
        return a == b
    }

    /// A stable UUID from any text (two FNV-1a hashes), marked as a version-8 (custom) UUID.
    static func derivedID(_ text: String) -> UUID {
        func fnv(_ seed: UInt64) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            return hash
        }
        let high = fnv(0x9E37_79B9_7F4A_7C15), low = fnv(0xC2B2_AE3D_27D4_EB4F)
        var bytes = (0..<8).map { UInt8(truncatingIfNeeded: high >> (56 - 8 * UInt64($0))) } + (0..<8).map { UInt8(truncatingIfNeeded: low >> (56 - 8 * UInt64($0))) }
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
