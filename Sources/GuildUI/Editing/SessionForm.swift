import Foundation
import GuildCore

/// The session form: what, when, who (facilitator, presenters, note-taker, attendees), the agenda with timeboxes, and recurrence.
enum SessionForm {
    static let statuses = Session.Status.allCases
    static let frequencies: [Recurrence.Frequency?] = [nil, .weekly, .fortnightly, .monthly, .daily, .yearly]

    /// The fields, filled from `session` (or blank for a new one).
    static func fields(_ session: Session?, data: GuildData, now: Date, calendar: Calendar) -> [FormField] {
        let s = session
        return [
            FormField("title", "Title", .text, text: s?.title ?? "", required: true),
            FormField("format", "Format", options: SessionFormat.allCases.map(\.name),
                      selected: SessionFormat.allCases.firstIndex(of: s?.format ?? .techTalk) ?? 0),
            FormField("when", "When", .date(time: true), text: s.map { when($0, calendar: calendar) } ?? "", required: true),
            FormField("minutes", "Minutes", .number, text: String(s?.durationMinutes ?? 60), required: true, aliases: ["duration"]),
            FormField("location", "Where", .text, text: s?.location ?? ""),
            FormField("facilitator", "Facilitator", .person, text: PeopleText.one(s?.facilitator, data: data)),
            FormField("presenters", "Presenters", .people, text: PeopleText.many(s?.presenters ?? [], data: data)),
            FormField("noteTaker", "Note-taker", .person, text: PeopleText.one(s?.noteTaker, data: data)),
            FormField("attendees", "Attendees", .people, text: PeopleText.many(s?.attendees ?? [], data: data)),
            FormField("agenda", "Agenda", .agenda, text: AgendaText.format(s?.agenda ?? [], data: data),
                      aliases: ["agenda item title", "timebox"]),
            FormField("repeats", "Repeats", options: frequencies.map { $0?.rawValue ?? "no" },
                      selected: frequencies.firstIndex(of: s?.recurrence?.frequency) ?? 0),
            FormField("until", "Repeat until", .date(time: false),
                      text: s.flatMap { session in
                          session.recurrence?.until.map { DateText.input($0, calendar: UpcomingSessions.calendar(of: session, viewer: calendar), time: false) }
                      } ?? "", aliases: ["recurrence"]),
            FormField("status", "Status", options: statuses.map(\.rawValue), selected: statuses.firstIndex(of: s?.status ?? .planned) ?? 0),
            FormField("outcome", "Outcome", .multiline, text: s?.desiredOutcome ?? ""),
            FormField("details", "Details", .multiline, text: s?.details ?? ""),
            FormField("materials", "Materials", .multiline, text: materialsText(s?.materials ?? []), aliases: ["link", "link title"]),
            FormField("takeaways", "Takeaways", .multiline, text: s?.takeaways ?? ""),
        ]
    }

    /// The "when" text of a session: its day and time, or only its day when it is all-day.
    static func when(_ session: Session, calendar: Calendar) -> String {
        session.isAllDay ? DateText.input(session.start, calendar: UpcomingSessions.utcCalendar, time: false) : DateText.input(session.start, calendar: calendar)
    }

    /// The start typed: a time of day is needed, except when editing (then a bare day keeps the old time, or the day of
    /// an all-day session).
    static func start(_ input: DateInput, base: Session?, calendar: Calendar) throws(FieldError) -> Date {
        if input.hasTime { return input.date }
        guard let base else { throw FieldError(field: "when", "when needs a time of day, e.g. fri 14:00") }
        if base.isAllDay { return input.day.start(in: UpcomingSessions.utcCalendar) }
        let time = calendar.dateComponents([.hour, .minute], from: base.start)
        var parts = DateComponents(year: input.day.year, month: input.day.month, day: input.day.day)
        parts.hour = time.hour
        parts.minute = time.minute
        return calendar.date(from: parts) ?? input.date
    }

    /// The session the fields describe.
    static func build(_ reader: FormReader, base: Session?) throws(FieldError) -> Session {
        // Fields are checked top to bottom, so the first error is the first one on screen.
        let title = try reader.text("title")
        let format = try reader.choice("format", SessionFormat.allCases)
        guard let when = try reader.date("when") else { throw FieldError(field: "when", "when must not be empty") }
        let startDate = try start(when, base: base, calendar: reader.calendar)
        // A new session keeps the zone its time was typed in, so a series keeps its hour for viewers elsewhere.
        var session = base ?? Session(id: reader.newID(), title: "", format: .techTalk, start: startDate,
                                      timeZone: Session.zoneIdentifier(of: reader.calendar), updatedAt: reader.now)
        session.title = title
        session.format = format
        // A held meeting of a series that moves remembers the start the series gave it.
        if let base, base.seriesID != nil, base.originalStart == nil, startDate != base.start { session.originalStart = base.start }
        session.start = startDate
        if base?.isAllDay == true, !when.hasTime {
            // Still all-day: whole days.
            let minutes = try reader.number("minutes", in: 1...(Session.maxAllDayDays * 24 * 60))
            session.durationMinutes = (minutes + 24 * 60 - 1) / (24 * 60) * 24 * 60
        } else {
            session.allDay = nil
            session.durationMinutes = try reader.number("minutes", in: 1...(24 * 60))
        }
        session.location = try reader.text("location")
        session.facilitator = try reader.person("facilitator")
        session.presenters = try reader.ids("presenters")
        session.noteTaker = try reader.person("noteTaker")
        session.attendees = try reader.ids("attendees")
        session.agenda = try AgendaText.parse(reader.text("agenda"), existing: base?.agenda ?? [], data: reader.data, newID: { reader.newID(slot: $0 + 1) })
        session.status = try reader.choice("status", statuses)
        if let frequency = try reader.choice("repeats", frequencies) {
            var recurrence = base?.recurrence ?? Recurrence(frequency: frequency)
            if recurrence.frequency != frequency {
                // Weekdays or days of the month belong to the repeat they were chosen for.
                recurrence = Recurrence(frequency: frequency, until: recurrence.until, skipped: recurrence.skipped)
            }
            // `until` names a day in the series' own calendar; its last minute still counts.
            let seriesCalendar = UpcomingSessions.calendar(of: session, viewer: reader.calendar)
            recurrence.until = try reader.date("until").map { $0.day.adding(days: 1).start(in: seriesCalendar).addingTimeInterval(-60) }
            session.recurrence = recurrence
        } else {
            session.recurrence = nil
        }
        session.desiredOutcome = try reader.text("outcome")
        session.details = try reader.optionalText("details")
        let links = try materials(reader.text("materials"))
        // An unchanged field keeps the stored value as it was (nil stays nil).
        if links != session.materials { session.links = links.isEmpty ? nil : links }
        let takeaways = try reader.optionalText("takeaways")
        if takeaways != session.takeaways { session.takeaways = takeaways }
        session.updatedAt = reader.now
        return session
    }

    /// The materials as the form shows them: a line each, "kind address title".
    static func materialsText(_ links: [SessionLink]) -> String {
        links.map { [$0.kind.rawValue, $0.url, $0.title].compactMap { $0 }.joined(separator: " ") }.joined(separator: "\n")
    }

    /// The materials typed: a line each, "kind address" and an optional title ("recording https://… Part 1").
    static func materials(_ text: String) throws(FieldError) -> [SessionLink] {
        var links: [SessionLink] = []
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for (number, line) in lines.enumerated() {
            let words = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map(String.init)
            let place = lines.count > 1 ? "line \(number + 1): " : ""
            guard let kind = SessionLink.Kind(typed: words[0]) else {
                throw FieldError(field: "materials", place + "start with recording, slides, demo, document or other, then the address")
            }
            guard words.count >= 2 else { throw FieldError(field: "materials", place + "the address is missing after \(kind.rawValue)") }
            let link = SessionLink(kind: kind, url: words[1], title: words.count > 2 ? words[2] : nil)
            do {
                try link.validate()
            } catch {
                throw FieldError(field: "materials", place + error.message)
            }
            links.append(link)
        }
        return links
    }
}

extension SessionForm {
    /// How the dashboard edits Session records (registered in `RecordEditor.all`).
    static let editor = RecordEditor(
        Session.self, homePane: .sessions, deleteDetail: "Its notes and action items stay in the store.",
        fields: { session, data, now, calendar in fields(session, data: data, now: now, calendar: calendar) },
        build: { (reader, base, _) throws(FieldError) in try build(reader, base: base) },
        rows: { data, calendar in
            data.sessions.values.sorted { ($0.start, $0.id.orderKey) > ($1.start, $1.id.orderKey) }
                .map { RecordPicker.Row(id: $0.id, title: $0.title, detail: DateText.longDay($0.start, calendar: calendar) + " · " + $0.status.rawValue) }
        }
    )
}
