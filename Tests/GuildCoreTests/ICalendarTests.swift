import Foundation
@testable import GuildCore
import XCTest

/// The iCalendar export and import: RFC 5545 text rules, the expected file, an independent parser (Python's icalendar) and round trips.
final class ICalendarTests: XCTestCase {
    typealias F = ProgrammeFixture

    var exported: String {
        let sessions = ICalendarWriter.upcoming(in: F.data, now: F.now, calendar: F.calendar)
        return ICalendarWriter(calendar: F.calendar, name: "Test guild").document(sessions, data: F.data)
    }

    func testEscapingAndUnescaping() {
        XCTAssertEqual(ICalendarText.escape("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf")
        XCTAssertEqual(ICalendarText.unescape("a\\,b\\;c\\\\d\\ne\\Nf"), "a,b;c\\d\ne\nf")
        let hostile = "x\u{1B}[31m,;\\\n🚀"
        XCTAssertEqual(ICalendarText.unescape(ICalendarText.escape(hostile)), "x[31m,;\\\n🚀")
    }

    func testFoldingKeepsLinesWithin75OctetsAndCharactersWhole() {
        let line = "SUMMARY:" + String(repeating: "é🚀a", count: 40)
        let folded = ICalendarText.fold(line)
        XCTAssertGreaterThan(folded.count, 1)
        for part in folded { XCTAssertLessThanOrEqual(part.utf8.count, 75) }
        for part in folded.dropFirst() { XCTAssertTrue(part.hasPrefix(" ")) }
        let unfolded = ICalendarText.unfold(folded.joined(separator: "\r\n"))
        XCTAssertEqual(unfolded.map(\.line), [line])
    }

    func testExportIsCRLFFoldedAndMatchesTheExpectedFile() {
        let text = exported
        XCTAssertTrue(text.hasSuffix("END:VCALENDAR\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        XCTAssertFalse(lines.contains { $0.contains("\n") || $0.contains("\r") }, "every line ends in CRLF")
        for line in lines { XCTAssertLessThanOrEqual(line.utf8.count, 75, line) }
        XCTAssertTrue(text.contains("UID:00000000-0000-4000-8000-000000000035@guild\r\n"))
        XCTAssertTrue(text.contains("RRULE:FREQ=WEEKLY;UNTIL=20261231T225959Z\r\n"))
        XCTAssertTrue(text.contains("RRULE:FREQ=WEEKLY;INTERVAL=2\r\n"))
        XCTAssertTrue(text.contains("RRULE:FREQ=MONTHLY\r\n"))
        XCTAssertTrue(text.contains("EXDATE;TZID=Europe/Berlin:20261120T150000,20261225T150000\r\n"), "cancelled and skipped meetings")
        XCTAssertTrue(text.contains("RECURRENCE-ID;TZID=Europe/Berlin:20261127T150000\r\n"), "the re-staffed meeting overrides its occurrence")
        XCTAssertTrue(text.contains("LOCATION:Room Ada\\, 2nd floor\\; https://meet.example.com/x\r\n"))
        XCTAssertTrue(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"))
        XCTAssertFalse(text.contains("Cancelled talk"))
        XCTAssertFalse(text.contains("never happened"))
        XCTAssertFalse(text.contains("Go generics"), "held sessions are not upcoming")
        Fixtures.expected.assertText(text, named: "calendar.ics")
    }

    func testTheUIDOfASessionNeverChanges() {
        XCTAssertEqual(ICalendarWriter.uid(for: F.kafka), "00000000-0000-4000-8000-000000000039@guild")
        XCTAssertEqual(CalendarImport.sessionID(forUID: ICalendarWriter.uid(for: F.kafka)), F.kafka)
        XCTAssertEqual(CalendarImport.sessionID(forUID: "abc@example.com"), CalendarImport.sessionID(forUID: "abc@example.com"))
        XCTAssertNotEqual(CalendarImport.sessionID(forUID: "abc@example.com"), CalendarImport.sessionID(forUID: "abd@example.com"))
    }

    func testUTCCalendarsWriteZuluTimesWithoutATimeZone() {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let text = ICalendarWriter(calendar: utc).document([F.data.sessions[F.kafka]!], data: F.data)
        XCTAssertTrue(text.contains("DTSTART:20261125T150000Z\r\n"))
        XCTAssertFalse(text.contains("VTIMEZONE"))
    }

    func testOwnExportReadsBackWithTheSameEvents() {
        let (events, problems) = ICalendarReader(calendar: F.calendar).read(exported)
        XCTAssertEqual(problems, [])
        let sessions = ICalendarWriter.upcoming(in: F.data, now: F.now, calendar: F.calendar).filter { $0.status != .cancelled }
        XCTAssertEqual(events.count, sessions.count)
        for session in sessions {
            let uid = ICalendarWriter.uid(for: session.seriesID ?? session.id)
            let event = events.first { $0.uid == uid && ($0.recurrenceID == nil) == (session.seriesID == nil) }
            XCTAssertEqual(event?.summary, session.title)
            XCTAssertEqual(event?.start, session.start)
            XCTAssertEqual(event?.end, session.end)
            XCTAssertEqual(event?.recurrence?.frequency, session.recurrence?.frequency)
        }
        let weekly = events.first { $0.uid == ICalendarWriter.uid(for: F.weekly) && $0.recurrenceID == nil }
        XCTAssertEqual(weekly?.location, "Room Ada, 2nd floor; https://meet.example.com/x")
        XCTAssertEqual(weekly?.recurrence?.until, F.at(2026, 12, 25, 15), "UNTIL is read as the last meeting it allows")
        XCTAssertEqual(weekly?.recurrence?.skipped, [F.at(2026, 11, 20, 15), F.at(2026, 12, 25, 15)])
        XCTAssertTrue(weekly?.description?.contains("Bring one success,\none frustration; and a learning.") ?? false)
    }

    func testImportIsIdempotentByUID() {
        var data = GuildData()
        for person in F.data.people.values { data.upsert(person) }
        let (events, _) = ICalendarReader(calendar: F.calendar).read(exported)
        let first = CalendarImport.merge(events, into: data, now: F.now, calendar: F.calendar)
        XCTAssertEqual(first.added, 5)
        XCTAssertEqual(first.updated, 0)
        XCTAssertEqual(first.problems, [])
        for session in first.sessions { data.upsert(session) }
        XCTAssertEqual(data.sessions[F.kafka]?.durationMinutes, 90)
        XCTAssertEqual(data.sessions[F.kafka]?.format, .deepDive)
        XCTAssertEqual(data.sessions[F.weeklyRestaffed]?.seriesID, F.weekly)
        let second = CalendarImport.merge(events, into: data, now: F.now.addingTimeInterval(60), calendar: F.calendar)
        XCTAssertEqual(second.added, 0)
        XCTAssertEqual(second.updated, 0)
        XCTAssertEqual(second.unchanged, 5)
        XCTAssertEqual(second.sessions, [])
    }

    func testForeignCalendarWithFoldingUnknownPropertiesAlarmsAndBadLines() {
        let text = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Other//EN", "X-UNKNOWN;FOO=bar:whatever",
            "BEGIN:VEVENT", "UID:evt-1@example.com", "DTSTART;TZID=\"America/New_York\":20261201T090000", "DURATION:PT1H30M",
            "SUMMARY:Design review\\, part 1", " continued", "LOCATION:Zoom", "CATEGORIES:Workshop,Design",
            "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=3", "EXDATE;TZID=America/New_York:20261215T090000",
            "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT15M", "END:VALARM",
            "ATTENDEE;CN=\"Doe, Jane\":mailto:jane@example.com", "END:VEVENT",
            "this line is broken",
            "BEGIN:VEVENT", "UID:evt-2@example.com", "DTSTART;VALUE=DATE:20261224", "SUMMARY:Holiday party", "RRULE:FREQ=YEARLY", "END:VEVENT",
            "BEGIN:VEVENT", "UID:evt-3@example.com", "DTSTART:2026-12-01", "SUMMARY:Bad date", "END:VEVENT",
            "BEGIN:VEVENT", "UID:evt-4@example.com", "DTSTART:20261202T100000Z", "DTEND:20261202T110000Z", "DURATION:soon", "SUMMARY:UTC",
            "STATUS:CANCELLED", "END:VEVENT",
            "END:VCALENDAR",
        ].joined(separator: "\r\n") + "\r\n"
        let (events, problems) = ICalendarReader(calendar: F.calendar).read(text)
        XCTAssertEqual(events.count, 3)
        let review = events[0]
        XCTAssertEqual(review.summary, "Design review, part 1continued")
        XCTAssertEqual(review.description, nil, "the alarm's DESCRIPTION is not the event's")
        XCTAssertEqual(review.end?.timeIntervalSince(review.start), 5400)
        var newYork = Calendar(identifier: .gregorian)
        newYork.timeZone = TimeZone(identifier: "America/New_York")!
        XCTAssertEqual(review.start, newYork.date(from: DateComponents(year: 2026, month: 12, day: 1, hour: 9)))
        XCTAssertEqual(review.recurrence?.frequency, .fortnightly)
        XCTAssertEqual(review.timeZone, "America/New_York")
        XCTAssertEqual(review.recurrence?.until, newYork.date(from: DateComponents(year: 2026, month: 12, day: 29, hour: 9)),
                       "COUNT=3 every two weeks ends with the third meeting")
        XCTAssertEqual(review.recurrence?.skipped?.count, 1)
        XCTAssertEqual(events[1].isAllDay, true)
        XCTAssertEqual(events[1].start, Fixtures.utc(2026, 12, 24), "an all-day event keeps its day as midnight UTC")
        XCTAssertEqual(events[1].recurrence, Recurrence(frequency: .yearly))
        XCTAssertEqual(events[2].status, "CANCELLED")
        XCTAssertEqual(problems.map(\.description), [
            "line 22: not a content line (expected NAME:value): \"this line is broken\"",
            "line 29: event \"Bad date\" has no readable DTSTART; skipped",
            "line 31: DTSTART \"2026-12-01\" is not a date (20261127) or date-time (20261127T150000, …Z)",
            "line 38: DURATION \"soon\" is not a duration such as PT1H30M",
        ])
        let merged = CalendarImport.merge(events, into: GuildData(), now: F.now, calendar: F.calendar)
        XCTAssertEqual(merged.added, 3)
        XCTAssertEqual(merged.sessions.first?.format, .workshop)
        XCTAssertEqual(merged.sessions.last?.status, .cancelled)
    }

    func testStructuralProblemsAreReportedWithLines() {
        let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:No start\nEND:VEVENT\nBEGIN:VEVENT\nDTSTART:20261201T100000Z\nEND:VTODO\n"
        let (events, problems) = ICalendarReader(calendar: F.calendar).read(text)
        XCTAssertEqual(events.count, 0)
        XCTAssertEqual(problems.map(\.description), [
            "line 1: BEGIN:VCALENDAR is never closed",
            "line 2: event \"No start\" has no readable DTSTART; skipped",
            "line 5: BEGIN:VEVENT is never closed",
            "line 7: END:VTODO closes BEGIN:VEVENT from line 5",
        ])
        XCTAssertEqual(ICalendarReader(calendar: F.calendar).read("hello").problems.map(\.description),
                       ["line 1: not a content line (expected NAME:value): \"hello\"", "line 1: no BEGIN:VCALENDAR: this is not an iCalendar file"])
    }

    func testDurations() {
        XCTAssertEqual(ICalendarReader.duration("PT1H30M"), 5400)
        XCTAssertEqual(ICalendarReader.duration("P1D"), 86_400)
        XCTAssertEqual(ICalendarReader.duration("P2W"), 14 * 86_400)
        XCTAssertEqual(ICalendarReader.duration("-PT15M"), -900)
        XCTAssertEqual(ICalendarReader.duration("P1DT2H"), 93_600)
        for bad in ["PT", "1H", "P1H", "PTH", "P1.5D", ""] { XCTAssertNil(ICalendarReader.duration(bad), bad) }
    }

    /// An independent reader: Python's `icalendar` parses the file, and python-dateutil expands each RRULE; both must agree with Guild.
    func testPythonIcalendarReadsTheSameEvents() throws {
        let python = URL(fileURLWithPath: "/usr/bin/env")
        let check = Process()
        check.executableURL = python
        check.arguments = ["python3", "-c", "import icalendar, dateutil"]
        check.standardError = FileHandle.nullDevice
        do { try check.run() } catch { throw XCTSkip("python3 is not available") }
        check.waitUntilExit()
        guard check.terminationStatus == 0 else {
            throw XCTSkip("Python's icalendar is not installed (python3 -m pip install icalendar; .ci/run installs it)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guild-ics-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("guild.ics")
        try Data(exported.utf8).write(to: file)
        let script = """
        import json, sys, icalendar
        from datetime import timezone, datetime
        from dateutil.rrule import rrulestr
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        out = []
        def utc(v):
            return v.dt.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
        for ev in cal.walk('VEVENT'):
            item = {'uid': str(ev['UID']), 'summary': str(ev['SUMMARY']), 'start': utc(ev['DTSTART']), 'end': utc(ev['DTEND']),
                    'location': str(ev.get('LOCATION', '')), 'description': str(ev.get('DESCRIPTION', '')),
                    'recurrenceId': utc(ev['RECURRENCE-ID']) if 'RECURRENCE-ID' in ev else None, 'occurrences': []}
            if 'RRULE' in ev:
                start = ev['DTSTART'].dt
                rule = rrulestr(ev['RRULE'].to_ical().decode(), dtstart=start)
                ex = set()
                exdates = ev.get('EXDATE', [])
                if not isinstance(exdates, list): exdates = [exdates]
                for group in exdates:
                    for d in group.dts: ex.add(d.dt.astimezone(timezone.utc))
                for occ in rule[:12] if hasattr(rule, '__getitem__') else list(rule)[:12]:
                    if occ.astimezone(timezone.utc) in ex: continue
                    item['occurrences'].append(occ.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'))
            out.append(item)
        print(json.dumps(out))
        """
        let process = Process()
        process.executableURL = python
        process.arguments = ["python3", "-c", script, file.path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, errorText)
        struct Parsed: Decodable {
            var uid: String, summary: String, start: String, end: String, location: String, description: String
            var recurrenceId: String?
            var occurrences: [String]
        }
        let parsed = try JSONDecoder().decode([Parsed].self, from: data)
        let iso = ISO8601DateFormatter()
        let sessions = ICalendarWriter.upcoming(in: F.data, now: F.now, calendar: F.calendar).filter { $0.status != .cancelled }
        XCTAssertEqual(parsed.count, sessions.count)
        for session in sessions {
            let uid = ICalendarWriter.uid(for: session.seriesID ?? session.id)
            guard let event = parsed.first(where: { $0.uid == uid && ($0.recurrenceId == nil) == (session.seriesID == nil) }) else {
                XCTFail("Python did not find \(session.title)")
                continue
            }
            XCTAssertEqual(event.summary, session.title)
            XCTAssertEqual(event.location, session.location)
            XCTAssertEqual(iso.date(from: event.start), session.start, session.title)
            XCTAssertEqual(iso.date(from: event.end), session.end, session.title)
            if session.seriesID != nil { XCTAssertEqual(iso.date(from: event.recurrenceId ?? ""), session.seriesSlot, "RECURRENCE-ID is the start the series gave it") }
            if session.recurrence != nil {
                // Guild's own expansion (skipped and cancelled meetings left out) against dateutil's.
                let cancelled = Set(F.data.sessions.values.filter { $0.seriesID == session.id && $0.status == .cancelled }.map(\.start))
                let ours = UpcomingSessions.occurrences(of: session, from: session.start, to: F.at(2028, 1, 1), calendar: F.calendar)
                    .map(\.start).filter { !cancelled.contains($0) }
                let theirs = event.occurrences.compactMap { iso.date(from: $0) }
                XCTAssertEqual(Array(ours.prefix(theirs.count)), theirs, session.title)
                XCTAssertFalse(theirs.isEmpty)
            }
        }
        XCTAssertTrue(parsed.contains { $0.description.contains("Bring one success,\none frustration; and a learning.") })
    }
}
