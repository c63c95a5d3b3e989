import Foundation
@testable import GuildCore
import XCTest

/// Every calendar under Fixtures/calendars (as Google Calendar, Outlook, Exchange and Apple Calendar export them), read by
/// Guild and expanded over 2026, against an independent implementation: the Python package `recurring-ical-events`
/// (with `icalendar` and `x-wr-timezone`), in several viewer time zones. Skips only when python3 itself is missing.
final class CalendarOracleTests: XCTestCase {
    static let viewerZones = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"]

    static var fixtures: [URL] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/calendars")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".ics") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The year compared: 2026 in the viewer's zone.
    private static func range(in calendar: Calendar) -> (from: Date, to: Date) {
        (calendar.date(from: DateComponents(year: 2026, month: 1, day: 1))!, calendar.date(from: DateComponents(year: 2027, month: 1, day: 1))!)
    }

    static func viewer(_ zone: String) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone)!
        return calendar
    }

    /// "title | start | end": timed meetings as Unix seconds, all-day ones as their first and end days.
    static func guildOccurrences(of file: URL, viewer zone: String) throws -> (lines: [String], problems: [ICalendarProblem]) {
        let calendar = viewer(zone)
        let (events, problems) = ICalendarReader(calendar: calendar).read(bytes: try Data(contentsOf: file))
        let outcome = CalendarImport.merge(events, into: GuildData(), now: Date(timeIntervalSince1970: 1_790_000_000), calendar: calendar)
        var data = GuildData()
        for session in outcome.sessions { data.upsert(session) }
        let (from, to) = range(in: calendar)
        let lines = UpcomingSessions.starting(in: data, from: from.addingTimeInterval(-3 * 86_400), to: to.addingTimeInterval(3 * 86_400), calendar: calendar)
            .filter { $0.start >= from && $0.start < to }
            .map { occurrence -> String in
                if occurrence.isAllDay {
                    return "\(occurrence.session.title) | \(Day(occurrence.start, in: calendar)) | \(Day(occurrence.end, in: calendar))"
                }
                return "\(occurrence.session.title) | \(Int(occurrence.start.timeIntervalSince1970)) | \(Int(occurrence.end.timeIntervalSince1970))"
            }
        return (lines.sorted(), problems + outcome.problems)
    }

    /// The same lines from recurring-ical-events, for each file and viewer zone given (in pairs), each set under a
    /// "### file zone" line: one python3 start for all of them.
    static let oracleScript = """
    import sys, datetime, zoneinfo
    import icalendar, recurring_ical_events, x_wr_timezone
    arguments = sys.argv[1:]
    for path, viewer in zip(arguments[0::2], arguments[1::2]):
        tz = zoneinfo.ZoneInfo(viewer)
        cal = x_wr_timezone.to_standard(icalendar.Calendar.from_ical(open(path, 'rb').read()))
        start, end = datetime.datetime(2026, 1, 1, tzinfo=tz), datetime.datetime(2027, 1, 1, tzinfo=tz)
        margin = datetime.timedelta(days=3)
        lines = []
        for event in recurring_ical_events.of(cal).between(start - margin, end + margin):
            if str(event.get('STATUS', '')).upper() == 'CANCELLED':
                continue
            title = ' '.join(str(event.get('SUMMARY', '')).split())
            first, last = event['DTSTART'].dt, event['DTEND'].dt
            if not isinstance(first, datetime.datetime):
                if start.date() <= first < end.date():
                    lines.append(f'{title} | {first.isoformat()} | {last.isoformat()}')
                continue
            if first.tzinfo is None:
                first, last = first.replace(tzinfo=tz), last.replace(tzinfo=tz)
            if start <= first < end:
                lines.append(f'{title} | {int(first.timestamp())} | {int(last.timestamp())}')
        print(f'### {path} {viewer}')
        print('\\n'.join(sorted(lines)))
    """

    /// Runs `python3` with `arguments`; nil when python3 cannot be started at all.
    static func python(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { return nil }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // env's "not found" is 127: python3 is missing.
        if process.terminationStatus == 127 { return nil }
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// recurring-ical-events' lines for each (file, zone); skips when python3 is missing, fails when the package is.
    static func oracle(_ pairs: [(URL, String)]) throws -> [String: [String]]? {
        guard let check = try python(["-c", "import icalendar, recurring_ical_events, x_wr_timezone"]) else {
            throw XCTSkip("python3 is not installed, so recurring-ical-events cannot check the calendars")
        }
        XCTAssertEqual(check.status, 0, "python3 lacks recurring-ical-events: python3 -m pip install recurring-ical-events (.ci/run does)\n\(check.errors)")
        guard check.status == 0, let run = try python(["-c", oracleScript] + pairs.flatMap { [$0.0.path, $0.1] }) else { return nil }
        XCTAssertEqual(run.status, 0, run.errors)
        var sections: [String: [String]] = [:]
        var current = ""
        for line in run.output.split(separator: "\n").map(String.init) {
            if line.hasPrefix("### ") { current = String(line.dropFirst(4)) } else { sections[current, default: []].append(line) }
        }
        return sections.mapValues { $0.sorted() }
    }

    /// Fails with the meetings only one side has.
    static func assertSame(_ ours: [String], _ theirs: [String], _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(theirs.isEmpty, "\(what): recurring-ical-events found no meeting in 2026", file: file, line: line)
        let onlyOurs = ours.filter { !theirs.contains($0) }, onlyTheirs = theirs.filter { !ours.contains($0) }
        XCTAssertTrue(onlyOurs.isEmpty && onlyTheirs.isEmpty && ours.count == theirs.count,
                      "\(what): \(ours.count) meetings in Guild, \(theirs.count) in recurring-ical-events\n"
                      + "only in Guild:\n  " + onlyOurs.joined(separator: "\n  ") + "\nonly in recurring-ical-events:\n  " + onlyTheirs.joined(separator: "\n  "),
                      file: file, line: line)
    }

    func testEveryFixtureMatchesRecurringIcalEventsOverAYearInFourViewerZones() throws {
        XCTAssertGreaterThanOrEqual(Self.fixtures.count, 4, "fixtures for Google, Outlook, Exchange and Apple")
        let pairs = Self.fixtures.flatMap { file in Self.viewerZones.map { (file, $0) } }
        guard let sections = try Self.oracle(pairs) else { return }
        for (file, zone) in pairs {
            let (ours, problems) = try Self.guildOccurrences(of: file, viewer: zone)
            XCTAssertEqual(problems.map(\.description), [], "\(file.lastPathComponent) imports without a problem")
            Self.assertSame(ours, sections["\(file.path) \(zone)"] ?? [], "\(file.lastPathComponent) seen from \(zone)")
        }
    }

    /// Guild's own export of each imported fixture, read back by recurring-ical-events, has the same meetings: times,
    /// zones, all-day days, repeats, skipped and moved meetings all survive the round trip.
    func testGuildsExportOfEachFixtureGivesRecurringIcalEventsTheSameMeetings() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guild-ics-oracle-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var pairs: [(URL, String)] = []
        var expected: [String: [String]] = [:]
        for file in Self.fixtures {
            for zone in ["Europe/Berlin", "America/New_York"] {
                let calendar = Self.viewer(zone)
                let (events, _) = ICalendarReader(calendar: calendar).read(bytes: try Data(contentsOf: file))
                var data = GuildData()
                for session in CalendarImport.merge(events, into: GuildData(), now: Date(timeIntervalSince1970: 1_790_000_000), calendar: calendar).sessions {
                    data.upsert(session)
                }
                let from = Self.range(in: calendar).from
                let text = ICalendarWriter(calendar: calendar).document(ICalendarWriter.upcoming(in: data, now: from, calendar: calendar), data: data)
                let exported = folder.appendingPathComponent("\(zone.replacingOccurrences(of: "/", with: "-"))-\(file.lastPathComponent)")
                try Data(text.utf8).write(to: exported)
                pairs.append((exported, zone))
                expected[exported.path + " " + zone] = try Self.guildOccurrences(of: file, viewer: zone).lines
            }
        }
        guard let sections = try Self.oracle(pairs) else { return }
        for (file, zone) in pairs {
            Self.assertSame(expected[file.path + " " + zone] ?? [], sections["\(file.path) \(zone)"] ?? [], "Guild's export \(file.lastPathComponent)")
        }
    }
}
