import Foundation
import GuildCore
import XCTest

/// `MyWeek` and `Identity` on a small team at a fixed clock (Sunday 22 November 2026, 10:00 Berlin).
final class MyWeekTests: XCTestCase {
    private let me = Fixtures.uuid(1)
    private let ana = Fixtures.uuid(2)
    private let bo = Fixtures.uuid(3)
    private let cy = Fixtures.uuid(4)
    private let kubernetes = Fixtures.uuid(20)
    private let postgres = Fixtures.uuid(21)

    private func team() -> GuildData {
        var data = GuildData()
        let now = Fixtures.now
        data.upsert(Person(id: me, name: "Zoë Ångström", handle: "zoe", email: "Zoe@Example.com", updatedAt: now))
        data.upsert(Person(id: ana, name: "Ana", handle: "ana", email: "ana@example.com", updatedAt: now))
        data.upsert(Person(id: bo, name: "Bo", handle: "bo", away: true, updatedAt: now))
        data.upsert(Person(id: cy, name: "Cy", handle: "cy", updatedAt: now))
        data.upsert(Skill(id: kubernetes, name: "Kubernetes", updatedAt: now))
        data.upsert(Skill(id: postgres, name: "PostgreSQL", updatedAt: now))
        let old = Fixtures.date(2026, 10, 1)
        data.upsert(RatingSheet(personID: me, ratings: [
            SkillRating(skillID: kubernetes, level: .learning, wantsToLearn: true, ratedAt: old),
            SkillRating(skillID: postgres, level: .proficient, wantsToLearn: true, ratedAt: old), // proficient: no longer a goal
        ], updatedAt: old))
        data.upsert(RatingSheet(personID: ana, ratings: [SkillRating(skillID: kubernetes, level: .proficient, happyToTeach: true, ratedAt: old)], updatedAt: old))
        data.upsert(RatingSheet(personID: bo, ratings: [SkillRating(skillID: kubernetes, level: .expert, ratedAt: old)], updatedAt: old))
        data.upsert(RatingSheet(personID: cy, ratings: [SkillRating(skillID: kubernetes, level: .proficient, ratedAt: old)], updatedAt: old)) // not happy to teach
        return data
    }

    func testActionsAreMineAndOpenWithOverdueFirst() {
        var data = team()
        let now = Fixtures.now
        data.upsert(ActionItem(id: Fixtures.uuid(30), title: "Later", owner: me, due: Day(year: 2026, month: 11, day: 30), createdAt: now))
        data.upsert(ActionItem(id: Fixtures.uuid(31), title: "Undated", owner: me, createdAt: now))
        data.upsert(ActionItem(id: Fixtures.uuid(32), title: "Late", owner: me, due: Day(year: 2026, month: 11, day: 20), createdAt: now))
        data.upsert(ActionItem(id: Fixtures.uuid(33), title: "Done", owner: me, due: Day(year: 2026, month: 11, day: 19), status: .done,
                               createdAt: now, completedAt: now))
        data.upsert(ActionItem(id: Fixtures.uuid(34), title: "Ana's", owner: ana, due: Day(year: 2026, month: 11, day: 18), createdAt: now))
        let week = MyWeek(person: me, in: data, now: now, calendar: Fixtures.calendar)
        XCTAssertEqual(week.actions.map(\.title), ["Late", "Later", "Undated"])
        XCTAssertEqual(week.overdueCount, 1)
        XCTAssertEqual(week.today, Fixtures.today)
    }

    func testRolesInUpcomingSessionsWithinTheHorizon() {
        var data = team()
        let now = Fixtures.now
        data.upsert(Session(id: Fixtures.uuid(40), title: "Weekly", format: .weeklyMeeting, start: Fixtures.date(2026, 9, 4, 15),
                            facilitator: me, noteTaker: me, recurrence: Recurrence(frequency: .weekly), updatedAt: now))
        data.upsert(Session(id: Fixtures.uuid(41), title: "My talk", format: .techTalk, start: Fixtures.date(2026, 11, 24, 16),
                            facilitator: ana, presenters: [ana, me], updatedAt: now))
        data.upsert(Session(id: Fixtures.uuid(42), title: "Only attending", format: .techTalk, start: Fixtures.date(2026, 11, 25, 16),
                            facilitator: ana, attendees: [me], updatedAt: now))
        data.upsert(Session(id: Fixtures.uuid(43), title: "Held already", format: .techTalk, start: Fixtures.date(2026, 11, 20, 16),
                            facilitator: me, updatedAt: now))
        data.upsert(Session(id: Fixtures.uuid(44), title: "Cancelled", format: .techTalk, start: Fixtures.date(2026, 11, 26, 16),
                            facilitator: me, status: .cancelled, updatedAt: now))
        let week = MyWeek(person: me, in: data, now: now, calendar: Fixtures.calendar, horizonDays: 7)
        XCTAssertEqual(week.roles.map(\.occurrence.session.title), ["My talk", "Weekly"])
        XCTAssertEqual(week.roles.map(\.roles), [[.presenter], [.facilitator, .noteTaker]])
        XCTAssertEqual(week.roles.map(\.occurrence.start), [Fixtures.date(2026, 11, 24, 16), Fixtures.date(2026, 11, 27, 15)])
        let longer = MyWeek(person: me, in: data, now: now, calendar: Fixtures.calendar, horizonDays: 14)
        XCTAssertEqual(longer.roles.count, 3, "next week's weekly meeting too")
    }

    func testLearningGoalsNameTeachersAndUpcomingSessionsOnTheSkill() {
        var data = team()
        let now = Fixtures.now
        data.upsert(Session(id: Fixtures.uuid(50), title: "Kubernetes upgrades", format: .techTalk, start: Fixtures.date(2026, 11, 26, 16),
                            presenters: [ana], updatedAt: now))
        data.upsert(Session(id: Fixtures.uuid(51), title: "Cluster day", format: .techTalk, start: Fixtures.date(2026, 11, 27, 11),
                            presenters: [ana], updatedAt: now))
        data.upsert(Topic(title: "Clusters", skillIDs: [kubernetes], sessionID: Fixtures.uuid(51), createdAt: now))
        data.upsert(Session(id: Fixtures.uuid(52), title: "Kubernetes last week", format: .techTalk, start: Fixtures.date(2026, 11, 16, 16),
                            updatedAt: now))
        data.upsert(Session(id: Fixtures.uuid(53), title: "Rust", format: .techTalk, start: Fixtures.date(2026, 11, 26, 17), updatedAt: now))
        let week = MyWeek(person: me, in: data, now: now, calendar: Fixtures.calendar)
        XCTAssertEqual(week.goals.map(\.skillID), [kubernetes], "PostgreSQL: already proficient")
        XCTAssertEqual(week.goals[0].level, .learning)
        XCTAssertEqual(week.goals[0].teachers, [ana, bo], "Ana is present; Bo (expert) is away; Cy is not happy to teach")
        XCTAssertEqual(week.goals[0].sessions.map(\.session.id), [Fixtures.uuid(50), Fixtures.uuid(51)], "by name and by linked topic")
    }

    func testPairInTheLatestRoundDrawnByNow() {
        var data = team()
        let now = Fixtures.now
        data.upsert(PairingRound(id: Fixtures.uuid(60), drawnAt: Fixtures.date(2026, 11, 9), seed: 1,
                                 groups: [PairingGroup(members: [me, cy])]))
        data.upsert(PairingRound(id: Fixtures.uuid(61), drawnAt: Fixtures.date(2026, 11, 16), seed: 2,
                                 groups: [PairingGroup(members: [ana, me], skillID: kubernetes, teacher: ana, learner: me)]))
        data.upsert(PairingRound(id: Fixtures.uuid(62), drawnAt: Fixtures.date(2026, 11, 30), seed: 3, groups: [PairingGroup(members: [me, bo])]))
        let week = MyWeek(person: me, in: data, now: now, calendar: Fixtures.calendar)
        XCTAssertEqual(week.pair?.partners, [ana])
        XCTAssertEqual(week.pair?.skillID, kubernetes)
        XCTAssertEqual(week.pair?.teacher, ana)
        XCTAssertEqual(week.roundDrawnAt, Fixtures.date(2026, 11, 16))
        let bo = MyWeek(person: self.bo, in: data, now: now, calendar: Fixtures.calendar)
        XCTAssertNil(bo.pair, "Bo sits out the current round")
        XCTAssertEqual(bo.roundDrawnAt, Fixtures.date(2026, 11, 16))
        XCTAssertNil(MyWeek(person: me, in: team(), now: now, calendar: Fixtures.calendar).roundDrawnAt)
    }

    func testKudosFromTheLast30DaysNewestFirst() {
        var data = team()
        let now = Fixtures.now
        data.upsert(Learning(id: Fixtures.uuid(70), kind: .win, text: "Recent", author: ana, kudosTo: [me, cy], createdAt: Fixtures.date(2026, 11, 20)))
        data.upsert(Learning(id: Fixtures.uuid(71), kind: .win, text: "Older", author: ana, kudosTo: [me], createdAt: Fixtures.date(2026, 10, 30)))
        data.upsert(Learning(id: Fixtures.uuid(72), kind: .win, text: "Too old", kudosTo: [me], createdAt: Fixtures.date(2026, 10, 20)))
        data.upsert(Learning(id: Fixtures.uuid(73), kind: .win, text: "Not me", kudosTo: [cy], createdAt: Fixtures.date(2026, 11, 21)))
        data.upsert(Learning(id: Fixtures.uuid(74), kind: .win, text: "Mine, no kudos", author: me, createdAt: Fixtures.date(2026, 11, 21)))
        let week = MyWeek(person: me, in: data, now: now, calendar: Fixtures.calendar)
        XCTAssertEqual(week.kudos.map(\.text), ["Recent", "Older"])
    }

    func testIdentityFromSettingThenGitEmail() {
        let data = team()
        XCTAssertEqual(Identity.resolve(setting: Identity.Setting(personID: ana, handle: "ana"), gitEmail: "zoe@example.com", in: data),
                       .found(Identity(personID: ana, source: .config)), "the setting wins over the e-mail")
        XCTAssertEqual(Identity.resolve(setting: Identity.Setting(personID: Fixtures.uuid(99), handle: "@Cy"), gitEmail: nil, in: data).identity?.personID,
                       cy, "a setting whose id is gone falls back to its handle")
        XCTAssertEqual(Identity.resolve(setting: nil, gitEmail: " ZOE@example.COM\n", in: data),
                       .found(Identity(personID: me, source: .gitEmail)), "e-mail compared ignoring case")
        for (setting, email) in [(Identity.Setting(personID: nil, handle: "ghost"), "zoe@example.com"), (nil, nil), (nil, ""), (nil, "nobody@example.com")] {
            guard case .unknown(let reason) = Identity.resolve(setting: setting, gitEmail: email, in: data) else {
                return XCTFail("\(String(describing: setting)) \(String(describing: email)) found someone")
            }
            XCTAssertTrue(reason.contains("guild config me HANDLE"), reason)
            XCTAssertFalse(reason.contains("\n"), reason)
        }
        var twins = data
        twins.upsert(Person(id: Fixtures.uuid(5), name: "Zed", handle: "zed", email: "zoe@example.com", updatedAt: Fixtures.now))
        guard case .unknown(let reason) = Identity.resolve(setting: nil, gitEmail: "zoe@example.com", in: twins) else { return XCTFail("two people share it") }
        XCTAssertTrue(reason.contains("@zed") && reason.contains("@zoe"), reason)
    }
}
