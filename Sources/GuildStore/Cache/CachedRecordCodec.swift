import Foundation
import GuildCore

/// The load cache's compact binary form of GuildCore's record types: fields in a fixed order, no keys.
///
/// Hand-written because decoding it is the whole point of the cache (JSON decoding dominated opening a large
/// store). `currentKinds` compares, by reflection, the stored properties of each record type (and the types nested
/// in it) with the fields this codec writes: a kind whose model gained, lost or renamed a field since this file
/// was written, or a kind without an entry in `codings`, is simply not cached (its files are read as JSON), and
/// `LoadCacheTests` fail until this file is updated.
enum CachedRecordCodec {
    /// One coding per cached kind: a new kind adds its entry here (with its `encode` and `decode` below) to be cached.
    static let codings: [CachedKindCoding] = {
        let date = Date(timeIntervalSinceReferenceDate: 0)
        let id = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
        return [
            CachedKindCoding(Person.self, fields: ["Person": "id,name,handle,team,role,email,away,pairingOptOut,updatedAt"],
                             samples: { [Person(id: id, name: "", handle: "", updatedAt: date)] }, encode: encode, decode: person),
            CachedKindCoding(Skill.self, fields: ["Skill": "id,name,category,critical,updatedAt"],
                             samples: { [Skill(id: id, name: "", updatedAt: date)] }, encode: encode, decode: skill),
            CachedKindCoding(RatingSheet.self, fields: ["RatingSheet": "id,ratings,updatedAt",
                                                        "SkillRating": "skillID,level,wantsToLearn,happyToTeach,ratedAt"],
                             samples: { [RatingSheet(personID: id, updatedAt: date), SkillRating(skillID: id, level: .none, ratedAt: date)] },
                             encode: encode, decode: ratingSheet),
            CachedKindCoding(Session.self, fields: [
                "Session": "id,title,format,desiredOutcome,details,start,durationMinutes,location,facilitator,presenters,noteTaker,attendees,status,agenda,recurrence,timeZone,allDay,communityID,seriesID,originalStart,ratings,fixedFacilitator,calendarUID,updatedAt",
                "AgendaItem": "id,title,minutes,owner,isRound",
                "Recurrence": "frequency,interval,until,skipped,weekdays,monthDays,months,setPositions,weekStart",
                "RecurrenceWeekday": "weekday,ordinal",
            ], samples: {
                [Session(id: id, title: "", format: .other, start: date, updatedAt: date), AgendaItem(id: id, title: "", minutes: 1),
                 Recurrence(frequency: .weekly), RecurrenceWeekday(.monday)]
            }, encode: encode, decode: session),
            CachedKindCoding(NoteEntry.self, fields: ["NoteEntry": "id,sessionID,kind,text,author,agendaItemID,writer,createdAt,updatedAt"],
                             samples: { [NoteEntry(id: id, sessionID: id, kind: .note, text: "", createdAt: date)] }, encode: encode, decode: note),
            CachedKindCoding(ActionItem.self, fields: ["ActionItem": "id,title,owner,due,status,sessionID,tag,createdAt,completedAt,updatedAt",
                                                       "Day": "year,month,day"],
                             samples: { [ActionItem(id: id, title: "", createdAt: date), Day(year: 2000, month: 1, day: 1)!] },
                             encode: encode, decode: action),
            CachedKindCoding(Learning.self, fields: ["Learning": "id,kind,text,context,sessionID,author,kudosTo,createdAt,updatedAt"],
                             samples: { [Learning(id: id, kind: .win, text: "", createdAt: date)] }, encode: encode, decode: learning),
            CachedKindCoding(Topic.self, fields: [
                "Topic": "id,title,details,proposedBy,votes,skillIDs,suggestedPresenters,status,sessionID,createdAt,updatedAt",
            ], samples: { [Topic(id: id, title: "", createdAt: date)] }, encode: encode, decode: topic),
            CachedKindCoding(Community.self, fields: ["Community": "id,name,domain,members,stage,objectives,createdAt,updatedAt",
                                                      "Objective": "id,text,status"],
                             samples: { [Community(id: id, name: "", domain: "", createdAt: date), Objective(id: id, text: "")] },
                             encode: encode, decode: community),
            CachedKindCoding(Solution.self, fields: ["Solution": "id,need,solution,approximateTime,risks,experts,skillIDs,updatedAt"],
                             samples: { [Solution(id: id, need: "", solution: "", updatedAt: date)] }, encode: encode, decode: solution),
            CachedKindCoding(PairingRound.self, fields: ["PairingRound": "id,drawnAt,seed,groups,feedback,updatedAt",
                                                         "PairingGroup": "id,members,skillID,teacher,learner",
                                                         "PairingFeedback": "id,groupID,author,text,shared,createdAt"],
                             samples: {
                                 [PairingRound(id: id, drawnAt: date, seed: 0, groups: []), PairingGroup(id: id, members: []),
                                  PairingFeedback(id: id, groupID: id, text: "", createdAt: date)]
                             }, encode: encode, decode: pairingRound),
            CachedKindCoding(MeetingProgress.self, fields: [
                "MeetingProgress": "id,step,items,currentItemID,timerRunning,settledAt,review,rounds,roundPlannedSeconds,attendance,questions,ratings,rotationSkips,rotationSwapped,next,updatedAt",
                "Item": "id,title,plannedSeconds,originalSeconds,usedSeconds,isRound",
                "ReviewEntry": "id,outcome",
                "Round": "id,order,speaker,budgetPerSpeaker,turns",
                "TurnEntry": "id,turn,spokenSeconds",
                "Attendance": "id,present,name",
                "Question": "id,status",
                "Vote": "id,value",
                "NextRoles": "facilitator,noteTaker",
            ], samples: {
                [MeetingProgress(id: id, step: .agenda, items: [], currentItemID: nil, timerRunning: false, settledAt: nil, review: [],
                                 rounds: [], roundPlannedSeconds: 0, attendance: [], ratings: [], rotationSkips: [], rotationSwapped: false,
                                 updatedAt: date),
                 MeetingProgress.Item(id: id, title: "", plannedSeconds: 0, originalSeconds: 0, usedSeconds: 0, isRound: false),
                 MeetingProgress.ReviewEntry(id: id, outcome: nil),
                 MeetingProgress.Round(id: id, order: [], speaker: nil, budgetPerSpeaker: 0, turns: []),
                 MeetingProgress.TurnEntry(id: id, turn: .waiting, spokenSeconds: 0),
                 MeetingProgress.Attendance(id: id, present: true, name: ""), MeetingProgress.Question(id: id, status: .open),
                 MeetingProgress.Vote(id: id, value: 1),
                 MeetingProgress.NextRoles(facilitator: nil, noteTaker: nil)]
            }, encode: encode, decode: meeting),
            CachedKindCoding(MeetingVote.self, fields: ["MeetingVote": "id,sessionID,value,anonymous,updatedAt"],
                             samples: { [MeetingVote(id: id, sessionID: id, value: 1, updatedAt: date)] }, encode: encode, decode: vote),
        ]
    }()

    /// The codings by `RecordKind.ordinal` (nil for a kind not cached), so coding a record costs no search.
    static let codingByOrdinal: [CachedKindCoding?] = RecordKind.allCases.map { kind in codings.first { $0.kind == kind } }

    /// "Type:field,field" for each model type of a kind, as the model has them now.
    static func modelFields(_ samples: [Any]) -> [String] {
        samples.map { sample in
            let mirror = Mirror(reflecting: sample)
            return "\(mirror.subjectType):" + mirror.children.map { $0.label ?? "?" }.joined(separator: ",")
        }
    }

    /// "Type:field,field" for each model type of a kind, as `coding` writes them.
    static func codecFields(_ samples: [Any], _ coding: CachedKindCoding) -> [String] {
        samples.map { sample in
            let name = "\(type(of: sample))"
            return name + ":" + (coding.fields[name] ?? "")
        }
    }

    /// The kinds whose coding writes every stored property of every model type involved.
    static let currentKinds: Set<RecordKind> = Set(codings.filter { coding in
        let samples = coding.samples()
        return modelFields(samples) == codecFields(samples, coding)
    }.map(\.kind))

    /// A hash of the fields written for `kind`, stored in its cache file so a build with another layout ignores it.
    static func signature(_ kind: RecordKind) -> UInt64 {
        guard let coding = codingByOrdinal[kind.ordinal] else { return ContentHash.of([]) }
        return ContentHash.of(Array(codecFields(coding.samples(), coding).joined(separator: ";").utf8))
    }

    /// The coding of `kind`'s records; nil for a kind not cached. Look it up once per folder, not per record.
    static func coding(of kind: RecordKind) -> CachedKindCoding? {
        codingByOrdinal[kind.ordinal]
    }

    // MARK: - Encoding

    private static func uuids(_ w: inout ByteWriter, _ values: [UUID]) { w.array(values) { $0.uuid($1) } }

    private static func encode(_ r: Person, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.name); w.string(r.handle); w.string(r.team); w.string(r.role)
        w.optional(r.email) { $0.string($1) }
        w.optional(r.away) { $0.bool($1) }
        w.optional(r.pairingOptOut) { $0.bool($1) }
        w.date(r.updatedAt)
    }

    private static func encode(_ r: Skill, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.name); w.string(r.category)
        w.optional(r.critical) { $0.bool($1) }
        w.date(r.updatedAt)
    }

    private static func encode(_ r: RatingSheet, _ w: inout ByteWriter) {
        w.uuid(r.id)
        w.array(r.ratings) { w, rating in
            w.uuid(rating.skillID); w.u8(UInt8(rating.level.rawValue)); w.bool(rating.wantsToLearn)
            w.bool(rating.happyToTeach); w.date(rating.ratedAt)
        }
        w.date(r.updatedAt)
    }

    private static func encode(_ r: Session, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.title); w.string(r.format.rawValue); w.string(r.desiredOutcome)
        w.optional(r.details) { $0.string($1) }
        w.date(r.start); w.int(r.durationMinutes); w.string(r.location)
        w.optional(r.facilitator) { $0.uuid($1) }
        uuids(&w, r.presenters)
        w.optional(r.noteTaker) { $0.uuid($1) }
        uuids(&w, r.attendees)
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
        w.date(r.updatedAt)
    }

    private static func encode(_ r: NoteEntry, _ w: inout ByteWriter) {
        w.uuid(r.id); w.uuid(r.sessionID); w.string(r.kind.rawValue); w.string(r.text)
        w.optional(r.author) { $0.uuid($1) }
        w.optional(r.agendaItemID) { $0.uuid($1) }
        w.optional(r.writer) { $0.string($1.rawValue) }
        w.date(r.createdAt); w.date(r.updatedAt)
    }

    private static func encode(_ r: ActionItem, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.title)
        w.optional(r.owner) { $0.uuid($1) }
        w.optional(r.due) { w, day in w.u32(UInt32(day.year)); w.u8(UInt8(day.month)); w.u8(UInt8(day.day)) }
        w.string(r.status.rawValue)
        w.optional(r.sessionID) { $0.uuid($1) }
        w.optional(r.tag) { $0.string($1) }
        w.date(r.createdAt)
        w.optional(r.completedAt) { $0.date($1) }
        w.date(r.updatedAt)
    }

    private static func encode(_ r: Learning, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.kind.rawValue); w.string(r.text); w.string(r.context)
        w.optional(r.sessionID) { $0.uuid($1) }
        w.optional(r.author) { $0.uuid($1) }
        uuids(&w, r.kudosTo)
        w.date(r.createdAt); w.date(r.updatedAt)
    }

    private static func encode(_ r: Topic, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.title); w.string(r.details)
        w.optional(r.proposedBy) { $0.uuid($1) }
        uuids(&w, r.votes); uuids(&w, r.skillIDs); uuids(&w, r.suggestedPresenters)
        w.string(r.status.rawValue)
        w.optional(r.sessionID) { $0.uuid($1) }
        w.date(r.createdAt); w.date(r.updatedAt)
    }

    private static func encode(_ r: Community, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.name); w.string(r.domain)
        uuids(&w, r.members)
        w.string(r.stage.rawValue)
        w.array(r.objectives) { w, objective in
            w.uuid(objective.id); w.string(objective.text); w.string(objective.status.rawValue)
        }
        w.date(r.createdAt); w.date(r.updatedAt)
    }

    private static func encode(_ r: Solution, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.need); w.string(r.solution); w.string(r.approximateTime); w.string(r.risks)
        uuids(&w, r.experts); uuids(&w, r.skillIDs)
        w.date(r.updatedAt)
    }

    private static func encode(_ r: PairingRound, _ w: inout ByteWriter) {
        w.uuid(r.id); w.date(r.drawnAt); w.u64(r.seed)
        w.array(r.groups) { w, group in
            w.uuid(group.id); w.array(group.members) { $0.uuid($1) }
            w.optional(group.skillID) { $0.uuid($1) }
            w.optional(group.teacher) { $0.uuid($1) }
            w.optional(group.learner) { $0.uuid($1) }
        }
        w.array(r.feedback) { w, note in
            w.uuid(note.id); w.uuid(note.groupID)
            w.optional(note.author) { $0.uuid($1) }
            w.string(note.text); w.bool(note.shared); w.date(note.createdAt)
        }
        w.date(r.updatedAt)
    }

    private static func seconds(_ w: inout ByteWriter, _ value: TimeInterval) { w.u64(value.bitPattern) }

    private static func encode(_ r: MeetingVote, _ w: inout ByteWriter) {
        w.uuid(r.id); w.uuid(r.sessionID); w.int(r.value); w.bool(r.anonymous); w.date(r.updatedAt)
    }

    private static func encode(_ r: MeetingProgress, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.step.rawValue)
        w.array(r.items) { w, item in
            w.uuid(item.id); w.string(item.title); seconds(&w, item.plannedSeconds); seconds(&w, item.originalSeconds)
            seconds(&w, item.usedSeconds); w.bool(item.isRound)
        }
        w.optional(r.currentItemID) { $0.uuid($1) }
        w.bool(r.timerRunning)
        w.optional(r.settledAt) { $0.date($1) }
        w.array(r.review) { w, entry in
            w.uuid(entry.id); w.optional(entry.outcome) { $0.string($1.rawValue) }
        }
        w.array(r.rounds) { w, round in
            w.uuid(round.id); uuids(&w, round.order); w.optional(round.speaker) { $0.uuid($1) }
            seconds(&w, round.budgetPerSpeaker)
            w.array(round.turns) { w, turn in
                w.uuid(turn.id); w.string(turn.turn.rawValue); seconds(&w, turn.spokenSeconds)
            }
        }
        seconds(&w, r.roundPlannedSeconds)
        w.array(r.attendance) { w, entry in
            w.uuid(entry.id); w.bool(entry.present); w.optional(entry.name) { $0.string($1) }
        }
        w.optional(r.questions) { w, questions in
            w.array(questions) { w, question in w.uuid(question.id); w.string(question.status.rawValue) }
        }
        w.array(r.ratings) { w, vote in
            w.uuid(vote.id); w.int(vote.value)
        }
        uuids(&w, r.rotationSkips); w.bool(r.rotationSwapped)
        w.optional(r.next) { w, next in
            w.optional(next.facilitator) { $0.uuid($1) }
            w.optional(next.noteTaker) { $0.uuid($1) }
        }
        w.date(r.updatedAt)
    }

    // MARK: - Decoding

    private static func uuids(_ r: inout ByteReader) throws(CacheFormatError) -> [UUID] {
        try r.array { (r: inout ByteReader) throws(CacheFormatError) in try r.uuid() }
    }

    private static func optionalUUID(_ r: inout ByteReader) throws(CacheFormatError) -> UUID? {
        try r.optional { (r: inout ByteReader) throws(CacheFormatError) in try r.uuid() }
    }

    private static func optionalString(_ r: inout ByteReader) throws(CacheFormatError) -> String? {
        try r.optional { (r: inout ByteReader) throws(CacheFormatError) in try r.string() }
    }

    private static func optionalBool(_ r: inout ByteReader) throws(CacheFormatError) -> Bool? {
        try r.optional { (r: inout ByteReader) throws(CacheFormatError) in try r.bool() }
    }

    private static func optionalInt(_ r: inout ByteReader) throws(CacheFormatError) -> Int? {
        try r.optional { (r: inout ByteReader) throws(CacheFormatError) in try r.int() }
    }

    private static func optionalInts(_ r: inout ByteReader) throws(CacheFormatError) -> [Int]? {
        try r.optional { (r: inout ByteReader) throws(CacheFormatError) in
            try r.array { (r: inout ByteReader) throws(CacheFormatError) in try r.int() }
        }
    }

    private static func optionalDate(_ r: inout ByteReader) throws(CacheFormatError) -> Date? {
        try r.optional { (r: inout ByteReader) throws(CacheFormatError) in try r.date() }
    }

    private static func person(_ r: inout ByteReader) throws(CacheFormatError) -> Person {
        Person(id: try r.uuid(), name: try r.string(), handle: try r.string(), team: try r.string(), role: try r.string(),
               email: try optionalString(&r), away: try optionalBool(&r), pairingOptOut: try optionalBool(&r),
               updatedAt: try r.date())
    }

    private static func skill(_ r: inout ByteReader) throws(CacheFormatError) -> Skill {
        Skill(id: try r.uuid(), name: try r.string(), category: try r.string(), critical: try optionalBool(&r), updatedAt: try r.date())
    }

    private static func ratingSheet(_ r: inout ByteReader) throws(CacheFormatError) -> RatingSheet {
        let id = try r.uuid()
        let ratings = try r.array { (r: inout ByteReader) throws(CacheFormatError) -> SkillRating in
            let skill = try r.uuid()
            let raw = try r.u8()
            guard let level = SkillLevel(rawValue: Int(raw)) else { throw CacheFormatError("bad level \(raw)") }
            return SkillRating(skillID: skill, level: level, wantsToLearn: try r.bool(), happyToTeach: try r.bool(), ratedAt: try r.date())
        }
        return RatingSheet(personID: id, ratings: ratings, updatedAt: try r.date())
    }

    private static func session(_ r: inout ByteReader) throws(CacheFormatError) -> Session {
        let id = try r.uuid()
        let title = try r.string()
        let format = try r.raw(SessionFormat.self)
        let desiredOutcome = try r.string()
        let details = try optionalString(&r)
        let start = try r.date()
        let duration = try r.int()
        let location = try r.string()
        let facilitator = try optionalUUID(&r)
        let presenters = try uuids(&r)
        let noteTaker = try optionalUUID(&r)
        let attendees = try uuids(&r)
        let status = try r.raw(Session.Status.self)
        let agenda = try r.array { (r: inout ByteReader) throws(CacheFormatError) in
            AgendaItem(id: try r.uuid(), title: try r.string(), minutes: try r.int(), owner: try optionalUUID(&r), isRound: try r.bool())
        }
        let recurrence = try r.optional { (r: inout ByteReader) throws(CacheFormatError) in
            Recurrence(frequency: try r.raw(Recurrence.Frequency.self), interval: try optionalInt(&r), until: try optionalDate(&r),
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
                       monthDays: try optionalInts(&r), months: try optionalInts(&r), setPositions: try optionalInts(&r),
                       weekStart: try r.optional { (r: inout ByteReader) throws(CacheFormatError) in try r.raw(RecurrenceWeekday.Weekday.self) })
        }
        return Session(id: id, title: title, format: format, desiredOutcome: desiredOutcome, details: details, start: start,
                       durationMinutes: duration, location: location, facilitator: facilitator, presenters: presenters,
                       noteTaker: noteTaker, attendees: attendees, status: status, agenda: agenda, recurrence: recurrence,
                       timeZone: try optionalString(&r), allDay: try optionalBool(&r),
                       communityID: try optionalUUID(&r), seriesID: try optionalUUID(&r), originalStart: try optionalDate(&r),
                       ratings: try optionalInts(&r), fixedFacilitator: try optionalBool(&r), calendarUID: try optionalString(&r),
                       updatedAt: try r.date())
    }

    private static func note(_ r: inout ByteReader) throws(CacheFormatError) -> NoteEntry {
        NoteEntry(id: try r.uuid(), sessionID: try r.uuid(), kind: try r.raw(NoteEntry.Kind.self), text: try r.string(),
                  author: try optionalUUID(&r), agendaItemID: try optionalUUID(&r),
                  writer: try r.optional { (r: inout ByteReader) throws(CacheFormatError) in try r.raw(NoteEntry.Writer.self) },
                  createdAt: try r.date(), updatedAt: try r.date())
    }

    private static func action(_ r: inout ByteReader) throws(CacheFormatError) -> ActionItem {
        let id = try r.uuid()
        let title = try r.string()
        let owner = try optionalUUID(&r)
        let due = try r.optional { (r: inout ByteReader) throws(CacheFormatError) -> Day in
            let (year, month, day) = (Int(try r.u32()), Int(try r.u8()), Int(try r.u8()))
            guard let value = Day(year: year, month: month, day: day) else { throw CacheFormatError("bad day") }
            return value
        }
        return ActionItem(id: id, title: title, owner: owner, due: due, status: try r.raw(ActionItem.Status.self),
                          sessionID: try optionalUUID(&r), tag: try optionalString(&r), createdAt: try r.date(),
                          completedAt: try optionalDate(&r), updatedAt: try r.date())
    }

    private static func learning(_ r: inout ByteReader) throws(CacheFormatError) -> Learning {
        Learning(id: try r.uuid(), kind: try r.raw(Learning.Kind.self), text: try r.string(), context: try r.string(),
                 sessionID: try optionalUUID(&r), author: try optionalUUID(&r), kudosTo: try uuids(&r),
                 createdAt: try r.date(), updatedAt: try r.date())
    }

    private static func topic(_ r: inout ByteReader) throws(CacheFormatError) -> Topic {
        Topic(id: try r.uuid(), title: try r.string(), details: try r.string(), proposedBy: try optionalUUID(&r),
              votes: try uuids(&r), skillIDs: try uuids(&r), suggestedPresenters: try uuids(&r),
              status: try r.raw(Topic.Status.self), sessionID: try optionalUUID(&r), createdAt: try r.date(), updatedAt: try r.date())
    }

    private static func community(_ r: inout ByteReader) throws(CacheFormatError) -> Community {
        Community(id: try r.uuid(), name: try r.string(), domain: try r.string(), members: try uuids(&r),
                  stage: try r.raw(Community.Stage.self),
                  objectives: try r.array { (r: inout ByteReader) throws(CacheFormatError) in
                      Objective(id: try r.uuid(), text: try r.string(), status: try r.raw(Objective.Status.self))
                  },
                  createdAt: try r.date(), updatedAt: try r.date())
    }

    private static func solution(_ r: inout ByteReader) throws(CacheFormatError) -> Solution {
        Solution(id: try r.uuid(), need: try r.string(), solution: try r.string(), approximateTime: try r.string(),
                 risks: try r.string(), experts: try uuids(&r), skillIDs: try uuids(&r), updatedAt: try r.date())
    }

    private static func pairingRound(_ r: inout ByteReader) throws(CacheFormatError) -> PairingRound {
        let id = try r.uuid()
        let drawnAt = try r.date()
        let seed = try r.u64()
        let groups = try r.array { (r: inout ByteReader) throws(CacheFormatError) in
            PairingGroup(id: try r.uuid(), members: try uuids(&r), skillID: try optionalUUID(&r), teacher: try optionalUUID(&r),
                         learner: try optionalUUID(&r))
        }
        let feedback = try r.array { (r: inout ByteReader) throws(CacheFormatError) in
            PairingFeedback(id: try r.uuid(), groupID: try r.uuid(), author: try optionalUUID(&r), text: try r.string(),
                            shared: try r.bool(), createdAt: try r.date())
        }
        return PairingRound(id: id, drawnAt: drawnAt, seed: seed, groups: groups, feedback: feedback, updatedAt: try r.date())
    }
    private static func seconds(_ r: inout ByteReader) throws(CacheFormatError) -> TimeInterval {
        TimeInterval(bitPattern: try r.u64())
    }

    private static func vote(_ r: inout ByteReader) throws(CacheFormatError) -> MeetingVote {
        var vote = MeetingVote(id: try r.uuid(), sessionID: try r.uuid(), value: try r.int(), updatedAt: Date())
        vote.anonymous = try r.bool()
        vote.updatedAt = try r.date()
        return vote
    }

    private static func meeting(_ r: inout ByteReader) throws(CacheFormatError) -> MeetingProgress {
        let id = try r.uuid()
        let step = try r.raw(MeetingProgress.Step.self)
        let items = try r.array { (r: inout ByteReader) throws(CacheFormatError) in
            MeetingProgress.Item(id: try r.uuid(), title: try r.string(), plannedSeconds: try seconds(&r), originalSeconds: try seconds(&r),
                                 usedSeconds: try seconds(&r), isRound: try r.bool())
        }
        let current = try optionalUUID(&r)
        let running = try r.bool()
        let settledAt = try optionalDate(&r)
        let review = try r.array { (r: inout ByteReader) throws(CacheFormatError) in
            MeetingProgress.ReviewEntry(id: try r.uuid(),
                                        outcome: try r.optional { (r: inout ByteReader) throws(CacheFormatError) in try r.raw(ReviewOutcome.self) })
        }
        let rounds = try r.array { (r: inout ByteReader) throws(CacheFormatError) in
            MeetingProgress.Round(id: try r.uuid(), order: try uuids(&r), speaker: try optionalUUID(&r), budgetPerSpeaker: try seconds(&r),
                                  turns: try r.array { (r: inout ByteReader) throws(CacheFormatError) in
                                      MeetingProgress.TurnEntry(id: try r.uuid(), turn: try r.raw(RoundTurns.Turn.self), spokenSeconds: try seconds(&r))
                                  })
        }
        let planned = try seconds(&r)
        let attendance = try r.array { (r: inout ByteReader) throws(CacheFormatError) in
            MeetingProgress.Attendance(id: try r.uuid(), present: try r.bool(), name: try optionalString(&r))
        }
        let questions = try r.optional { (r: inout ByteReader) throws(CacheFormatError) in
            try r.array { (r: inout ByteReader) throws(CacheFormatError) in
                MeetingProgress.Question(id: try r.uuid(), status: try r.raw(MeetingProgress.QuestionStatus.self))
            }
        }
        let ratings = try r.array { (r: inout ByteReader) throws(CacheFormatError) in MeetingProgress.Vote(id: try r.uuid(), value: try r.int()) }
        let skips = try uuids(&r)
        let swapped = try r.bool()
        let next = try r.optional { (r: inout ByteReader) throws(CacheFormatError) in
            MeetingProgress.NextRoles(facilitator: try optionalUUID(&r), noteTaker: try optionalUUID(&r))
        }
        return MeetingProgress(id: id, step: step, items: items, currentItemID: current, timerRunning: running, settledAt: settledAt,
                               review: review, rounds: rounds, roundPlannedSeconds: planned, attendance: attendance, questions: questions,
                               ratings: ratings,
                               rotationSkips: skips, rotationSwapped: swapped, next: next, updatedAt: try r.date())
    }
}
