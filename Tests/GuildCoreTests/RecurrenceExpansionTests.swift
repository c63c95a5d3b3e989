import Foundation
@testable import GuildCore
import XCTest

/// RFC 5545 repeats, worked out by hand: each test lists the meetings a rule must give, as local times in the series' zone.
final class RecurrenceExpansionTests: XCTestCase {
    static func calendar(_ zone: String) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone)!
        return calendar
    }

    /// The meetings of `rule` from a start on `day` at `time` in `zone`, through the end of 2026, as "2026-03-05 16:00".
    func meetings(_ rule: Recurrence, _ day: String, _ time: String = "16:00", zone: String = "Europe/Berlin", limit: Int = 100) -> [String] {
        let calendar = Self.calendar(zone)
        let parts = time.split(separator: ":").map { Int($0)! }
        let start = Day(iso: day)!.start(in: calendar).addingTimeInterval(TimeInterval(parts[0] * 3600 + parts[1] * 60))
        let end = Day(year: 2027, month: 1, day: 1)!.start(in: calendar)
        return RecurrenceExpansion(rule: rule, start: start, calendar: calendar).starts(from: start, through: end, limit: limit).map { entry in
            let local = calendar.dateComponents([.hour, .minute], from: entry.start)
            return "\(Day(entry.start, in: calendar)) " + String(format: "%02d:%02d", local.hour!, local.minute!)
        }
    }

    func testDailyWithIntervalAndCount() {
        XCTAssertEqual(meetings(Recurrence(frequency: .daily, interval: 3), "2026-06-29", limit: 4),
                       ["2026-06-29 16:00", "2026-07-02 16:00", "2026-07-05 16:00", "2026-07-08 16:00"])
        let calendar = Self.calendar("Europe/Berlin")
        let start = Day(iso: "2026-06-15")!.start(in: calendar).addingTimeInterval(12 * 3600)
        let five = RecurrenceExpansion(rule: Recurrence(frequency: .daily), start: start, calendar: calendar).first(5)
        XCTAssertEqual(five.map { Day($0, in: calendar).description }, ["2026-06-15", "2026-06-16", "2026-06-17", "2026-06-18", "2026-06-19"])
    }

    func testWeeklyOnSeveralWeekdaysAndEveryOtherWeekWithWeekStart() {
        let mwf = Recurrence(frequency: .weekly, weekdays: [.init(.monday), .init(.wednesday), .init(.friday)])
        XCTAssertEqual(meetings(mwf, "2026-02-02", "09:30", limit: 5),
                       ["2026-02-02 09:30", "2026-02-04 09:30", "2026-02-06 09:30", "2026-02-09 09:30", "2026-02-11 09:30"])
        // RFC 5545's own example: every other week on Tuesday and Sunday; WKST decides which Sunday belongs to which week.
        let tuSu = [RecurrenceWeekday(.tuesday), RecurrenceWeekday(.sunday)]
        XCTAssertEqual(meetings(Recurrence(frequency: .fortnightly, weekdays: tuSu, weekStart: .monday), "2026-08-04", "09:00", limit: 4),
                       ["2026-08-04 09:00", "2026-08-09 09:00", "2026-08-18 09:00", "2026-08-23 09:00"])
        XCTAssertEqual(meetings(Recurrence(frequency: .fortnightly, weekdays: tuSu, weekStart: .sunday), "2026-08-04", "09:00", limit: 4),
                       ["2026-08-04 09:00", "2026-08-16 09:00", "2026-08-18 09:00", "2026-08-30 09:00"])
    }

    func testMonthlyOnNumberedWeekdays() {
        XCTAssertEqual(meetings(Recurrence(frequency: .monthly, weekdays: [.init(.wednesday, ordinal: 1)]), "2026-01-07", limit: 4),
                       ["2026-01-07 16:00", "2026-02-04 16:00", "2026-03-04 16:00", "2026-04-01 16:00"])
        XCTAssertEqual(meetings(Recurrence(frequency: .monthly, weekdays: [.init(.friday, ordinal: -1)]), "2026-01-30", "14:00", limit: 4),
                       ["2026-01-30 14:00", "2026-02-27 14:00", "2026-03-27 14:00", "2026-04-24 14:00"])
        // The last weekday of the month (Outlook writes it with BYSETPOS).
        let weekdays: [RecurrenceWeekday] = [.init(.monday), .init(.tuesday), .init(.wednesday), .init(.thursday), .init(.friday)]
        XCTAssertEqual(meetings(Recurrence(frequency: .monthly, weekdays: weekdays, setPositions: [-1]), "2026-01-30", "11:00", limit: 4),
                       ["2026-01-30 11:00", "2026-02-27 11:00", "2026-03-31 11:00", "2026-04-30 11:00"])
    }

    func testMonthlyFromThe31stSkipsShortMonthsAndNegativeDaysCountFromTheEnd() {
        XCTAssertEqual(meetings(Recurrence(frequency: .monthly), "2026-01-31", limit: 7),
                       ["2026-01-31 16:00", "2026-03-31 16:00", "2026-05-31 16:00", "2026-07-31 16:00", "2026-08-31 16:00",
                        "2026-10-31 16:00", "2026-12-31 16:00"])
        XCTAssertEqual(meetings(Recurrence(frequency: .monthly, monthDays: [31]), "2026-01-31", limit: 3),
                       ["2026-01-31 16:00", "2026-03-31 16:00", "2026-05-31 16:00"])
        XCTAssertEqual(meetings(Recurrence(frequency: .monthly, monthDays: [-1]), "2026-01-31", limit: 4),
                       ["2026-01-31 16:00", "2026-02-28 16:00", "2026-03-31 16:00", "2026-04-30 16:00"])
        XCTAssertEqual(meetings(Recurrence(frequency: .monthly, monthDays: [1, 15]), "2026-01-01", limit: 4),
                       ["2026-01-01 16:00", "2026-01-15 16:00", "2026-02-01 16:00", "2026-02-15 16:00"])
    }

    func testYearly() {
        XCTAssertEqual(meetings(Recurrence(frequency: .yearly, weekdays: [.init(.sunday, ordinal: 2)], months: [5]), "2026-05-10", "11:00", zone: "America/New_York"),
                       ["2026-05-10 11:00"])
        let calendar = Self.calendar("UTC")
        let leapDay = Day(iso: "2024-02-29")!.start(in: calendar)
        let leapYears = RecurrenceExpansion(rule: Recurrence(frequency: .yearly), start: leapDay, calendar: calendar)
            .starts(from: leapDay, through: Day(iso: "2033-01-01")!.start(in: calendar)).map { Day($0.start, in: calendar).description }
        XCTAssertEqual(leapYears, ["2024-02-29", "2028-02-29", "2032-02-29"], "a yearly repeat from 29 February meets in leap years only")
    }

    func testUntilAndSkippedMeetings() {
        let calendar = Self.calendar("Europe/Berlin")
        let until = Day(iso: "2026-02-17")!.start(in: calendar).addingTimeInterval(16 * 3600)
        let skipped = Day(iso: "2026-02-10")!.start(in: calendar).addingTimeInterval(16 * 3600)
        XCTAssertEqual(meetings(Recurrence(frequency: .weekly, until: until, skipped: [skipped]), "2026-01-27"),
                       ["2026-01-27 16:00", "2026-02-03 16:00", "2026-02-17 16:00"])
    }

    func testTheWallClockTimeHoldsAcrossDaylightSavingAndAGapTimeMovesForward() {
        // 16:00 in Berlin on either side of the 29 March change.
        XCTAssertEqual(meetings(Recurrence(frequency: .weekly), "2026-03-24", limit: 2), ["2026-03-24 16:00", "2026-03-31 16:00"])
        // 02:30 does not exist on 29 March in Berlin: RFC 5545 reads it with the offset before the change (03:30).
        XCTAssertEqual(meetings(Recurrence(frequency: .daily), "2026-03-28", "02:30", limit: 3), ["2026-03-28 02:30", "2026-03-29 03:30", "2026-03-30 02:30"])
    }

    func testASeriesThatBeganLongAgoStillHasItsLaterMeetings() {
        let calendar = Self.calendar("Europe/Berlin")
        let start = Day(iso: "2015-01-07")!.start(in: calendar).addingTimeInterval(16 * 3600)
        let rule = Recurrence(frequency: .monthly, weekdays: [.init(.wednesday, ordinal: 1)])
        let from = Day(iso: "2026-11-22")!.start(in: calendar)
        let next = RecurrenceExpansion(rule: rule, start: start, calendar: calendar).starts(from: from, through: from.addingTimeInterval(40 * 86_400))
        XCTAssertEqual(next.map { Day($0.start, in: calendar).description }, ["2026-12-02"])
    }

    func testSummaries() {
        XCTAssertEqual(Recurrence(frequency: .weekly).summary, "weekly")
        XCTAssertEqual(Recurrence(frequency: .fortnightly, weekdays: [.init(.monday), .init(.wednesday)]).summary, "every 2 weeks on Mon, Wed")
        XCTAssertEqual(Recurrence(frequency: .monthly, weekdays: [.init(.wednesday, ordinal: 1)]).summary, "monthly on 1st Wed")
        XCTAssertEqual(Recurrence(frequency: .monthly, weekdays: [.init(.friday, ordinal: -1)]).summary, "monthly on last Fri")
        XCTAssertEqual(Recurrence(frequency: .monthly, interval: 3, monthDays: [31]).summary, "every 3 months on the 31st")
        XCTAssertEqual(Recurrence(frequency: .yearly, weekdays: [.init(.sunday, ordinal: 2)], months: [5]).summary, "yearly in May on 2nd Sun")
    }

    func testWeekdayRulesReadAndWriteAsRFC5545Text() throws {
        XCTAssertEqual(RecurrenceWeekday(rule: "-1FR"), RecurrenceWeekday(.friday, ordinal: -1))
        XCTAssertEqual(RecurrenceWeekday(rule: "+2tu"), RecurrenceWeekday(.tuesday, ordinal: 2))
        for bad in ["", "XX", "0MO", "54MO", "1.5WE", "MON"] { XCTAssertNil(RecurrenceWeekday(rule: bad), bad) }
        let json = try JSONEncoder().encode(Recurrence(frequency: .monthly, weekdays: [.init(.wednesday, ordinal: 1)]))
        XCTAssertTrue(String(decoding: json, as: UTF8.self).contains("\"1WE\""))
        XCTAssertEqual(try JSONDecoder().decode(Recurrence.self, from: json).weekdays, [.init(.wednesday, ordinal: 1)])
    }
}
