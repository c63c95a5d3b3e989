import Foundation
import GuildCore
import XCTest

final class ScaledTeamTests: XCTestCase {
    /// Organisation scale with every count divided by ten, but the org's 300 skills and 40 teams (fast in debug builds).
    private static let reducedOrg = ScaledTeamShape(
        people: 200, skills: 300, teams: 40, sessions: 500, recurringSeries: 8, notes: 10_000, actions: 2_000,
        learnings: 100, topics: 8, communities: 10, solutions: 12, historyDays: 730)

    private static let tenK = ScaledTeam.make(scale: .tenK, now: Fixtures.now, calendar: Fixtures.calendar, seed: 42)
    private static let org = ScaledTeam.make(shape: reducedOrg, now: Fixtures.now, calendar: Fixtures.calendar, seed: 42)

    func testTenKCounts() {
        let data = Self.tenK
        XCTAssertEqual(data.actions.count, 10_000)
        XCTAssertEqual(data.sessions.count, 500)
        XCTAssertEqual(data.people.count, 200)
        XCTAssertEqual(data.skills.count, 60)
        XCTAssertEqual(data.ratingSheets.count, 200)
        XCTAssertEqual(data.notes.count, ScaledTeamShape.tenK.notes)
        XCTAssertEqual(Set(data.people.values.map(\.team)).count, 10)
    }

    func testOrgShapeAndReducedOrgCounts() {
        let shape = ScaledTeamShape.org
        XCTAssertEqual([shape.people, shape.skills, shape.teams, shape.sessions, shape.actions, shape.notes],
                       [2_000, 300, 40, 5_000, 20_000, 100_000])
        XCTAssertEqual(DemoScale.org.shape, shape)
        XCTAssertNil(DemoScale.team.shape)
        let data = Self.org
        let reduced = Self.reducedOrg
        XCTAssertEqual(data.people.count, reduced.people)
        XCTAssertEqual(data.skills.count, reduced.skills)
        XCTAssertEqual(data.sessions.count, reduced.sessions)
        XCTAssertEqual(data.notes.count, reduced.notes)
        XCTAssertEqual(data.actions.count, reduced.actions)
        XCTAssertEqual(data.learnings.count, reduced.learnings)
        XCTAssertEqual(data.topics.count, reduced.topics)
        XCTAssertEqual(data.communities.count, reduced.communities)
        XCTAssertEqual(data.solutions.count, reduced.solutions)
        XCTAssertEqual(Set(data.people.values.map(\.team)).count, 40)
        XCTAssertEqual(Set(data.skills.values.map { $0.name.lowercased() }).count, 300, "skill names are unique")
    }

    func testSameSeedGivesIdenticalData() {
        let again = ScaledTeam.make(scale: .tenK, now: Fixtures.now, calendar: Fixtures.calendar, seed: 42)
        XCTAssertEqual(again, Self.tenK)
        let small = ScaledTeamShape(people: 30, skills: 20, teams: 4, sessions: 40, recurringSeries: 2, notes: 200, actions: 100,
                                    learnings: 5, topics: 3, communities: 2, solutions: 2)
        let a = ScaledTeam.make(shape: small, now: Fixtures.now, calendar: Fixtures.calendar, seed: 7)
        let b = ScaledTeam.make(shape: small, now: Fixtures.now, calendar: Fixtures.calendar, seed: 7)
        let c = ScaledTeam.make(shape: small, now: Fixtures.now, calendar: Fixtures.calendar, seed: 8)
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(a, c)
        XCTAssertEqual(ScaledTeam.make(scale: .team, now: Fixtures.now, calendar: Fixtures.calendar, seed: 42),
                       SampleTeam.make(now: Fixtures.now, calendar: Fixtures.calendar, seed: 42))
    }

    func testEveryRecordValidatesAndEveryReferenceResolves() throws {
        for data in [Self.tenK, Self.org] {
            try assertValid(data)
        }
    }

    /// Held occurrences of the recurring meetings were wrapped up in Guild: each has a finished progress record that
    /// validates, and minutes can be made from it and its notes (so `guild export minutes` has something to print).
    func testHeldMeetingsOfTheSeriesAreWrappedUpWithMinutes() throws {
        for data in [Self.tenK, Self.org] {
            let held = data.sessions.values.filter { $0.seriesID != nil && $0.status == .done }
            XCTAssertFalse(held.isEmpty)
            XCTAssertEqual(Set(data.meetings.keys), Set(held.map(\.id)), "every held occurrence of a series, and only those")
            for progress in data.meetings.values {
                XCTAssertNoThrow(try progress.validate())
                XCTAssertEqual(progress.step, .finished)
            }
            let latest = try XCTUnwrap(held.max { $0.start < $1.start })
            let notes = data.notes.values.filter { $0.sessionID == latest.id }
            XCTAssertFalse(notes.isEmpty, "the latest wrapped-up meeting has notes")
            let minutes = MinutesDocument(progress: data.meetings[latest.id]!, session: latest, data: data, notes: Array(notes),
                                          calendar: Fixtures.calendar).markdown
            XCTAssertTrue(minutes.contains(latest.title))
        }
    }

    func testPeopleHaveUniqueHandlesAndVariedNames() {
        for data in [Self.tenK, Self.org] {
            let handles = data.people.values.map(\.handle)
            XCTAssertEqual(Set(handles).count, handles.count)
            XCTAssertTrue(handles.allSatisfy(Handle.isValid))
        }
        let names = Self.org.people.values.map(\.name)
        XCTAssertTrue(names.contains { $0.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } || $0.unicodeScalars.contains { $0.value >= 0xAC00 && $0.value <= 0xD7AF } },
                      "some CJK names")
        XCTAssertTrue(names.contains { $0.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } }, "some Cyrillic names")
        XCTAssertTrue(names.contains { $0.unicodeScalars.contains { (0x00C0...0x017F).contains($0.value) } }, "some accented names")
    }

    func testRatingsAreSparseAndClustered() throws {
        let data = Self.org
        for sheet in data.ratingSheets.values {
            XCTAssertTrue((15...40).contains(sheet.current.count), "rates \(sheet.current.count) skills")
        }
        XCTAssertTrue(data.ratingSheets.values.contains { $0.ratings.count > $0.current.count }, "some have a dated history")
        // Clustered: people of one team share more skills than the whole matrix would suggest.
        let platform = data.people.values.filter { $0.team == "Platform" }.compactMap { data.ratingSheets[$0.id] }
        var counts: [UUID: Int] = [:]
        for sheet in platform { for skill in sheet.current.keys { counts[skill, default: 0] += 1 } }
        let shared = counts.values.filter { $0 * 2 >= platform.count }.count
        XCTAssertGreaterThan(shared, 0, "some skills are rated by half the team or more")
    }

    func testSessionsAndActionsCoverTheirStates() {
        let data = Self.org
        let sessions = Array(data.sessions.values)
        XCTAssertEqual(Set(sessions.map(\.format)), Set(SessionFormat.allCases), "all formats")
        XCTAssertTrue(sessions.contains { $0.recurrence != nil })
        XCTAssertTrue(sessions.contains { $0.seriesID != nil })
        XCTAssertTrue(sessions.contains { $0.start > Fixtures.now && $0.status == .planned })
        XCTAssertTrue(sessions.contains { $0.start < Fixtures.now && $0.status == .done })
        XCTAssertTrue(sessions.allSatisfy { !$0.agenda.isEmpty })
        XCTAssertFalse(UpcomingSessions.list(in: data, now: Fixtures.now, calendar: Fixtures.calendar).isEmpty)
        let actions = Array(data.actions.values)
        XCTAssertEqual(Set(actions.map(\.status)), Set(ActionItem.Status.allCases))
        XCTAssertTrue(actions.contains { $0.isOverdue(today: Fixtures.today) })
        XCTAssertTrue(actions.contains { $0.status == .open && !$0.isOverdue(today: Fixtures.today) })
        XCTAssertTrue(data.notes.values.allSatisfy { data.sessions[$0.sessionID].map { $0.start < Fixtures.now } ?? false },
                      "notes belong to past sessions")
    }

    func testProgressEndsAtTheTotal() {
        let small = ScaledTeamShape(people: 30, skills: 20, teams: 4, sessions: 40, recurringSeries: 2, notes: 5_000, actions: 100,
                                    learnings: 5, topics: 3, communities: 2, solutions: 2)
        var reports: [(Int, Int)] = []
        _ = ScaledTeam.make(shape: small, now: Fixtures.now, calendar: Fixtures.calendar, seed: 1) { reports.append(($0, $1)) }
        XCTAssertGreaterThan(reports.count, 1)
        XCTAssertEqual(reports.last?.0, small.totalRecords)
        XCTAssertEqual(reports.last?.1, small.totalRecords)
        XCTAssertEqual(reports.map(\.0), reports.map(\.0).sorted())
    }

    // MARK: - Helpers

    private func assertValid(_ data: GuildData, file: StaticString = #filePath, line: UInt = #line) throws {
        func check(_ records: [any Record]) throws {
            for record in records {
                do { try record.validate() } catch {
                    XCTFail("\(type(of: record)) \(record.id) does not validate: \(error)", file: file, line: line)
                }
            }
        }
        try check(Array(data.people.values)); try check(Array(data.skills.values)); try check(Array(data.ratingSheets.values))
        try check(Array(data.sessions.values)); try check(Array(data.notes.values)); try check(Array(data.actions.values))
        try check(Array(data.learnings.values)); try check(Array(data.topics.values)); try check(Array(data.communities.values))
        try check(Array(data.solutions.values)); try check(Array(data.meetings.values))

        var missing: [String] = []
        func person(_ id: UUID?, _ place: String) { if let id, data.people[id] == nil { missing.append("person in \(place)") } }
        func skill(_ id: UUID, _ place: String) { if data.skills[id] == nil { missing.append("skill in \(place)") } }
        func session(_ id: UUID?, _ place: String) { if let id, data.sessions[id] == nil { missing.append("session in \(place)") } }

        for sheet in data.ratingSheets.values {
            person(sheet.personID, "rating sheet")
            for rating in sheet.ratings { skill(rating.skillID, "rating") }
        }
        for s in data.sessions.values {
            person(s.facilitator, "facilitator"); person(s.noteTaker, "note-taker")
            s.presenters.forEach { person($0, "presenters") }
            s.attendees.forEach { person($0, "attendees") }
            s.agenda.forEach { person($0.owner, "agenda owner") }
            session(s.seriesID, "series")
            if let community = s.communityID, data.communities[community] == nil { missing.append("community of session") }
        }
        for note in data.notes.values {
            session(note.sessionID, "note")
            person(note.author, "note author")
            if let item = note.agendaItemID, !(data.sessions[note.sessionID]?.agenda.contains { $0.id == item } ?? false) {
                missing.append("agenda item of note")
            }
        }
        for action in data.actions.values {
            person(action.owner, "action owner"); session(action.sessionID, "action")
        }
        for learning in data.learnings.values {
            person(learning.author, "learning author"); session(learning.sessionID, "learning")
            learning.kudosTo.forEach { person($0, "kudos") }
        }
        for topic in data.topics.values {
            person(topic.proposedBy, "topic"); session(topic.sessionID, "topic")
            topic.votes.forEach { person($0, "votes") }
            topic.suggestedPresenters.forEach { person($0, "suggested presenters") }
            topic.skillIDs.forEach { skill($0, "topic") }
        }
        for community in data.communities.values { community.members.forEach { person($0, "community") } }
        for solution in data.solutions.values {
            solution.experts.forEach { person($0, "experts") }
            solution.skillIDs.forEach { skill($0, "solution") }
        }
        XCTAssertEqual(missing, [], "dangling references", file: file, line: line)
    }
}
