import Foundation
@testable import GuildCore
import XCTest

/// Programme metrics on a fixed history: sessions by format, participation, presenters, rotation, ratings, follow-through, coverage.
final class ProgrammeHealthTests: XCTestCase {
    typealias F = ProgrammeFixture

    func testPeriodsParseAndSpanMonthsAndQuarters() throws {
        let month = try XCTUnwrap(ProgrammePeriod(text: "2026-11"))
        XCTAssertEqual(month.description, "2026-11")
        XCTAssertEqual(month.title, "November 2026")
        XCTAssertEqual(month.start(in: F.calendar), F.at(2026, 11, 1))
        XCTAssertEqual(month.end(in: F.calendar), F.at(2026, 12, 1))
        let quarter = try XCTUnwrap(ProgrammePeriod(text: "2026-q4"))
        XCTAssertEqual(quarter.description, "2026-Q4")
        XCTAssertEqual(quarter.months.map(\.description), ["2026-10", "2026-11", "2026-12"])
        XCTAssertEqual(quarter.end(in: F.calendar), F.at(2027, 1, 1))
        for bad in ["2026-13", "2026-Q5", "2026-1", "26-11", "2026/11", "", "2026-Q"] {
            XCTAssertNil(ProgrammePeriod(text: bad), bad)
        }
        XCTAssertEqual(ProgrammePeriod.months(endingAt: F.now, count: 3, calendar: F.calendar).map(\.description), ["2026-09", "2026-10", "2026-11"])
    }

    func testSixMonthsOfHealth() {
        let health = ProgrammeHealth(data: F.data, now: F.now, calendar: F.calendar)
        XCTAssertEqual(health.months.map(\.period.description), ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"])
        XCTAssertEqual(health.months.map(\.sessions), [0, 0, 0, 1, 2, 2])
        XCTAssertEqual(health.months[4].sessionsByFormat, [.workshop: 1, .brownBag: 1])
        XCTAssertEqual(health.months[5].sessionsByFormat, [.techTalk: 1, .weeklyMeeting: 1])
        XCTAssertEqual(health.sessionsHeld, 5)
        XCTAssertEqual(health.formatsHeld.first?.format, .techTalk)
        // Attendance: October has 4 + 4 people (presenters count) at two sessions.
        XCTAssertEqual(health.months[4].seats, 8)
        XCTAssertEqual(health.months[4].averageAttendance, 4)
        XCTAssertEqual(health.eligible, 5, "Fay is away")
        XCTAssertEqual(health.participants.count, 5)
        XCTAssertEqual(health.participationRate, 1)
        XCTAssertEqual(health.contributors.count, 5)
        XCTAssertEqual(Set(health.presenters), [F.ana, F.chen, F.ben, F.dana])
        XCTAssertEqual(health.firstTimePresenters, [F.ana, F.chen, F.ben, F.dana])
        XCTAssertEqual(health.months.map(\.firstTimePresenters), [0, 0, 0, 1, 2, 1])
    }

    func testRotationEvenness() {
        let health = ProgrammeHealth(data: F.data, now: F.now, calendar: F.calendar)
        XCTAssertEqual(health.facilitation.total, 5)
        XCTAssertEqual(health.facilitation.distinct, 3)
        XCTAssertEqual(health.facilitation.evenness, 0.6)
        XCTAssertEqual(health.facilitation.topShare, 0.4)
        XCTAssertEqual(health.noteTaking.distinct, 4)
        XCTAssertEqual(health.noteTaking.evenness, 0.8)
        XCTAssertEqual(health.noteTaking.turns.first?.person, F.chen)
        XCTAssertNil(RoleRotation(counts: [:], eligible: 4).evenness)
        XCTAssertEqual(RoleRotation(counts: [F.ana: 3], eligible: 4).evenness, 1.0 / 3.0)
    }

    func testRatingsPerFormat() {
        let health = ProgrammeHealth(data: F.data, now: F.now, calendar: F.calendar)
        XCTAssertEqual(health.ratings.map(\.format), [.techTalk, .weeklyMeeting, .workshop], "ties by format name")
        XCTAssertEqual(health.ratings[0].average, 31.0 / 7.0, accuracy: 1e-9, "(5+4+4 + 5+5+4+4) / 7")
        XCTAssertEqual(health.ratings[0].votes, 7)
        XCTAssertEqual(health.ratings[0].sessions, 2)
        XCTAssertEqual(health.ratings[1].average, 3.5)
    }

    func testFollowThrough() {
        let health = ProgrammeHealth(data: F.data, now: F.now, calendar: F.calendar)
        XCTAssertEqual(health.followThrough.onTime, 2)
        XCTAssertEqual(health.followThrough.late, 1)
        XCTAssertEqual(health.followThrough.open, 2)
        XCTAssertEqual(health.followThrough.overdue, 1)
        XCTAssertEqual(health.followThrough.dropped, 1)
        // Already due on 22 November: 61 (due 1 Oct, done 30 Sep: on time), 62 (due 15 Oct, done 20 Oct: late),
        // 63 (due 1 Nov, open). Not yet due: 64 (30 Nov). No due day: 66. Dropped: 65. On time: 1 of 3.
        XCTAssertEqual(health.followThrough.alreadyDue, 3)
        XCTAssertEqual(health.followThrough.onTimeRate, 1.0 / 3.0)
    }

    func testSkillCoverageOverTime() {
        let health = ProgrammeHealth(data: F.data, now: F.now, calendar: F.calendar)
        XCTAssertEqual(health.months.map(\.coveredSkills), [0, 0, 0, 0, 0, 1], "Go reaches two people at 3+ on 10 November")
        let coverage = SkillCoverage(data: F.data)
        XCTAssertEqual(coverage.holders(of: F.go, at: F.at(2026, 11, 9)), 1)
        XCTAssertEqual(coverage.holders(of: F.go, at: F.at(2026, 11, 10, 9)), 2)
        XCTAssertEqual(Set(coverage.gaps(at: F.now)), [F.kubernetes, F.sql, F.cicd])
    }

    func testCommunityScope() {
        let scope = ProgrammeScope(communityID: F.backend)
        let health = ProgrammeHealth(data: F.data, now: F.now, calendar: F.calendar, scope: scope)
        XCTAssertEqual(health.sessionsHeld, 2, "the Go talk and the Kubernetes lunch")
        XCTAssertEqual(health.eligible, 3)
        // Go talk: Ana, Ben, Chen, Dana; Kubernetes lunch: Ana, Ben, Chen, Eli. Members: Ana, Ben, Chen — guests
        // (Dana, Eli) are not counted, so 3 of 3.
        XCTAssertEqual(Set(health.participants), [F.ana, F.ben, F.chen], "only members count")
        XCTAssertEqual(health.participationRate, 1)
        XCTAssertEqual(Set(health.contributors), [F.ana, F.ben, F.chen], "Eli took notes as a guest: not counted")
        XCTAssertEqual(health.followThrough.total, 2)
        XCTAssertEqual(health.followThrough.onTimeRate, 0.5, "61 on time, 63 overdue")
        XCTAssertEqual(scope.name(in: F.data), "Backend CoP")
    }

    func testMilestones() {
        let all = Milestones.all(in: F.data)
        let kinds = Dictionary(grouping: all, by: \.kind).mapValues(\.count)
        XCTAssertEqual(kinds[.firstTalk], 4)
        XCTAssertNil(kinds[.sessionsHeld], "five sessions are not ten yet")
        XCTAssertEqual(kinds[.gapClosed], 1)
        XCTAssertEqual(kinds[.levelRaised], 2)
        XCTAssertEqual(all.first?.text, "Ben Okoro raised Go from working knowledge to proficient")
        XCTAssertTrue(all.contains { $0.text == "Gap closed: Go now has 2 people at proficient or better" })
        XCTAssertTrue(all.contains { $0.text == "Dana Ólafsdóttir gave a first talk: Testing in Go" })
        let recent = Milestones.recent(in: F.data, now: F.now, days: 14)
        XCTAssertEqual(Set(recent.map(\.kind)), [.gapClosed, .levelRaised])
    }

    func testTenSessionsHeldIsAMilestone() {
        var data = F.data
        for n in 0..<6 {
            data.upsert(Session(id: F.id(200 + n), title: "Extra \(n)", format: .pairing, start: F.at(2026, 11, 16 + n, 10), status: .done, updatedAt: F.now))
        }
        let held = Milestones.all(in: data).filter { $0.kind == .sessionsHeld }
        XCTAssertEqual(held.map(\.text), ["10 sessions held, the 10th was Extra 4"])
    }
}
