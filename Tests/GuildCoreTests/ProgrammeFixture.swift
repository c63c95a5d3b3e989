import Foundation
import GuildCore

/// A small programme with a known history, for metric, milestone, report, calendar and site tests: six people (one away),
/// four skills, five held sessions over three months, a weekly series with a cancelled and a re-staffed meeting, one community.
enum ProgrammeFixture {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Berlin")!
        calendar.firstWeekday = 2
        return calendar
    }()

    /// 2026-11-22 10:00 in Berlin.
    static let now = at(2026, 11, 22, 10)

    static func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) -> Date {
        calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
    }

    static func id(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))!
    }

    static let ana = id(1), ben = id(2), chen = id(3), dana = id(4), eli = id(5), fay = id(6)
    static let go = id(11), kubernetes = id(12), sql = id(13), cicd = id(14)
    static let backend = id(21)
    static let goTalk = id(31), sqlWorkshop = id(32), k8sLunch = id(33), testingTalk = id(34), weekly = id(35)
    static let weeklyHeld = id(36), weeklyCancelled = id(37), weeklyRestaffed = id(38)
    static let kafka = id(39), copSync = id(40), retro = id(41), cancelledTalk = id(42), missedTalk = id(43)

    static let data: GuildData = {
        var data = GuildData()
        let updated = at(2026, 5, 1, 9)
        for (pid, name, handle, team) in [(ana, "Ana Lima", "ana", "Core"), (ben, "Ben Okoro", "ben", "Core"), (chen, "陈伟", "chen", "Data"),
                                          (dana, "Dana Ólafsdóttir", "dana", "Data"), (eli, "Eli Cohen", "eli", "Core"), (fay, "Fay Müller", "fay", "Data")] {
            data.upsert(Person(id: pid, name: name, handle: handle, team: team, away: pid == fay ? true : nil, updatedAt: updated))
        }
        data.upsert(Skill(id: go, name: "Go", category: "Languages", critical: true, updatedAt: updated))
        data.upsert(Skill(id: kubernetes, name: "Kubernetes", category: "Infrastructure", updatedAt: updated))
        data.upsert(Skill(id: sql, name: "SQL", category: "Data", updatedAt: updated))
        data.upsert(Skill(id: cicd, name: "CI/CD", category: "Infrastructure", updatedAt: updated))
        let survey = at(2026, 6, 1, 9)
        func sheet(_ person: UUID, _ ratings: [(UUID, SkillLevel, Date)]) {
            data.upsert(RatingSheet(personID: person, ratings: ratings.map { SkillRating(skillID: $0.0, level: $0.1, ratedAt: $0.2) }, updatedAt: survey))
        }
        sheet(ana, [(go, .expert, survey), (kubernetes, .proficient, survey)])
        sheet(ben, [(go, .working, survey), (go, .proficient, at(2026, 11, 10, 9))])
        sheet(chen, [(sql, .proficient, survey), (kubernetes, .learning, survey), (kubernetes, .working, at(2026, 10, 15, 9))])
        sheet(dana, [(sql, .working, survey)])

        data.upsert(Community(id: backend, name: "Backend CoP", domain: "APIs, databases; and services", members: [ana, ben, chen],
                              stage: .building, objectives: [
                                  Objective(id: id(22), text: "Two people for every critical skill", status: .onTrack),
                                  Objective(id: id(23), text: "A talk every month", status: .met),
                              ], createdAt: at(2026, 8, 1)))

        func held(_ sid: UUID, _ title: String, _ format: SessionFormat, _ start: Date, presenters: [UUID], facilitator: UUID?, noteTaker: UUID?,
                  attendees: [UUID], ratings: [Int]?, community: UUID? = nil, minutes: Int = 60) {
            data.upsert(Session(id: sid, title: title, format: format, start: start, durationMinutes: minutes, location: "Room Ada",
                                facilitator: facilitator, presenters: presenters, noteTaker: noteTaker, attendees: attendees, status: .done,
                                communityID: community, ratings: ratings, updatedAt: start.addingTimeInterval(7200)))
        }
        held(goTalk, "Go generics", .techTalk, at(2026, 9, 10, 14), presenters: [ana], facilitator: ben, noteTaker: chen,
             attendees: [ana, ben, chen, dana], ratings: [5, 4, 4], community: backend)
        held(sqlWorkshop, "SQL, indexes; and you", .workshop, at(2026, 10, 8, 14), presenters: [chen], facilitator: ana, noteTaker: dana,
             attendees: [ana, chen, dana, eli], ratings: [4, 3], minutes: 120)
        held(k8sLunch, "Kubernetes basics", .brownBag, at(2026, 10, 22, 12, 30), presenters: [ana, ben], facilitator: chen, noteTaker: eli,
             attendees: [ben, chen, eli], ratings: nil, community: backend, minutes: 45)
        held(testingTalk, "Testing in Go", .techTalk, at(2026, 11, 5, 14), presenters: [dana], facilitator: ana, noteTaker: chen,
             attendees: [ana, ben, chen, dana, eli], ratings: [5, 5, 4, 4])

        let series = Session(id: weekly, title: "Weekly tech meeting", format: .weeklyMeeting, desiredOutcome: "Everyone is heard",
                             details: "Bring one success,\none frustration; and a learning.", start: at(2026, 11, 6, 15),
                             location: "Room Ada, 2nd floor; https://meet.example.com/x", facilitator: ana, noteTaker: ben,
                             attendees: [ana, ben, chen, dana, eli],
                             agenda: [AgendaItem(id: id(51), title: "Round", minutes: 20, isRound: true), AgendaItem(id: id(52), title: "Topic", minutes: 40)],
                             recurrence: Recurrence(frequency: .weekly, until: at(2026, 12, 31), skipped: [at(2026, 12, 25, 15)]),
                             updatedAt: at(2026, 11, 1, 9))
        data.upsert(series)
        var occurrence = series
        occurrence.id = weeklyHeld
        occurrence.start = at(2026, 11, 13, 15)
        occurrence.recurrence = nil
        occurrence.seriesID = weekly
        occurrence.status = .done
        occurrence.facilitator = ben
        occurrence.noteTaker = ana
        occurrence.ratings = [3, 4]
        occurrence.updatedAt = at(2026, 11, 13, 17)
        data.upsert(occurrence)
        occurrence.id = weeklyCancelled
        occurrence.start = at(2026, 11, 20, 15)
        occurrence.status = .cancelled
        occurrence.ratings = nil
        data.upsert(occurrence)
        occurrence.id = weeklyRestaffed
        occurrence.start = at(2026, 11, 27, 15)
        occurrence.status = .planned
        occurrence.facilitator = dana
        occurrence.noteTaker = eli
        data.upsert(occurrence)

        data.upsert(Session(id: kafka, title: "Kafka: rebalancing, offsets & lag — a long title that folds beyond seventy-five octets 🚀",
                            format: .deepDive, desiredOutcome: "Debug a rebalancing storm", start: at(2026, 11, 25, 16), durationMinutes: 90,
                            location: "Room Grace", facilitator: ben, presenters: [eli], updatedAt: at(2026, 11, 2, 9)))
        data.upsert(Session(id: copSync, title: "Backend CoP sync", format: .other, start: at(2026, 11, 24, 10), durationMinutes: 30,
                            facilitator: chen, recurrence: Recurrence(frequency: .fortnightly), communityID: backend, updatedAt: at(2026, 11, 2, 9)))
        data.upsert(Session(id: retro, title: "Guild retro", format: .other, start: at(2026, 12, 3, 17), durationMinutes: 60,
                            facilitator: ana, recurrence: Recurrence(frequency: .monthly), updatedAt: at(2026, 11, 2, 9)))
        data.upsert(Session(id: cancelledTalk, title: "Cancelled talk", format: .techTalk, start: at(2026, 11, 26, 14), status: .cancelled,
                            updatedAt: at(2026, 11, 2, 9)))
        data.upsert(Session(id: missedTalk, title: "Talk that never happened", format: .techTalk, start: at(2026, 11, 1, 14),
                            updatedAt: at(2026, 10, 2, 9)))

        func action(_ n: Int, _ title: String, owner: UUID, due: String?, created: Date, session: UUID?, done: Date? = nil, dropped: Bool = false) {
            var item = ActionItem(id: id(n), title: title, owner: owner, due: due.flatMap { Day(iso: $0) }, sessionID: session, createdAt: created)
            if let done { item.setDone(true, at: done) }
            if dropped { item.status = .dropped }
            data.upsert(item)
        }
        action(61, "Write the Go style guide", owner: ben, due: "2026-10-01", created: at(2026, 9, 10, 15), session: goTalk, done: at(2026, 9, 30, 12))
        action(62, "Add an index to orders", owner: chen, due: "2026-10-15", created: at(2026, 10, 8, 15), session: sqlWorkshop, done: at(2026, 10, 20, 12))
        action(63, "Set up a kind cluster", owner: eli, due: "2026-11-01", created: at(2026, 10, 22, 13), session: k8sLunch)
        action(64, "Share the test templates", owner: dana, due: "2026-11-30", created: at(2026, 11, 5, 15), session: testingTalk)
        action(65, "An idea we dropped", owner: ana, due: nil, created: at(2026, 11, 5, 15), session: testingTalk, dropped: true)
        action(66, "Book the room", owner: ben, due: nil, created: at(2026, 11, 13, 16), session: weeklyHeld, done: at(2026, 11, 14, 9))

        data.upsert(Learning(id: id(71), kind: .win, text: "Generics cut our mapper code in half", context: "Core", sessionID: goTalk,
                             author: ana, kudosTo: [ben], createdAt: at(2026, 9, 12, 10)))
        data.upsert(Learning(id: id(72), kind: .lesson, text: "Partial indexes, for soft-deleted rows", context: "Data", sessionID: sqlWorkshop,
                             author: chen, createdAt: at(2026, 10, 9, 10)))
        data.upsert(Learning(id: id(73), kind: .win, text: "Dana's first talk | went great", sessionID: testingTalk, author: ben,
                             kudosTo: [dana], createdAt: at(2026, 11, 6, 10)))
        data.upsert(Solution(id: id(81), need: "Run a local cluster", solution: "kind + Tilt", approximateTime: "1 hour", risks: "Docker | memory",
                             experts: [ana], skillIDs: [kubernetes], updatedAt: updated))
        data.upsert(NoteEntry(id: id(91), sessionID: testingTalk, kind: .decision, text: "We adopt table-driven tests", createdAt: at(2026, 11, 5, 14, 40)))
        data.upsert(NoteEntry(id: id(92), sessionID: testingTalk, kind: .question, text: "Do we test private functions?", createdAt: at(2026, 11, 5, 14, 50)))
        return data
    }()
}
