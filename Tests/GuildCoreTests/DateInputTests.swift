import XCTest
import GuildCore

final class DateInputTests: XCTestCase {
    private func parse(_ text: String) throws -> DateInput {
        try DateInput.parse(text, now: Fixtures.now, calendar: Fixtures.calendar)
    }

    func testISODayAndTime() throws {
        let plain = try parse("2026-12-04")
        XCTAssertEqual(plain.day, Day(year: 2026, month: 12, day: 4))
        XCTAssertFalse(plain.hasTime)
        let timed = try parse("2026-12-04 14:00")
        XCTAssertEqual(timed.date, Fixtures.date(2026, 12, 4, 14))
        XCTAssertTrue(timed.hasTime)
        XCTAssertEqual(try parse("2026-12-04T09:30").date, Fixtures.date(2026, 12, 4, 9, 30))
    }

    func testRelativeWords() throws {
        XCTAssertEqual(try parse("today").day, Fixtures.today)
        XCTAssertEqual(try parse("tomorrow").day, Day(year: 2026, month: 11, day: 23))
        XCTAssertEqual(try parse("+3d").day, Day(year: 2026, month: 11, day: 25))
        XCTAssertEqual(try parse("+2w").day, Day(year: 2026, month: 12, day: 6))
        XCTAssertEqual(try parse("+1m").day, Day(year: 2026, month: 12, day: 22))
        XCTAssertEqual(try parse("in 10 days").day, Day(year: 2026, month: 12, day: 2))
        // 22 Nov 2026 is a Sunday: next week starts Monday the 23rd.
        XCTAssertEqual(try parse("next week").day, Day(year: 2026, month: 11, day: 23))
        XCTAssertEqual(try parse("next month").day, Day(year: 2026, month: 12, day: 1))
    }

    func testWeekdays() throws {
        XCTAssertEqual(try parse("fri").day, Day(year: 2026, month: 11, day: 27))
        XCTAssertEqual(try parse("Friday 14:00").date, Fixtures.date(2026, 11, 27, 14))
        XCTAssertEqual(try parse("fri 2pm").date, Fixtures.date(2026, 11, 27, 14))
        // Today is Sunday: a bare "sun" is a week on, "sun 18:00" is later today.
        XCTAssertEqual(try parse("sun").day, Day(year: 2026, month: 11, day: 29))
        XCTAssertEqual(try parse("sun 18:00").day, Fixtures.today)
        XCTAssertEqual(try parse("sun 08:00").day, Day(year: 2026, month: 11, day: 29))
        XCTAssertEqual(try parse("next sun 18:00").day, Day(year: 2026, month: 11, day: 29))
        XCTAssertEqual(try parse("14:00").date, Fixtures.date(2026, 11, 22, 14))
    }

    func testRejectsNonsenseWithAHint() {
        for bad in ["", "someday", "2026-02-30", "2026-13-01", "fri 25:00", "+3x", "12", "2026-1-1"] {
            XCTAssertThrowsError(try parse(bad), bad) { error in
                XCTAssertTrue("\(error)".contains("\""), "message quotes the input: \(error)")
            }
        }
    }
}
