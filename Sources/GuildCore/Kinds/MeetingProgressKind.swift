import Foundation

extension RecordKind {
    /// MeetingProgress records, in the store's `meetings/` folder.
    public static let meeting = RecordKind(folder: "meetings")
}

/// The MeetingProgress kind, declared once: its folder (above), noun, table, names, load cache coding.
extension MeetingProgress {
    /// Everything the program knows about MeetingProgress records (registered in `RecordRegistry.standard`).
    public static let descriptor = RecordDescriptor(
        MeetingProgress.self, noun: "meeting progress", table: \.meetings,
        title: { progress, data in data.sessions[progress.id].map { "meeting progress of \($0.title)" } },
        label: { progress, data in "meeting progress of “\(data.sessions[progress.id]?.title ?? "a session")”" },
        cache: cacheCoding
    )

    /// How the load cache writes and reads MeetingProgress records.
    static let cacheCoding = RecordCacheCoding(MeetingProgress.self, fields: [
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
        [MeetingProgress(id: RecordCacheCoding.sampleID, step: .agenda, items: [], currentItemID: nil, timerRunning: false, settledAt: nil, review: [],
                         rounds: [], roundPlannedSeconds: 0, attendance: [], ratings: [], rotationSkips: [], rotationSwapped: false,
                         updatedAt: RecordCacheCoding.sampleDate),
         MeetingProgress.Item(id: RecordCacheCoding.sampleID, title: "", plannedSeconds: 0, originalSeconds: 0, usedSeconds: 0, isRound: false),
         MeetingProgress.ReviewEntry(id: RecordCacheCoding.sampleID, outcome: nil),
         MeetingProgress.Round(id: RecordCacheCoding.sampleID, order: [], speaker: nil, budgetPerSpeaker: 0, turns: []),
         MeetingProgress.TurnEntry(id: RecordCacheCoding.sampleID, turn: .waiting, spokenSeconds: 0),
         MeetingProgress.Attendance(id: RecordCacheCoding.sampleID, present: true, name: ""), MeetingProgress.Question(id: RecordCacheCoding.sampleID, status: .open),
         MeetingProgress.Vote(id: RecordCacheCoding.sampleID, value: 1),
         MeetingProgress.NextRoles(facilitator: nil, noteTaker: nil)]
    }, encode: encodeForCache, decode: decodeFromCache)

    private static func encodeForCache(_ r: MeetingProgress, _ w: inout ByteWriter) {
        w.uuid(r.id); w.string(r.step.rawValue)
        w.array(r.items) { w, item in
            w.uuid(item.id); w.string(item.title); w.seconds(item.plannedSeconds); w.seconds(item.originalSeconds)
            w.seconds(item.usedSeconds); w.bool(item.isRound)
        }
        w.optional(r.currentItemID) { $0.uuid($1) }
        w.bool(r.timerRunning)
        w.optional(r.settledAt) { $0.date($1) }
        w.array(r.review) { w, entry in
            w.uuid(entry.id); w.optional(entry.outcome) { $0.string($1.rawValue) }
        }
        w.array(r.rounds) { w, round in
            w.uuid(round.id); w.uuids(round.order); w.optional(round.speaker) { $0.uuid($1) }
            w.seconds(round.budgetPerSpeaker)
            w.array(round.turns) { w, turn in
                w.uuid(turn.id); w.string(turn.turn.rawValue); w.seconds(turn.spokenSeconds)
            }
        }
        w.seconds(r.roundPlannedSeconds)
        w.array(r.attendance) { w, entry in
            w.uuid(entry.id); w.bool(entry.present); w.optional(entry.name) { $0.string($1) }
        }
        w.optional(r.questions) { w, questions in
            w.array(questions) { w, question in w.uuid(question.id); w.string(question.status.rawValue) }
        }
        w.array(r.ratings) { w, vote in
            w.uuid(vote.id); w.int(vote.value)
        }
        w.uuids(r.rotationSkips); w.bool(r.rotationSwapped)
        w.optional(r.next) { w, next in
            w.optional(next.facilitator) { $0.uuid($1) }
            w.optional(next.noteTaker) { $0.uuid($1) }
        }
        w.date(r.updatedAt)
    }

    private static func decodeFromCache(_ r: inout ByteReader) throws(CacheFormatError) -> MeetingProgress {
        let id = try r.uuid()
        let step = try r.raw(MeetingProgress.Step.self)
        let items = try r.array { (r: inout ByteReader) throws(CacheFormatError) in
            MeetingProgress.Item(id: try r.uuid(), title: try r.string(), plannedSeconds: try r.seconds(), originalSeconds: try r.seconds(),
                                 usedSeconds: try r.seconds(), isRound: try r.bool())
        }
        let current = try r.optionalUUID()
        let running = try r.bool()
        let settledAt = try r.optionalDate()
        let review = try r.array { (r: inout ByteReader) throws(CacheFormatError) in
            MeetingProgress.ReviewEntry(id: try r.uuid(),
                                        outcome: try r.optional { (r: inout ByteReader) throws(CacheFormatError) in try r.raw(ReviewOutcome.self) })
        }
        let rounds = try r.array { (r: inout ByteReader) throws(CacheFormatError) in
            MeetingProgress.Round(id: try r.uuid(), order: try r.uuids(), speaker: try r.optionalUUID(), budgetPerSpeaker: try r.seconds(),
                                  turns: try r.array { (r: inout ByteReader) throws(CacheFormatError) in
                                      MeetingProgress.TurnEntry(id: try r.uuid(), turn: try r.raw(RoundTurns.Turn.self), spokenSeconds: try r.seconds())
                                  })
        }
        let planned = try r.seconds()
        let attendance = try r.array { (r: inout ByteReader) throws(CacheFormatError) in
            MeetingProgress.Attendance(id: try r.uuid(), present: try r.bool(), name: try r.optionalString())
        }
        let questions = try r.optional { (r: inout ByteReader) throws(CacheFormatError) in
            try r.array { (r: inout ByteReader) throws(CacheFormatError) in
                MeetingProgress.Question(id: try r.uuid(), status: try r.raw(MeetingProgress.QuestionStatus.self))
            }
        }
        let ratings = try r.array { (r: inout ByteReader) throws(CacheFormatError) in MeetingProgress.Vote(id: try r.uuid(), value: try r.int()) }
        let skips = try r.uuids()
        let swapped = try r.bool()
        let next = try r.optional { (r: inout ByteReader) throws(CacheFormatError) in
            MeetingProgress.NextRoles(facilitator: try r.optionalUUID(), noteTaker: try r.optionalUUID())
        }
        return MeetingProgress(id: id, step: step, items: items, currentItemID: current, timerRunning: running, settledAt: settledAt,
                               review: review, rounds: rounds, roundPlannedSeconds: planned, attendance: attendance, questions: questions,
                               ratings: ratings,
                               rotationSkips: skips, rotationSwapped: swapped, next: next, updatedAt: try r.date())
    }
}
