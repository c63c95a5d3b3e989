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

    func testErrorsSayWhat() {
        XCTAssertThrowsError(try parse("@zoe due:fri")) { XCTAssertTrue("\($0)".contains("title is empty")) }
        XCTAssertThrowsError(try parse("X due:someday")) { XCTAssertTrue("\($0)".contains("someday")) }
        XCTAssertThrowsError(try parse("X @a @b")) { XCTAssertTrue("\($0)".contains("two owners")) }
    }
}
