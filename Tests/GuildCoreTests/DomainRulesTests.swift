import XCTest
import GuildCore

final class DomainRulesTests: XCTestCase {
    func testValidationNamesTheField() {
        let person = Person(name: " ", handle: "zoe", updatedAt: Fixtures.now)
        XCTAssertThrowsError(try person.validate()) { XCTAssertEqual(($0 as? ValidationError)?.field, "name") }
        let badHandle = Person(name: "Zoë", handle: "Zoë Å", updatedAt: Fixtures.now)
        XCTAssertThrowsError(try badHandle.validate()) { XCTAssertEqual(($0 as? ValidationError)?.field, "handle") }
        XCTAssertNoThrow(try Person(name: "Zoë Ångström", handle: "zoe", updatedAt: Fixtures.now).validate())

        var session = Session(title: "Talk", format: .techTalk, start: Fixtures.now, updatedAt: Fixtures.now)
        session.agenda = [AgendaItem(title: "Intro", minutes: 0)]
        XCTAssertThrowsError(try session.validate()) { XCTAssertEqual(($0 as? ValidationError)?.field, "timebox") }
        session.agenda = [AgendaItem(title: "Intro", minutes: 5)]
        session.durationMinutes = 0
        XCTAssertThrowsError(try session.validate()) { XCTAssertEqual(($0 as? ValidationError)?.field, "duration") }

        let topic = Topic(title: "RFCs", votes: [Fixtures.uuid(1), Fixtures.uuid(1)], createdAt: Fixtures.now)
        XCTAssertThrowsError(try topic.validate()) { XCTAssertEqual(($0 as? ValidationError)?.field, "votes") }
    }

    func testHandles() {
        XCTAssertTrue(Handle.isValid("li.lei"))
        XCTAssertFalse(Handle.isValid("-x"))
        XCTAssertFalse(Handle.isValid("../etc"))
        XCTAssertEqual(Handle.normalize(" @Zoe "), "zoe")
    }

    func testSkillLevelParsesSurveyAnswers() {
        XCTAssertEqual(SkillLevel(text: "3"), .proficient)
        XCTAssertEqual(SkillLevel(text: "3 - Proficient"), .proficient)
        XCTAssertEqual(SkillLevel(text: "Expert / can teach"), .expert)
        XCTAssertEqual(SkillLevel(text: "working knowledge"), .working)
        XCTAssertNil(SkillLevel(text: "5"))
        XCTAssertNil(SkillLevel(text: "34"))
        XCTAssertNil(SkillLevel(text: "guru"))
        XCTAssertEqual(SkillLevel.expert.name, "expert / can teach")
    }

    func testSkillLevelRefusesFractionsTrailingTextAndContradictions() {
        for text in ["2.9", "2.5", " 3x", "3x", "4 is wrong", "4 - 3", "-1", "3 - Expert", "none!", "learnings", "expertise", "", "2,5"] {
            XCTAssertNil(SkillLevel(text: text), text)
        }
        XCTAssertEqual(SkillLevel(text: "3: Advanced"), .proficient, "a survey's own label")
        XCTAssertEqual(SkillLevel(text: "1 (beginner)"), .learning)
        XCTAssertEqual(SkillLevel(text: "4. Expert / can teach"), .expert)
        XCTAssertEqual(SkillLevel(text: " LEARNING "), .learning)
        XCTAssertEqual(SkillLevel(text: "can teach"), .expert)
    }

    func testRatingSheetKeepsDatedHistory() {
        let skill = Fixtures.uuid(7)
        var sheet = RatingSheet(personID: Fixtures.uuid(1), updatedAt: Fixtures.date(2026, 1, 1))
        sheet.record(SkillRating(skillID: skill, level: .learning, wantsToLearn: true, ratedAt: Fixtures.date(2026, 1, 1)))
        sheet.record(SkillRating(skillID: skill, level: .working, ratedAt: Fixtures.date(2026, 6, 1)))
        // Same as current: not repeated.
        sheet.record(SkillRating(skillID: skill, level: .working, ratedAt: Fixtures.date(2026, 7, 1)))
        XCTAssertEqual(sheet.history(of: skill).map(\.level), [.learning, .working])
        XCTAssertEqual(sheet.current[skill]?.level, .working)
        XCTAssertEqual(sheet.updatedAt, Fixtures.date(2026, 6, 1))
    }

    func testActionDueStates() {
        var item = ActionItem(title: "x", due: Day(year: 2026, month: 11, day: 21), createdAt: Fixtures.now)
        XCTAssertTrue(item.isOverdue(today: Fixtures.today))
        item.due = Fixtures.today.adding(days: 2)
        XCTAssertFalse(item.isOverdue(today: Fixtures.today))
        XCTAssertTrue(item.isDueSoon(today: Fixtures.today))
        item.setDone(true, at: Fixtures.now)
        XCTAssertFalse(item.isDueSoon(today: Fixtures.today))
        XCTAssertEqual(item.completedAt, Fixtures.now)
        XCTAssertNoThrow(try item.validate())
        item.completedAt = nil
        XCTAssertThrowsError(try item.validate())
    }

    func testDayArithmeticAndCoding() throws {
        let day = try XCTUnwrap(Day(iso: "2028-02-28"))
        XCTAssertEqual(day.adding(days: 1).description, "2028-02-29")
        XCTAssertEqual(day.days(until: Day(iso: "2028-03-01")!), 2)
        XCTAssertNil(Day(iso: "2027-02-29"))
        let json = try JSONEncoder().encode([day])
        XCTAssertEqual(String(decoding: json, as: UTF8.self), "[\"2028-02-28\"]")
        XCTAssertThrowsError(try JSONDecoder().decode([Day].self, from: Data("[\"28/02/2028\"]".utf8)))
    }
}

extension Fixtures {
    static func uuid(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))!
    }
}
