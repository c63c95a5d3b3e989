import Foundation

extension RecordKind {
    /// Session records, in the store's `sessions/` folder.
    public static let session = RecordKind(folder: "sessions")
}

/// The Session kind, declared once: its folder (above), noun, table, names, load cache coding.
extension Session {
    /// Everything the program knows about Session records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        Session.self, noun: "session", table: \.sessions,
        title: { session, _ in session.title },
        cache: cacheCoding
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
