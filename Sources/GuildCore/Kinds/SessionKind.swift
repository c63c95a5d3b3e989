import Foundation

extension RecordKind {
    /// Session records, in the store's `sessions/` folder.
    public static let session = RecordKind(folder: "sessions")
}

/// The Session kind, declared once: its folder (above), noun, table, names, load cache coding and form.
extension Session {
    /// Everything the program knows about Session records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        Session.self, noun: "session", table: \.sessions,
        title: { session, _ in session.title },
        cache: cacheCoding, form: SessionForm.form
    )

    /// How the load cache writes and reads Session records.
    static let cacheCoding = RecordCacheCoding(Session.self, fields: [
        "Session": "id,title,format,desiredOutcome,details,start,durationMinutes,location,facilitator,presenters,noteTaker,attendees,status,agenda,recurrence,timeZone,allDay,communityID,seriesID,originalStart,ratings,fixedFacilitator,calendarUID,links,takeaways,updatedAt",
        "SessionLink": "kind,url,title",
        "AgendaItem": "id,title,minutes,owner,isRound",
        "Recurrence": "frequency,interval,until,skipped,weekdays,monthDays,months,setPositions,weekStart",
        "RecurrenceWeekday": "weekday,ordinal",
    ], samples: {
        [Session(id: RecordCacheCoding.sampleID, title: "", format: .other, start: RecordCacheCoding.sampleDate, updatedAt: RecordCacheCoding.sampleDate), AgendaItem(id: RecordCacheCoding.sampleID, title: "", minutes: 1),
         Recurrence(frequency: .weekly), RecurrenceWeekday(.monday), SessionLink(kind: .other, url: "")]
    }, encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: Session, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.title); w.string(r.format.rawValue); w.string(r.desiredOutcome)
        w.optional(r.details) { $0.string($1) }
        w.date(r.start); w.int(r.durationMinutes); w.string(r.location)
        w.optional(r.facilitator) { $0.uuid($1) }
        w.uuids(r.presenters)
        w.optional(r.noteTaker) { $0.uuid($1) }
        w.uuids(r.attendees)
        w.string(r.status.rawValue)
        w.array(r.agenda) { w, item in
            w.uuid(item.id); w.string(item.title); w.int(item.minutes)
            w.optional(item.owner) { $0.uuid($1) }
            w.bool(item.isRound)
        }
        w.optional(r.recurrence) { w, recurrence in
            w.string(recurrence.frequency.rawValue)
            w.optional(recurrence.interval) { $0.int($1) }
            w.optional(recurrence.until) { $0.date($1) }
            w.optional(recurrence.skipped) { w, skipped in w.array(skipped) { $0.date($1) } }
            w.optional(recurrence.weekdays) { w, days in w.array(days) { $0.string($1.description) } }
            w.optional(recurrence.monthDays) { w, days in w.array(days) { $0.int($1) } }
            w.optional(recurrence.months) { w, months in w.array(months) { $0.int($1) } }
            w.optional(recurrence.setPositions) { w, positions in w.array(positions) { $0.int($1) } }
            w.optional(recurrence.weekStart) { $0.string($1.rawValue) }
        }
        w.optional(r.timeZone) { $0.string($1) }
        w.optional(r.allDay) { $0.bool($1) }
        w.optional(r.communityID) { $0.uuid($1) }
        w.optional(r.seriesID) { $0.uuid($1) }
        w.optional(r.originalStart) { $0.date($1) }
        w.optional(r.ratings) { w, ratings in w.array(ratings) { $0.int($1) } }
        w.optional(r.fixedFacilitator) { $0.bool($1) }
        w.optional(r.calendarUID) { $0.string($1) }
        w.optional(r.links) { w, links in
            w.array(links) { w, link in
                w.string(link.kind.rawValue); w.string(link.url)
                w.optional(link.title) { $0.string($1) }
            }
        }
        w.optional(r.takeaways) { $0.string($1) }
        w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> Session {
        let id = try r.uuid()
        let title = try r.string()
        let format = try r.raw(SessionFormat.self)
        let desiredOutcome = try r.string()
        let details = try r.optionalString()
        let start = try r.date()
        let duration = try r.int()
        let location = try r.string()
        let facilitator = try r.optionalUUID()
        let presenters = try r.uuids()
        let noteTaker = try r.optionalUUID()
        let attendees = try r.uuids()
        let status = try r.raw(Session.Status.self)
        let agenda = try r.array { (r: inout ByteReader) throws(CacheFormatError) in
            AgendaItem(id: try r.uuid(), title: try r.string(), minutes: try r.int(), owner: try r.optionalUUID(), isRound: try r.bool())
        }
        let recurrence = try r.optional { (r: inout ByteReader) throws(CacheFormatError) in
            Recurrence(frequency: try r.raw(Recurrence.Frequency.self), interval: try r.optionalInt(), until: try r.optionalDate(),
                       skipped: try r.optional { (r: inout ByteReader) throws(CacheFormatError) in
                           try r.array { (r: inout ByteReader) throws(CacheFormatError) in try r.date() }
                       },
                       weekdays: try r.optional { (r: inout ByteReader) throws(CacheFormatError) in
                           try r.array { (r: inout ByteReader) throws(CacheFormatError) -> RecurrenceWeekday in
                               let text = try r.string()
                               guard let day = RecurrenceWeekday(rule: text) else { throw CacheFormatError("bad weekday \(text)") }
                               return day
                           }
                       },
                       monthDays: try r.optionalInts(), months: try r.optionalInts(), setPositions: try r.optionalInts(),
                       weekStart: try r.optional { (r: inout ByteReader) throws(CacheFormatError) in try r.raw(RecurrenceWeekday.Weekday.self) })
        }
        return Session(id: id, title: title, format: format, desiredOutcome: desiredOutcome, details: details, start: start,
                       durationMinutes: duration, location: location, facilitator: facilitator, presenters: presenters,
                       noteTaker: noteTaker, attendees: attendees, status: status, agenda: agenda, recurrence: recurrence,
                       timeZone: try r.optionalString(), allDay: try r.optionalBool(),
                       communityID: try r.optionalUUID(), seriesID: try r.optionalUUID(), originalStart: try r.optionalDate(),
                       ratings: try r.optionalInts(), fixedFacilitator: try r.optionalBool(), calendarUID: try r.optionalString(),
                       links: try r.optional { (r: inout ByteReader) throws(CacheFormatError) in
                           try r.array { (r: inout ByteReader) throws(CacheFormatError) in
                               SessionLink(kind: try r.raw(SessionLink.Kind.self), url: try r.string(), title: try r.optionalString())
                           }
                       },
                       takeaways: try r.optionalString(), updatedAt: try r.date())
    }
}

/// The session form: what, when, who (facilitator, presenters, note-taker, attendees), the agenda with timeboxes, and recurrence.
public enum SessionForm {
    static let statuses = Session.Status.allCases
    static let frequencies: [Recurrence.Frequency?] = [nil, .weekly, .fortnightly, .monthly, .daily, .yearly]

    /// The fields, filled from `session` (or blank for a new one).
    static func fields(_ session: Session?, data: GuildData, now: Date, calendar: Calendar) -> [FieldSpec] {
        let s = session
        return [
            FieldSpec("title", "Title", .text, text: s?.title ?? "", required: true),
            FieldSpec("format", "Format", options: SessionFormat.allCases.map(\.name),
                      selected: SessionFormat.allCases.firstIndex(of: s?.format ?? .techTalk) ?? 0),
            FieldSpec("when", "When", .date(time: true), text: s.map { when($0, calendar: calendar) } ?? "", required: true),
            FieldSpec("minutes", "Minutes", .number, text: String(s?.durationMinutes ?? 60), required: true, aliases: ["duration"]),
            FieldSpec("location", "Where", .text, text: s?.location ?? ""),
            FieldSpec("facilitator", "Facilitator", .person, text: PeopleText.one(s?.facilitator, data: data)),
            FieldSpec("presenters", "Presenters", .people, text: PeopleText.many(s?.presenters ?? [], data: data)),
            FieldSpec("noteTaker", "Note-taker", .person, text: PeopleText.one(s?.noteTaker, data: data)),
            FieldSpec("attendees", "Attendees", .people, text: PeopleText.many(s?.attendees ?? [], data: data)),
            FieldSpec("agenda", "Agenda", .agenda, text: AgendaText.format(s?.agenda ?? [], data: data),
                      aliases: ["agenda item title", "timebox"]),
            FieldSpec("repeats", "Repeats", options: frequencies.map { $0?.rawValue ?? "no" },
                      selected: frequencies.firstIndex(of: s?.recurrence?.frequency) ?? 0),
            FieldSpec("until", "Repeat until", .date(time: false),
                      text: s.flatMap { session in
                          session.recurrence?.until.map { DateText.input($0, calendar: UpcomingSessions.calendar(of: session, viewer: calendar), time: false) }
                      } ?? "", aliases: ["recurrence"]),
            FieldSpec("status", "Status", options: statuses.map(\.rawValue), selected: statuses.firstIndex(of: s?.status ?? .planned) ?? 0),
            FieldSpec("outcome", "Outcome", .multiline, text: s?.desiredOutcome ?? ""),
            FieldSpec("details", "Details", .multiline, text: s?.details ?? ""),
        ]
    }

    /// The "when" text of a session: its day and time, or only its day when it is all-day.
    static func when(_ session: Session, calendar: Calendar) -> String {
        session.isAllDay ? DateText.input(session.start, calendar: UpcomingSessions.utcCalendar, time: false) : DateText.input(session.start, calendar: calendar)
    }

    /// The start typed: a time of day is needed, except when editing (then a bare day keeps the old time, or the day of
    /// an all-day session).
    public static func start(_ input: DateInput, base: Session?, calendar: Calendar) throws(FieldError) -> Date {
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
    static func build(_ reader: any FormInput, base: Session?) throws(FieldError) -> Session {
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
        session.updatedAt = reader.now
        return session
    }
}

extension SessionForm {
    /// How a form edits Session records (part of `Session.descriptor`).
    static let form = RecordForm(
        Session.self, paletteOrder: 0, homePane: "sessions", deleteDetail: "Its notes and action items stay in the store.",
        fields: { session, data, now, calendar in fields(session, data: data, now: now, calendar: calendar) },
        build: { (reader, base, _) throws(FieldError) in try build(reader, base: base) },
        rows: { data, calendar in
            data.sessions.values.sorted { ($0.start, $0.id.orderKey) > ($1.start, $1.id.orderKey) }
                .map { RecordRow(id: $0.id, title: $0.title, detail: DateText.longDay($0.start, calendar: calendar) + " · " + $0.status.rawValue) }
        }
    )
}
