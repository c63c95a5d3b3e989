import XCTest
import GuildCore

final class QueryTests: XCTestCase {
    func testUpcomingExpandsRecurrenceAndSkipsHeldAndCancelled() {
        var data = GuildData()
        // A weekly meeting on Fridays 15:00 that began in September.
        let weekly = Session(id: Fixtures.uuid(1), title: "Weekly", format: .weeklyMeeting,
                             start: Fixtures.date(2026, 9, 4, 15), recurrence: Recurrence(frequency: .weekly),
                             updatedAt: Fixtures.now)
        data.upsert(weekly)
        // Next Friday's occurrence is already being held as its own record.
        data.upsert(Session(id: Fixtures.uuid(2), title: "Weekly", format: .weeklyMeeting,
                            start: Fixtures.date(2026, 11, 27, 15), status: .live, seriesID: weekly.id, updatedAt: Fixtures.now))
        data.upsert(Session(id: Fixtures.uuid(3), title: "Talk", format: .techTalk, start: Fixtures.date(2026, 11, 23, 16), updatedAt: Fixtures.now))
        data.upsert(Session(id: Fixtures.uuid(4), title: "Cancelled", format: .techTalk, start: Fixtures.date(2026, 11, 24, 16), status: .cancelled, updatedAt: Fixtures.now))
        data.upsert(Session(id: Fixtures.uuid(5), title: "Past", format: .techTalk, start: Fixtures.date(2026, 11, 20, 16), updatedAt: Fixtures.now))

        let upcoming = UpcomingSessions.list(in: data, now: Fixtures.now, calendar: Fixtures.calendar, horizonDays: 21)
        XCTAssertEqual(upcoming.map(\.start), [
            Fixtures.date(2026, 11, 23, 16),
            Fixtures.date(2026, 11, 27, 15), // the held record, not the series repeat
            Fixtures.date(2026, 12, 4, 15),
            Fixtures.date(2026, 12, 11, 15),
        ])
        XCTAssertEqual(upcoming[1].session.id, Fixtures.uuid(2))
        XCTAssertEqual(upcoming[2].session.id, weekly.id)
        XCTAssertEqual(upcoming[2].index, 13)
    }

    func testRecurrenceKeepsWallClockAcrossDaylightSavingAndHonoursUntil() {
        let monthly = Session(title: "CoP", format: .other, start: Fixtures.date(2026, 1, 31, 11),
                              recurrence: Recurrence(frequency: .monthly, until: Fixtures.date(2026, 4, 30)),
                              updatedAt: Fixtures.now)
        let starts = UpcomingSessions.occurrences(of: monthly, from: Fixtures.date(2026, 1, 1), to: Fixtures.date(2026, 12, 31),
                                                  calendar: Fixtures.calendar).map(\.start)
        // RFC 5545: a monthly repeat from the 31st skips the months without one (no 28 February, no 30 April).
        XCTAssertEqual(starts, [Fixtures.date(2026, 1, 31, 11), Fixtures.date(2026, 3, 31, 11)])
        let weekly = Session(title: "W", format: .weeklyMeeting, start: Fixtures.date(2026, 3, 20, 15),
                             recurrence: Recurrence(frequency: .fortnightly), updatedAt: Fixtures.now)
        let hours = UpcomingSessions.occurrences(of: weekly, from: Fixtures.date(2026, 3, 1), to: Fixtures.date(2026, 4, 30),
                                                 calendar: Fixtures.calendar).map { Fixtures.calendar.component(.hour, from: $0.start) }
        XCTAssertEqual(hours, [15, 15, 15]) // 20 Mar, 3 Apr, 17 Apr: across the 29 March change
    }

    func testOpenActionsOverdueFirstThenByDueThenUndated() {
        var data = GuildData()
        let items: [(String, Int?, ActionItem.Status)] = [
            ("later", 5, .open), ("undated", nil, .open), ("overdue old", -10, .open),
            ("overdue", -1, .open), ("today", 0, .open), ("done", -3, .done),
        ]
        for (n, item) in items.enumerated() {
            var action = ActionItem(id: Fixtures.uuid(n), title: item.0, due: item.1.map { Fixtures.today.adding(days: $0) }, createdAt: Fixtures.now)
            if item.2 == .done { action.setDone(true, at: Fixtures.now) }
            data.upsert(action)
        }
        XCTAssertEqual(OpenActions.list(in: data, today: Fixtures.today).map(\.title),
                       ["overdue old", "overdue", "today", "later", "undated"])
    }

    func testSkillsMatrixUsesCurrentRatingsAndCountsCoverage() {
        var data = GuildData()
        let zoe = Person(id: Fixtures.uuid(1), name: "Zoë", handle: "zoe", updatedAt: Fixtures.now)
        let amara = Person(id: Fixtures.uuid(2), name: "Amara", handle: "amara", updatedAt: Fixtures.now)
        let go = Skill(id: Fixtures.uuid(10), name: "Go", category: "Languages", updatedAt: Fixtures.now)
        let k8s = Skill(id: Fixtures.uuid(11), name: "Kubernetes", category: "Infrastructure", updatedAt: Fixtures.now)
        [zoe, amara].forEach { data.upsert($0) }
        [go, k8s].forEach { data.upsert($0) }
        var sheet = RatingSheet(personID: zoe.id, updatedAt: Fixtures.now)
        sheet.record(SkillRating(skillID: go.id, level: .expert, ratedAt: Fixtures.date(2026, 1, 1)))
        sheet.record(SkillRating(skillID: go.id, level: .working, ratedAt: Fixtures.date(2026, 6, 1)))
        sheet.record(SkillRating(skillID: k8s.id, level: .proficient, wantsToLearn: false, happyToTeach: true, ratedAt: Fixtures.date(2026, 6, 1)))
        data.upsert(sheet)
        var other = RatingSheet(personID: amara.id, updatedAt: Fixtures.now)
        other.record(SkillRating(skillID: k8s.id, level: .expert, ratedAt: Fixtures.date(2026, 6, 1)))
        data.upsert(other)

        let matrix = SkillsMatrix(data: data)
        XCTAssertEqual(matrix.people.map(\.name), ["Amara", "Zoë"])
        XCTAssertEqual(matrix.skills.map(\.name), ["Kubernetes", "Go"]) // Infrastructure < Languages
        XCTAssertEqual(matrix.rating(row: 1, column: 1)?.level, .working)
        XCTAssertEqual(matrix.rating(row: 1, column: 0)?.happyToTeach, true)
        XCTAssertNil(matrix.rating(row: 0, column: 1))
        XCTAssertNil(matrix.rating(row: 9, column: 0))
        XCTAssertEqual(matrix.coverage, [2, 0])
    }

    func testTextMatchIgnoresCaseAndAccents() {
        XCTAssertTrue(TextMatch.matches("Zoë Ångström", query: "zoe ang"))
        XCTAssertTrue(TextMatch.matches("José Álvarez", query: "ALVAREZ"))
        XCTAssertFalse(TextMatch.matches("Noah", query: "zoe"))
    }

    func testSampleTeamIsDeterministicAndRich() throws {
        let a = SampleTeam.make(now: Fixtures.now, calendar: Fixtures.calendar)
        let b = SampleTeam.make(now: Fixtures.now, calendar: Fixtures.calendar)
        XCTAssertEqual(a, b)
        XCTAssertGreaterThanOrEqual(a.people.count, 12)
        XCTAssertEqual(Set(a.people.values.map(\.team)).count, 3)
        XCTAssertTrue(a.people.values.contains { $0.name.unicodeScalars.contains { $0.value > 0x2E80 } }, "a non-Latin name")
        XCTAssertGreaterThanOrEqual(a.skills.count, 20)
        XCTAssertEqual(Set(a.sessions.values.map(\.format)), Set(SessionFormat.allCases))
        XCTAssertTrue(a.sessions.values.contains { $0.format == .weeklyMeeting && $0.recurrence?.frequency == .weekly })
        XCTAssertEqual(Set(a.notes.values.map(\.kind)), Set(NoteEntry.Kind.allCases))
        XCTAssertTrue(a.actions.values.contains { $0.isOverdue(today: Fixtures.today) })
        XCTAssertTrue(a.actions.values.contains { $0.status == .done })
        XCTAssertEqual(a.communities.count, 2)
        XCTAssertFalse(a.learnings.isEmpty)
        XCTAssertFalse(a.topics.isEmpty)
        XCTAssertFalse(a.solutions.isEmpty)
        XCTAssertTrue(a.ratingSheets.values.contains { $0.ratings.contains(where: \.wantsToLearn) })
        for record in a.people.values { XCTAssertNoThrow(try record.validate()) }
        for record in a.sessions.values { XCTAssertNoThrow(try record.validate(), record.title) }
        for record in a.actions.values { XCTAssertNoThrow(try record.validate(), record.title) }
        XCTAssertFalse(UpcomingSessions.list(in: a, now: Fixtures.now, calendar: Fixtures.calendar).isEmpty)
    }
}
