import Foundation
@testable import GuildCore
import XCTest

/// Calendar import and export as producers write files: time zones (VTIMEZONE, Windows names), each series' own zone,
/// moved and cancelled meetings, all-day events, what cannot be represented, folding inside a character, source UIDs.
final class CalendarImportTests: XCTestCase {
    static func calendar(_ zone: String) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone)!
        return calendar
    }

    /// A calendar file around `lines`, CRLF.
    static func file(_ lines: [String]) -> String {
        (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN"] + lines + ["END:VCALENDAR"]).joined(separator: "\r\n") + "\r\n"
    }

    static func event(_ lines: [String]) -> [String] {
        ["BEGIN:VEVENT"] + lines + ["END:VEVENT"]
    }

    /// Outlook's VTIMEZONE for Central Europe, under any TZID.
    static func westEurope(_ tzid: String) -> [String] {
        ["BEGIN:VTIMEZONE", "TZID:\(tzid)",
         "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT",
         "END:VTIMEZONE"]
    }

    func read(_ text: String, viewer: String = "UTC") -> (events: [ICalendarEvent], problems: [String]) {
        let (events, problems) = ICalendarReader(calendar: Self.calendar(viewer)).read(text)
        return (events, problems.map(\.description))
    }

    func imported(_ text: String, viewer: String = "UTC") -> (data: GuildData, problems: [String]) {
        let calendar = Self.calendar(viewer)
        let (events, problems) = ICalendarReader(calendar: calendar).read(text)
        let outcome = CalendarImport.merge(events, into: GuildData(), now: Fixtures.now, calendar: calendar)
        var data = GuildData()
        for session in outcome.sessions { data.upsert(session) }
        return (data, (problems + outcome.problems).map(\.description))
    }

    // MARK: Time zones

    func testWindowsZoneNamesMapToIANAZonesEvenWithoutAVTIMEZONE() {
        let text = Self.file(Self.event(["UID:a", "DTSTART;TZID=\"W. Europe Standard Time\":20260107T160000", "DTEND;TZID=\"W. Europe Standard Time\":20260107T170000"])
            + Self.event(["UID:b", "DTSTART;TZID=Eastern Standard Time:20260708T120000", "DURATION:PT1H"]))
        let (events, problems) = read(text)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(events[0].start, Fixtures.utc(2026, 1, 7, 15))
        XCTAssertEqual(events[0].timeZone, "Europe/Berlin")
        XCTAssertEqual(events[1].start, Fixtures.utc(2026, 7, 8, 16), "12:00 EDT")
        XCTAssertEqual(events[1].timeZone, "America/New_York")
    }

    func testTheCLDRTableIsCompleteAndEveryZoneItNamesIsKnown() {
        XCTAssertGreaterThanOrEqual(WindowsZoneNames.table.count, 130)
        for (windows, iana) in WindowsZoneNames.table {
            XCTAssertNotNil(TimeZone(identifier: iana), "\(windows) → \(iana)")
        }
        XCTAssertEqual(WindowsZoneNames.iana(for: "W. Europe Standard Time"), "Europe/Berlin")
        XCTAssertEqual(WindowsZoneNames.iana(for: "Romance Standard Time"), "Europe/Paris")
        XCTAssertEqual(WindowsZoneNames.iana(for: "India Standard Time"), "Asia/Calcutta")
        XCTAssertEqual(WindowsZoneNames.iana(for: "Pacific Standard Time"), "America/Los_Angeles")
        XCTAssertEqual(WindowsZoneNames.iana(for: "AUS Eastern Standard Time"), "Australia/Sydney")
    }

    func testAVTIMEZONEIsHonouredForNamesNoDatabaseKnows() {
        // Exchange's "Customized Time Zone" with Central European rules, in summer and in winter.
        let custom = Self.file(Self.westEurope("Customized Time Zone")
            + Self.event(["UID:c", "DTSTART;TZID=Customized Time Zone:20260709T150000", "DTEND;TZID=Customized Time Zone:20260709T160000",
                          "RRULE:FREQ=WEEKLY"]))
        let (events, problems) = read(custom)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(events[0].start, Fixtures.utc(2026, 7, 9, 13))
        XCTAssertEqual(TimeZone(identifier: events[0].timeZone ?? "")?.secondsFromGMT(for: Fixtures.utc(2026, 1, 1)), 3600)
        XCTAssertEqual(TimeZone(identifier: events[0].timeZone ?? "")?.secondsFromGMT(for: Fixtures.utc(2026, 7, 1)), 7200,
                       "the series keeps an IANA zone with the same clocks")
        // A zone with its own clocks (+05:17, no daylight saving): read with the file's rules, and said.
        let odd = Self.file(["BEGIN:VTIMEZONE", "TZID:Guild Island Time", "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0517",
                             "TZOFFSETTO:+0517", "END:STANDARD", "END:VTIMEZONE"]
            + Self.event(["UID:d", "DTSTART;TZID=Guild Island Time:20260301T101700", "DURATION:PT1H"]))
        let (oddEvents, oddProblems) = read(odd)
        XCTAssertEqual(oddEvents[0].start, Fixtures.utc(2026, 3, 1, 5))
        XCTAssertEqual(oddProblems.count, 1)
        XCTAssertTrue(oddProblems[0].hasPrefix("line 14: DTSTART: time zone \"Guild Island Time\": its VTIMEZONE matches no known time zone"), oddProblems[0])
        // A Windows name whose VTIMEZONE says otherwise: the file's rules read the times, and the difference is reported.
        let moved = Self.file(["BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0300",
                               "TZOFFSETTO:+0300", "END:STANDARD", "END:VTIMEZONE"]
            + Self.event(["UID:e", "DTSTART;TZID=W. Europe Standard Time:20260301T120000", "DURATION:PT1H"]))
        let (movedEvents, movedProblems) = read(moved)
        XCTAssertEqual(movedEvents[0].start, Fixtures.utc(2026, 3, 1, 9))
        XCTAssertTrue(movedProblems.first?.contains("the file's VTIMEZONE differs from Europe/Berlin") ?? false, "\(movedProblems)")
    }

    func testAnIANATZIDWithAVendorPrefixAndAnUnknownNameWithoutDefinition() {
        let text = Self.file(Self.event(["UID:f", "DTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20260107T160000", "DURATION:PT1H"])
            + Self.event(["UID:g", "DTSTART;TZID=Mars Standard Time:20260107T160000", "DURATION:PT1H"]))
        let (events, problems) = read(text, viewer: "Europe/Berlin")
        XCTAssertEqual(events[0].timeZone, "Europe/Berlin")
        XCTAssertEqual(events[0].start, Fixtures.utc(2026, 1, 7, 15))
        XCTAssertEqual(problems, ["line 11: DTSTART: unknown time zone \"Mars Standard Time\" (no VTIMEZONE in the file defines it); read as Europe/Berlin"])
        XCTAssertNil(events[1].timeZone)
    }

    func testEachSeriesKeepsItsZoneAndMeetsAtItsOwnHourForViewersAnywhere() {
        let text = Self.file(Self.event(["UID:w@example.com", "DTSTART;TZID=\"W. Europe Standard Time\":20260303T160000",
                                         "DTEND;TZID=\"W. Europe Standard Time\":20260303T170000", "RRULE:FREQ=WEEKLY;COUNT=6", "SUMMARY:Weekly"]))
        let berlin = Self.calendar("Europe/Berlin")
        for viewer in ["UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata"] {
            let (data, problems) = imported(text, viewer: viewer)
            XCTAssertEqual(problems, [])
            XCTAssertEqual(data.sessions.values.first?.timeZone, "Europe/Berlin")
            let calendar = Self.calendar(viewer)
            let meetings = UpcomingSessions.list(in: data, now: Fixtures.utc(2026, 3, 1), calendar: calendar, horizonDays: 60)
            XCTAssertEqual(meetings.map { berlin.component(.hour, from: $0.start) }, [16, 16, 16, 16, 16, 16], "seen from \(viewer)")
            if viewer == "America/New_York" {
                // New York changes on 8 March, Berlin on 29 March: for three weeks the meeting is an hour later there.
                XCTAssertEqual(meetings.map { calendar.component(.hour, from: $0.start) }, [10, 11, 11, 11, 10, 10])
            }
            if viewer == "UTC" { XCTAssertEqual(meetings.map { calendar.component(.hour, from: $0.start) }, [15, 15, 15, 15, 14, 14]) }
        }
    }

    func testSessionsMadeInGuildKeepTheZoneTheyWereMadeIn() {
        let berlin = Self.calendar("Europe/Berlin")
        XCTAssertEqual(Session.zoneIdentifier(of: berlin), "Europe/Berlin")
        var series = Session(title: "Weekly", format: .weeklyMeeting, start: Fixtures.utc(2026, 3, 17, 15), recurrence: Recurrence(frequency: .weekly),
                             timeZone: "Europe/Berlin", updatedAt: Fixtures.now)
        let newYork = Self.calendar("America/New_York")
        var data = GuildData()
        data.upsert(series)
        let hours = UpcomingSessions.list(in: data, now: Fixtures.utc(2026, 3, 16), calendar: newYork, horizonDays: 14).map { newYork.component(.hour, from: $0.start) }
        XCTAssertEqual(hours, [11, 11], "16:00 in Berlin is 11:00 in New York between the two changes")
        series.timeZone = nil
        data.upsert(series)
        let drifting = UpcomingSessions.list(in: data, now: Fixtures.utc(2026, 3, 16), calendar: newYork, horizonDays: 14).map { newYork.component(.hour, from: $0.start) }
        XCTAssertEqual(drifting, [11, 11], "a series without a zone (an old record) repeats in the viewer's zone, as before")
        XCTAssertThrowsError(try Session(title: "x", format: .other, start: Fixtures.now, timeZone: "Mars/Olympus", updatedAt: Fixtures.now).validate())
    }

    // MARK: Overrides and cancellations

    func testAMovedMeetingShowsOnceAtItsNewTimeAndIsKeyedByItsOriginalStart() throws {
        let text = Self.file(Self.event(["UID:tech@example.com", "DTSTART;TZID=Europe/Berlin:20260303T160000", "DTEND;TZID=Europe/Berlin:20260303T170000",
                                         "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4", "SUMMARY:Tech meeting"])
            + Self.event(["UID:tech@example.com", "RECURRENCE-ID;TZID=Europe/Berlin:20260310T160000", "DTSTART;TZID=Europe/Berlin:20260312T170000",
                          "DTEND;TZID=Europe/Berlin:20260312T180000", "SUMMARY:Tech meeting (Thursday)"])
            + Self.event(["UID:tech@example.com", "RECURRENCE-ID;TZID=Europe/Berlin:20260317T160000", "DTSTART;TZID=Europe/Berlin:20260317T160000",
                          "DTEND;TZID=Europe/Berlin:20260317T170000", "STATUS:CANCELLED", "SUMMARY:Tech meeting"]))
        let (data, problems) = imported(text, viewer: "Europe/Berlin")
        XCTAssertEqual(problems, [])
        let berlin = Self.calendar("Europe/Berlin")
        let meetings = UpcomingSessions.list(in: data, now: Fixtures.utc(2026, 3, 1), calendar: berlin, horizonDays: 60)
        XCTAssertEqual(meetings.map { "\(Day($0.start, in: berlin)) \(berlin.component(.hour, from: $0.start)) \($0.session.title)" },
                       ["2026-03-03 16 Tech meeting", "2026-03-12 17 Tech meeting (Thursday)", "2026-03-24 16 Tech meeting"])
        let moved = try XCTUnwrap(data.sessions.values.first { $0.title == "Tech meeting (Thursday)" })
        XCTAssertEqual(moved.originalStart, Fixtures.utc(2026, 3, 10, 15))
        XCTAssertEqual(moved.seriesID, CalendarImport.sessionID(forUID: "tech@example.com"))
        // Importing again changes nothing, and the same meeting keeps its record.
        let again = CalendarImport.merge(ICalendarReader(calendar: berlin).read(text).events, into: data, now: Fixtures.now.addingTimeInterval(60), calendar: berlin)
        XCTAssertEqual(again.sessions, [])
        XCTAssertEqual(again.unchanged, 3)
    }

    func testGuildsExportKeepsTheSourceUIDAndWritesRECURRENCEIDAsTheOriginalStart() throws {
        let text = Self.file(Self.event(["UID:0qv8i3k2l5ml9o1bqs6f0g7t4c@google.com", "DTSTART;TZID=Europe/Berlin:20260303T160000",
                                         "DTEND;TZID=Europe/Berlin:20260303T170000", "RRULE:FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261231T225959Z",
                                         "SUMMARY:Tech meeting"])
            + Self.event(["UID:0qv8i3k2l5ml9o1bqs6f0g7t4c@google.com", "RECURRENCE-ID;TZID=Europe/Berlin:20261201T160000",
                          "DTSTART;TZID=Europe/Berlin:20261202T170000", "DTEND;TZID=Europe/Berlin:20261202T180000", "SUMMARY:Tech meeting"]))
        let newYork = Self.calendar("America/New_York")
        let (data, _) = imported(text, viewer: "America/New_York")
        let export = ICalendarWriter(calendar: newYork).document(ICalendarWriter.upcoming(in: data, now: Fixtures.now, calendar: newYork), data: data)
        XCTAssertEqual(export.components(separatedBy: "UID:0qv8i3k2l5ml9o1bqs6f0g7t4c@google.com\r\n").count, 3, "series and override keep the calendar's UID")
        XCTAssertFalse(export.contains("@guild"))
        XCTAssertTrue(export.contains("RECURRENCE-ID;TZID=Europe/Berlin:20261201T160000\r\n"), export)
        XCTAssertTrue(export.contains("DTSTART;TZID=Europe/Berlin:20261202T170000\r\n"), "written in the series' zone, not the exporter's")
        XCTAssertTrue(export.contains("RRULE:FREQ=WEEKLY;UNTIL=20261231T225959Z;BYDAY=TU,TH\r\n"), export)
        XCTAssertTrue(export.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"))

        // A meeting of a Guild series moved in Guild: the override names the start the series gave it.
        var guildData = GuildData()
        let series = Session(title: "Retro", format: .other, start: Fixtures.date(2026, 12, 3, 17), recurrence: Recurrence(frequency: .weekly),
                             timeZone: "Europe/Berlin", updatedAt: Fixtures.now)
        guildData.upsert(series)
        var held = HeldSession.record(for: SessionOccurrence(session: series, start: Fixtures.date(2026, 12, 10, 17), index: 1), in: guildData, now: Fixtures.now)
        held.start = Fixtures.date(2026, 12, 11, 9)
        guildData.upsert(held)
        let guildExport = ICalendarWriter(calendar: Fixtures.calendar).document(ICalendarWriter.upcoming(in: guildData, now: Fixtures.now, calendar: Fixtures.calendar), data: guildData)
        XCTAssertTrue(guildExport.contains("RECURRENCE-ID;TZID=Europe/Berlin:20261210T170000\r\nDTSTART;TZID=Europe/Berlin:20261211T090000\r\n"), guildExport)
        XCTAssertEqual(UpcomingSessions.list(in: guildData, now: Fixtures.now, calendar: Fixtures.calendar, horizonDays: 20).map(\.start),
                       [Fixtures.date(2026, 12, 3, 17), Fixtures.date(2026, 12, 11, 9)], "the moved meeting shows once, at its new time")
    }

    // MARK: All-day events

    func testAllDayEventsStayAllDayInEveryZone() throws {
        let text = Self.file(Self.event(["UID:offsite", "DTSTART;VALUE=DATE:20260924", "DTEND;VALUE=DATE:20260926", "SUMMARY:Offsite"])
            + Self.event(["UID:hackathon", "DTSTART;TZID=W. Europe Standard Time:20260514T000000", "DTEND;TZID=W. Europe Standard Time:20260515T000000",
                          "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE", "SUMMARY:Hackathon"])
            + Self.event(["UID:birthday", "DTSTART;VALUE=DATE:20250315", "RRULE:FREQ=YEARLY", "SUMMARY:Birthday"]))
        for viewer in ["America/New_York", "Europe/Berlin", "Asia/Kolkata"] {
            let calendar = Self.calendar(viewer)
            let (data, problems) = imported(text, viewer: viewer)
            XCTAssertEqual(problems, [])
            let offsite = try XCTUnwrap(data.sessions.values.first { $0.title == "Offsite" })
            XCTAssertTrue(offsite.isAllDay)
            XCTAssertEqual(offsite.durationMinutes, 2 * 24 * 60)
            XCTAssertNil(offsite.timeZone)
            XCTAssertTrue(try XCTUnwrap(data.sessions.values.first { $0.title == "Hackathon" }).isAllDay, "Outlook's midnight-to-midnight all-day event")
            let meetings = UpcomingSessions.list(in: data, now: Fixtures.utc(2026, 1, 1), calendar: calendar, horizonDays: 365)
            XCTAssertEqual(meetings.map { "\($0.session.title) \(Day($0.start, in: calendar))…\(Day($0.end, in: calendar)) \(calendar.component(.hour, from: $0.start))" },
                           ["Birthday 2026-03-15…2026-03-16 0", "Hackathon 2026-05-14…2026-05-15 0", "Offsite 2026-09-24…2026-09-26 0"], viewer)
            XCTAssertTrue(meetings.allSatisfy(\.isAllDay))
            let export = ICalendarWriter(calendar: calendar).document(ICalendarWriter.upcoming(in: data, now: Fixtures.utc(2026, 1, 1), calendar: calendar), data: data)
            XCTAssertTrue(export.contains("DTSTART;VALUE=DATE:20260924\r\nDTEND;VALUE=DATE:20260926\r\n"), export)
            XCTAssertTrue(export.contains("DTSTART;VALUE=DATE:20250315\r\nDTEND;VALUE=DATE:20250316\r\nRRULE:FREQ=YEARLY\r\n"), export)
        }
    }

    // MARK: What cannot be represented

    func testWhatCannotBeRepresentedIsNamedWithItsLineAndTheRestIsKept() {
        let text = Self.file(
            Self.event(["UID:1", "DTSTART:20260105T090000Z", "RRULE:FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", "SUMMARY:Week 20"])
            + Self.event(["UID:2", "DTSTART:20260105T090000Z", "RRULE:FREQ=DAILY;BYHOUR=9,15;COUNT=4", "SUMMARY:Twice a day"])
            + Self.event(["UID:3", "DTSTART:20260105T090000Z", "RRULE:FREQ=WEEKLY;COUNT=3", "RDATE:20260120T090000Z,20260121T090000Z", "SUMMARY:Extra"])
            + Self.event(["UID:4", "DTSTART:20260105T090000Z", "RRULE:FREQ=HOURLY;COUNT=3", "SUMMARY:Hourly"])
            + Self.event(["UID:3", "RECURRENCE-ID;RANGE=THISANDFUTURE:20260112T090000Z", "DTSTART:20260112T100000Z", "SUMMARY:Extra later"]))
        let (data, problems) = imported(text)
        XCTAssertEqual(problems, [
            "line 7: RRULE \"FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO\": BYWEEKNO (weeks of the year) cannot be represented; imported as a single meeting",
            "line 13: RRULE \"FREQ=DAILY;BYHOUR=9,15;COUNT=4\": BYHOUR=9,15: Guild keeps one time a day, the start's; the meetings at hour 15 are not imported",
            "line 20: RDATE: 2 extra meetings outside the repeat rule cannot be represented; not imported",
            "line 26: RRULE \"FREQ=HOURLY;COUNT=3\": Guild repeats a session at most daily, not hourly; imported as a single meeting",
            "line 31: RECURRENCE-ID;RANGE=THISANDFUTURE (this and later meetings) is applied to this meeting only",
        ])
        XCTAssertNil(data.sessions.values.first { $0.title == "Week 20" }?.recurrence)
        XCTAssertEqual(data.sessions.values.first { $0.title == "Twice a day" }?.recurrence?.frequency, .daily)
        XCTAssertEqual(data.sessions.values.first { $0.title == "Extra" }?.recurrence?.frequency, .weekly)
        XCTAssertEqual(data.sessions.count, 5, "every event is kept")
    }

    // MARK: Text

    func testAFoldInsideAMultiByteCharacterIsAcceptedAndBadBytesAreReportedByLine() {
        let summary = "SUMMARY:Grüße aus Köln 🎉"
        var bytes = Array(summary.utf8)
        let inside = bytes.firstIndex(of: 0xC3)! + 1
        bytes.insert(contentsOf: Array("\r\n ".utf8), at: inside)
        var data = Data("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260105T090000Z\r\n".utf8)
        data += Data(bytes) + Data("\r\nLOCATION:caf\u{FFFF}".utf8)
        data[data.count - 3] = 0xFF
        data += Data("\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".utf8)
        let (events, problems) = ICalendarReader(calendar: Fixtures.calendar).read(bytes: data)
        XCTAssertEqual(events.first?.summary, "Grüße aus Köln 🎉")
        XCTAssertEqual(problems.map(\.description), ["line 7: not valid UTF-8; the bad bytes are read as \u{FFFD}"])
        XCTAssertEqual(events.count, 1)
        // What `guild import ics` checks first: the fold inside "ü" is fine, the 0xFF on line 7 is refused with its place.
        XCTAssertEqual(ICalendarText.utf8Problem(unfolding: data), "line 7, column 13: not valid UTF-8 (byte 0xFF)")
        let folded = Data("BEGIN:VCALENDAR\r\n".utf8) + Data(bytes) + Data("\r\nEND:VCALENDAR\r\n".utf8)
        XCTAssertNotNil(String(data: Data(bytes), encoding: .utf8) == nil ? "split" : nil, "the fold really splits a character")
        XCTAssertNil(ICalendarText.utf8Problem(unfolding: folded))
    }

    func testOldSessionRecordsWithoutTheNewFieldsStillDecode() throws {
        let old = """
        {"id":"00000000-0000-4000-8000-000000000035","title":"Weekly","format":"weekly-meeting","desiredOutcome":"","start":1000000,
         "durationMinutes":60,"location":"","presenters":[],"attendees":[],"status":"planned","agenda":[],
         "recurrence":{"frequency":"fortnightly","until":2000000},"updatedAt":1000000}
        """
        let session = try JSONDecoder().decode(Session.self, from: Data(old.utf8))
        XCTAssertNil(session.timeZone)
        XCTAssertNil(session.allDay)
        XCTAssertNil(session.originalStart)
        XCTAssertNil(session.calendarUID)
        XCTAssertEqual(session.recurrence, Recurrence(frequency: .fortnightly, until: Date(timeIntervalSinceReferenceDate: 2_000_000)))
        XCTAssertEqual(session.recurrence?.step, 2)
    }
}
