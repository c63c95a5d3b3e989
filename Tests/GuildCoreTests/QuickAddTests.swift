import XCTest
import GuildCore

final class QuickAddTests: XCTestCase {
    private func parse(_ line: String) throws -> QuickAdd {
        try QuickAdd.parse(line, now: Fixtures.now, calendar: Fixtures.calendar)
    }

    func testOwnerDueAndTag() throws {
        XCTAssertEqual(try parse("Fix flaky CI @Zoe due:fri #ci"),
                       QuickAdd(title: "Fix flaky CI", ownerHandle: "zoe", due: Day(year: 2026, month: 11, day: 27), tag: "ci"))
        XCTAssertEqual(try parse("due:2026-12-04 @li.lei Write it up").due, Day(year: 2026, month: 12, day: 4))
        XCTAssertEqual(try parse("Plan \"it\" due:\"next week\"").due, Day(year: 2026, month: 11, day: 23))
        XCTAssertEqual(try parse("Plan due:next-week").due, Day(year: 2026, month: 11, day: 23))
        XCTAssertEqual(try parse("Plan due:+3d").due, Day(year: 2026, month: 11, day: 25))
        XCTAssertEqual(try parse("Reply to e-mail @ the desk").title, "Reply to e-mail @ the desk")
    }

    /// A day in two or three unquoted words is read whole; the words after it stay the title's.
    func testUnquotedMultiWordDueDays() throws {
        let nextFriday = try DateInput.parse("next fri", now: Fixtures.now, calendar: Fixtures.calendar).day
        XCTAssertEqual(try parse("Plan it due:next fri @zoe"), QuickAdd(title: "Plan it", ownerHandle: "zoe", due: nextFriday))
        XCTAssertEqual(try parse("Plan due:in 3 days please"), QuickAdd(title: "Plan please", due: Day(year: 2026, month: 11, day: 25)))
        XCTAssertEqual(try parse("Plan due:fri next steps"), QuickAdd(title: "Plan next steps", due: Day(year: 2026, month: 11, day: 27)),
                       "a day complete in one word takes no more")
        XCTAssertThrowsError(try parse("X due:2026-02-30")) { XCTAssertTrue("\($0)".contains("2026-02-30"), "\($0)") }
    }

    /// Handles match ignoring case and accents when only one person's handle folds to what was typed.
    func testHandlesMatchIgnoringAccentsAndCase() {
        let now = Fixtures.now
        var data = GuildData()
        let zoe = Person(name: "Zoë Ångström", handle: "zoe", updatedAt: now)
        data.upsert(zoe)
        XCTAssertEqual(data.person(handle: "@Zoë")?.id, zoe.id)
        XCTAssertEqual(data.person(handle: "ZOE")?.id, zoe.id)
        XCTAssertNil(data.person(handle: "zoee"))
    }

    func testErrorsSayWhat() {
        XCTAssertThrowsError(try parse("@zoe due:fri")) { XCTAssertTrue("\($0)".contains("title is empty")) }
        XCTAssertThrowsError(try parse("X due:someday")) { XCTAssertTrue("\($0)".contains("someday")) }
        XCTAssertThrowsError(try parse("X @a @b")) { XCTAssertTrue("\($0)".contains("two owners")) }
    }
}
