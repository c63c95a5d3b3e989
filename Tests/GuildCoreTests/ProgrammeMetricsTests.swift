import Foundation
@testable import GuildCore
import XCTest

/// Each programme metric on small fixed data, the expected numbers worked out by hand from its one definition.
final class ProgrammeMetricsTests: XCTestCase {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        calendar.firstWeekday = 2
        return calendar
    }()

    static func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 12) -> Date {
        calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour))!
    }

    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }

    static let p1 = id(1), p2 = id(2), p3 = id(3), p4 = id(4), p5 = id(5)
    static let k1 = id(11), k2 = id(12), k3 = id(13)
    static let club = id(21), s1 = id(31), s2 = id(32)
    /// Made on 7 December, about November.
    static let now = at(2026, 12, 7)

    /// Four people and one away (p5); one community (p1, p3); three skills; two held November sessions; ten actions.
    static let data: GuildData = {
        var data = GuildData()
        let t0 = at(2026, 6, 1)
        for (n, person) in [p1, p2, p3, p4, p5].enumerated() {
            data.upsert(Person(id: person, name: "Person \(n + 1)", handle: "p\(n + 1)", away: person == p5 ? true : nil, updatedAt: t0))
        }
        data.upsert(Skill(id: k1, name: "Alpha", category: "A", updatedAt: t0))
        data.upsert(Skill(id: k2, name: "Beta", category: "A", updatedAt: t0))
        data.upsert(Skill(id: k3, name: "Gamma", category: "A", critical: true, updatedAt: t0))
        for (person, ratings) in [(p1, [(k1, SkillLevel.proficient), (k2, .proficient)]), (p2, [(k1, .expert), (k3, .proficient)]),
                                  (p5, [(k3, .expert)])] {
            data.upsert(RatingSheet(personID: person, ratings: ratings.map { SkillRating(skillID: $0.0, level: $0.1, ratedAt: t0) }, updatedAt: t0))
        }
        data.upsert(Community(id: club, name: "Club", domain: "Things", members: [p1, p3], createdAt: t0))
        data.upsert(Session(id: s1, title: "Open talk", format: .techTalk, start: at(2026, 11, 4, 14), presenters: [p1],
                            attendees: [p2, p5], status: .done, updatedAt: t0))
        data.upsert(Session(id: s2, title: "Club talk", format: .techTalk, start: at(2026, 11, 11, 14), presenters: [p2], noteTaker: p4,
                            attendees: [p1], status: .done, communityID: club, updatedAt: t0))
        func action(_ n: Int, due: String?, done: Date? = nil, dropped: Bool = false) {
            var item = ActionItem(id: id(60 + n), title: "Action \(n)", owner: p1, due: due.flatMap { Day(iso: $0) }, sessionID: s1,
                                  createdAt: at(2026, 11, 2))
            if let done { item.setDone(true, at: done) }
            if dropped {
                item.status = .dropped
                item.updatedAt = at(2026, 11, 6)
            }
            data.upsert(item)
        }
        action(1, due: "2026-11-10", done: at(2026, 11, 9))   // on time, already due
        action(2, due: "2026-11-12", done: at(2026, 11, 15))  // late, already due
        action(3, due: "2026-11-20")                          // open, overdue
        action(4, due: "2026-12-05")                          // open, not yet due on 30 Nov
        action(5, due: "2026-12-10", done: at(2026, 11, 25))  // done early, not yet due
        action(6, due: "2026-11-28", done: at(2026, 12, 3))   // done after 30 Nov: open and overdue as of 30 Nov
        action(7, due: nil, done: at(2026, 11, 5))            // no due day: on time, never "due"
        action(8, due: "2026-11-15", dropped: true)           // dropped
        action(9, due: "2026-11-30", done: at(2026, 11, 30))  // due on the as-of day and done: on time, already due
        action(10, due: "2026-11-30")                         // due on the as-of day, still open: not yet late
        return data
    }()

    func testOnTimeCountsOnlyItemsAlreadyDueAsOfTheDay() {
        let asOf = FollowThrough(Array(Self.data.actions.values), today: Day(year: 2026, month: 11, day: 30)!, calendar: Self.calendar)
        // Done on time: 1, 5, 7, 9. Late: 2. Open as of 30 Nov: 3, 4, 6, 10; overdue: 3, 6. Dropped: 8.
        XCTAssertEqual([asOf.onTime, asOf.late, asOf.open, asOf.overdue, asOf.dropped], [4, 1, 4, 2, 1])
        // Already due: 1, 2, 3, 6, 9 (4, 5 not yet; 10 due today and open; 7 has no due day; 8 dropped); on time: 1, 9.
        XCTAssertEqual(asOf.alreadyDue, 5)
        XCTAssertEqual(asOf.onTimeRate, 2.0 / 5.0)

        let later = FollowThrough(Array(Self.data.actions.values), today: Day(year: 2026, month: 12, day: 7)!, calendar: Self.calendar)
        // On 7 Dec: 6 is done late; 4 (due 5 Dec) is overdue; 5 (due 10 Dec) still not due; 10 is overdue.
        XCTAssertEqual([later.onTime, later.late, later.open, later.overdue], [4, 2, 3, 3])
        // Already due: 1, 2, 3, 4, 6, 9, 10 — on time: 1, 9.
        XCTAssertEqual(later.alreadyDue, 7)
        XCTAssertEqual(later.onTimeRate, 2.0 / 7.0)
        XCTAssertNil(FollowThrough([], today: Day(year: 2026, month: 12, day: 7)!, calendar: Self.calendar).onTimeRate)
    }

    func testRatesAreOverTheScopesPeopleOnly() {
        let november = [ProgrammePeriod(text: "2026-11")!]
        let all = ProgrammeHealth(data: Self.data, months: november, now: Self.at(2026, 11, 30), calendar: Self.calendar)
        // Whole programme: p1–p4 (p5 is away, left out of both sides). Took part: p1, p2 (open talk; p5 not counted),
        // p4 (note-taker of the club talk) → 3 of 4. Contributed: p1, p2, p4 → 3 of 4.
        XCTAssertEqual(all.eligible, 4)
        XCTAssertEqual(Set(all.participants), [Self.p1, Self.p2, Self.p4])
        XCTAssertEqual(all.participationRate, 0.75)
        XCTAssertEqual(all.contributionRate, 0.75)
        XCTAssertEqual(all.months[0].participants, 3)

        let club = ProgrammeHealth(data: Self.data, months: november, now: Self.at(2026, 11, 30), calendar: Self.calendar,
                                   scope: ProgrammeScope(communityID: Self.club))
        // Club: members p1, p3. Its one session had p1 (member), p2 and p4 (guests) → 1 of 2; nobody of it contributed.
        XCTAssertEqual(club.eligible, 2)
        XCTAssertEqual(club.participants, [Self.p1])
        XCTAssertEqual(club.participationRate, 0.5)
        XCTAssertEqual(club.contributionRate, 0)
    }

    func testAReportAsOfItsLastDayCallsNothingDueLaterOverdue() {
        let report = PeriodReport(data: Self.data, period: ProgrammePeriod(text: "2026-11")!, now: Self.now, calendar: Self.calendar)
        XCTAssertEqual(Day(report.asOf, in: Self.calendar), Day(year: 2026, month: 11, day: 30))
        let text = report.markdown
        XCTAssertTrue(text.contains("as of 2026-11-30"), text)
        XCTAssertTrue(text.contains("- Action items: 4 done on time, 1 late, 4 still open (2 overdue), 1 dropped; 40 % of the 5 already due were done on time"), text)
        XCTAssertTrue(text.contains("- [ ] Action 4 — @p1, due 2026-12-05\n"), "due in December: not overdue on 30 November\n\(text)")
        XCTAssertTrue(text.contains("- [ ] Action 10 — @p1, due 2026-11-30\n"), text)
        XCTAssertTrue(text.contains("- [ ] Action 6 — @p1, due 2026-11-28, overdue"), "done only on 3 December\n\(text)")
        XCTAssertTrue(text.contains("- [ ] Action 3 — @p1, due 2026-11-20, overdue"), text)
        XCTAssertFalse(text.contains("Action 5 —"), "done on 25 November")
        XCTAssertEqual(text.components(separatedBy: ", overdue").count - 1, 2, text)
    }

    func testOneDefinitionOfAGapEverywhere() {
        // Alpha: p1 3, p2 4 → 2 at 3+: covered. Beta: p1 → 1: a gap. Gamma (critical): p2 3, p5 4 (away, still counts) → covered.
        let gaps = SkillGaps.report(Self.data).map(\.skillID)
        XCTAssertEqual(gaps, [Self.k2])
        let report = PeriodReport(data: Self.data, period: ProgrammePeriod(text: "2026-11")!, now: Self.now, calendar: Self.calendar).markdown
        XCTAssertTrue(report.contains("- Skill gaps: 0 closed, 1 open"), report)
        XCTAssertTrue(report.contains("| Beta | A |  | 1 |"), report)
        XCTAssertFalse(report.contains("| Gamma |"), report)
        let site = SiteExport(data: Self.data, calendar: Self.calendar, now: Self.now).files["skills.md"] ?? ""
        let listed = site.components(separatedBy: "## Gaps")[1].components(separatedBy: "\n## ")[0]
        XCTAssertTrue(listed.contains("[Beta]"), listed)
        XCTAssertFalse(listed.contains("Alpha") || listed.contains("Gamma"), listed)
        XCTAssertEqual(site.components(separatedBy: "**gap**").count - 1, 1, site)
        let health = ProgrammeHealth(data: Self.data, now: Self.now, calendar: Self.calendar)
        XCTAssertEqual(health.months.last?.coveredSkills, 2, "three skills, one gap")
        XCTAssertEqual(SkillCoverage(data: Self.data).gaps(at: Self.now), gaps)

        // For the club (p1, p3): Alpha and Beta have p1 only, Gamma nobody → three gaps, in the report and in `gaps`.
        let club = ProgrammeScope(communityID: Self.club)
        XCTAssertEqual(Set(SkillGaps.report(Self.data, scope: club).map(\.skillID)), [Self.k1, Self.k2, Self.k3])
        let clubReport = PeriodReport(data: Self.data, period: ProgrammePeriod(text: "2026-11")!, now: Self.now, calendar: Self.calendar,
                                      scope: club).markdown
        XCTAssertTrue(clubReport.contains("- Skill gaps: 0 closed, 3 open"), clubReport)
    }
}
