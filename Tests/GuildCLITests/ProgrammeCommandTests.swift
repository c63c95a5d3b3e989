import Foundation
import GuildCore
import GuildTestSupport
import XCTest

/// `guild report`, `guild export ics`, `guild import ics` and `guild export site` run as a separate process on a demo store.
final class ProgrammeCommandTests: XCTestCase {
    private var guild: GuildBinary!
    private var folder: URL!
    private var store: URL!

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        store = try guild.demoStore(self)
        folder = store.deletingLastPathComponent()
    }

    func testReportForAMonthAQuarterAndACommunity() throws {
        let month = try guild.run(["report", "--month", "2026-11", "--store", store.path])
        XCTAssertEqual(month.status, 0, month.stderr)
        XCTAssertTrue(month.stdout.hasPrefix("# Knowledge sharing report — November 2026\n"), month.stdout)
        for section in ["## Summary", "## Sessions held", "## Participation", "## Ratings by format", "## Action follow-through",
                        "## Skill gaps", "## Milestones", "## Kudos"] {
            XCTAssertTrue(month.stdout.contains(section), section)
        }
        let output = folder.appendingPathComponent("reports/q4.md")
        let quarter = try guild.run(["report", "--quarter", "2026-q4", "--community", "platform", "--output", output.path, "--store", store.path])
        XCTAssertEqual(quarter.status, 0, quarter.stderr)
        let text = try String(contentsOf: output, encoding: .utf8)
        XCTAssertTrue(text.contains("Platform guild"), text)
        XCTAssertTrue(text.contains("## Month by month"))
        assertOneLineFailure(try guild.run(["report", "--month", "2026-13", "--store", store.path]), mentions: "--month 2026-13")
        assertOneLineFailure(try guild.run(["report", "--community", "nope", "--store", store.path]), mentions: "no community named \"nope\"")
        let help = try guild.run(["report", "--help"])
        XCTAssertTrue(help.stdout.contains("guild report --month 2026-11"), help.stdout)
    }

    func testCalendarExportImportsIdempotently() throws {
        let file = folder.appendingPathComponent("guild.ics")
        let exported = try guild.run(["export", "ics", "--output", file.path, "--store", store.path])
        XCTAssertEqual(exported.status, 0, exported.stderr)
        let bytes = try Data(contentsOf: file)
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        XCTAssertTrue(text.contains("RRULE:FREQ=WEEKLY"))
        XCTAssertTrue(text.contains("RRULE:FREQ=MONTHLY"))
        for line in text.components(separatedBy: "\r\n") { XCTAssertLessThanOrEqual(line.utf8.count, 75) }

        // Into an empty store: everything is new; a second import changes nothing.
        let other = folder.appendingPathComponent("other")
        XCTAssertEqual(try guild.run(["init", "--store", other.path]).status, 0)
        let first = try guild.run(["import", "ics", file.path, "--store", other.path])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("0 updated, 0 unchanged"), first.stdout)
        let second = try guild.run(["import", "ics", file.path, "--store", other.path])
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stdout.contains("0 added, 0 updated"), second.stdout)
        let sessions = try FileManager.default.contentsOfDirectory(atPath: other.appendingPathComponent("sessions").path)
        XCTAssertFalse(sessions.isEmpty)

        let broken = folder.appendingPathComponent("broken.ics")
        try Data("not a calendar\n".utf8).write(to: broken)
        let failed = try guild.run(["import", "ics", broken.path, "--store", other.path])
        XCTAssertNotEqual(failed.status, 0)
        XCTAssertTrue(failed.stderr.contains("line 1"), failed.stderr)
        assertOneLineFailure(try guild.run(["import", "ics", folder.appendingPathComponent("missing.ics").path, "--store", other.path]),
                             mentions: "cannot read")
        XCTAssertTrue(try guild.run(["export", "ics", "--help"]).stdout.contains("guild export ics --output guild.ics"))
        XCTAssertTrue(try guild.run(["import", "ics", "--help"]).stdout.contains("guild import ics"))
    }

    /// Each producer's file through the binary, read in New York: imported without a warning, the meetings listed in
    /// local time, exported with the calendar's own UIDs, and a second import of the export changes nothing.
    func testCalendarsFromGoogleOutlookExchangeAndAppleImportListAndExportBack() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("GuildCoreTests/Fixtures/calendars")
        let other = folder.appendingPathComponent("calendars")
        XCTAssertEqual(try guild.run(["init", "--store", other.path]).status, 0)
        let newYork = ["TZ": "America/New_York", "GUILD_NOW": "2026-03-02T12:00:00Z"]
        for name in ["google-calendar.ics", "outlook-desktop.ics", "exchange-owa.ics", "apple-calendar.ics"] {
            let result = try guild.run(["import", "ics", fixtures.appendingPathComponent(name).path, "--store", other.path], environment: newYork)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stderr, "", "\(name) imports without a warning")
            XCTAssertTrue(result.stdout.contains("0 updated, 0 unchanged"), result.stdout)
        }
        let list = try guild.run(["list", "sessions", "--days", "14", "--store", other.path], environment: newYork)
        XCTAssertEqual(list.status, 0, list.stderr)
        // 16:00 in Berlin is 11:00 in New York between the two daylight-saving changes; the moved meeting shows once.
        XCTAssertTrue(list.stdout.contains("Tue 2026-03-10 11:00"), list.stdout)
        XCTAssertTrue(list.stdout.contains("Thu 2026-03-05 11:00    OTHER   Wöchentliches Tech-Meeting"), list.stdout)
        XCTAssertFalse(list.stdout.contains("Tue 2026-03-03 10:00    OTHER   Wöchentliches Tech-Meeting"), list.stdout)
        XCTAssertTrue(list.stdout.contains("Sun 2026-03-15 all day  OTHER   Gilden-Geburtstag"), list.stdout)

        let file = folder.appendingPathComponent("calendars.ics")
        XCTAssertEqual(try guild.run(["export", "ics", "--output", file.path, "--store", other.path], environment: newYork).status, 0)
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(text.contains("UID:0qv8i3k2l5ml9o1bqs6f0g7t4c@google.com\r\n"), "Google's UID is written back")
        XCTAssertTrue(text.contains("UID:7A1C6E0B-2F4D-4A8E-9C3B-5D6E7F809A1B\r\n"), "Apple's UID is written back")
        XCTAssertFalse(text.contains("@guild"), "no event gets a new UID")
        XCTAssertTrue(text.contains("RECURRENCE-ID;TZID=Europe/Berlin:20260303T160000\r\nDTSTART;TZID=Europe/Berlin:20260305T170000\r\n"))
        let again = try guild.run(["import", "ics", file.path, "--store", other.path], environment: ["TZ": "Asia/Kolkata"])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("0 added, 0 updated"), again.stdout)
    }

    func testSiteExportWritesLinkedMarkdown() throws {
        let site = folder.appendingPathComponent("wiki")
        let result = try guild.run(["export", "site", site.path, "--store", store.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        for file in ["README.md", "minutes/README.md", "learnings.md", "solutions.md", "skills.md", "communities.md"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent(file).path), file)
        }
        let minutes = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("minutes").path)
        XCTAssertGreaterThan(minutes.count, 3)
        assertOneLineFailure(try guild.run(["export", "site", store.path, "--store", store.path]), mentions: "is the store itself")
        XCTAssertTrue(try guild.run(["export", "site", "--help"]).stdout.contains("guild export site ./wiki"))
    }

    func testExportPostWritesADraftAboutTheLatestHeldMeeting() throws {
        let printed = try guild.run(["export", "post", "Weekly tech meeting", "--store", store.path])
        XCTAssertEqual(printed.status, 0, printed.stderr)
        XCTAssertTrue(printed.stdout.hasPrefix("---\ntitle: \"Weekly tech meeting\"\ndate: 2026-"), printed.stdout)
        XCTAssertTrue(printed.stdout.contains("\ndraft: true\n---\n"), printed.stdout)
        for part in ["# Weekly tech meeting", "## What we decided", "## Next steps", "## Thanks"] {
            XCTAssertTrue(printed.stdout.contains(part), "\(part) in\n\(printed.stdout)")
        }
        let file = folder.appendingPathComponent("posts/weekly.md")
        let wrote = try guild.run(["export", "post", "Weekly tech meeting", "-o", file.path, "--store", store.path])
        XCTAssertEqual(wrote.status, 0, wrote.stderr)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), printed.stdout)
        XCTAssertTrue(wrote.stderr.contains("Wrote a draft post"), wrote.stderr)

        let planned = try guild.run(["export", "post", "Terraform", "--store", store.path])
        XCTAssertEqual(planned.status, 1)
        XCTAssertTrue(planned.stderr.contains("has not taken place yet"), planned.stderr)
        XCTAssertEqual(try guild.run(["export", "post", "no such session at all", "--store", store.path]).status, 1)
        XCTAssertTrue(try guild.run(["export", "post", "--help"]).stdout.contains("guild export post"))
    }

    func testSessionMaterialsAndTakeawaysFromTheCommandLine() throws {
        let s = ["--store", store.path]
        func run(_ arguments: [String], stdin: String? = nil) throws -> GuildBinary.Outcome { try guild.run(arguments + s, stdin: stdin.map { Data($0.utf8) }) }
        let linked = try run(["session", "link", "threat modelling", "recording", "https://media.example.com/threat"])
        XCTAssertEqual(linked.status, 0, linked.stderr)
        XCTAssertTrue(linked.stdout.contains("Recording added to “Security threat modelling 101”"), linked.stdout)
        // The session may come first, and KIND=URL is one word.
        let slides = try run(["session", "threat modelling", "link", "slides=https://media.example.com/threat.pdf", "--title", "Deck"])
        XCTAssertEqual(slides.status, 0, slides.stderr)
        let takeaways = try run(["session", "takeaways", "threat modelling", "- Start from data flows\n- STRIDE per element"])
        XCTAssertEqual(takeaways.status, 0, takeaways.stderr)
        XCTAssertEqual(try run(["session", "takeaways", "threat modelling"]).stdout, "- Start from data flows\n- STRIDE per element\n",
                       "a takeaway beginning with - is text, never an option")
        let piped = try run(["session", "takeaways", "threat modelling", "-"], stdin: "- From stdin\n- Two lines\n")
        XCTAssertEqual(piped.status, 0, piped.stderr)
        XCTAssertEqual(try run(["session", "takeaways", "threat modelling"]).stdout, "- From stdin\n- Two lines\n")

        let post = try run(["export", "post", "threat modelling"])
        XCTAssertTrue(post.stdout.contains("## Key takeaways\n\n- From stdin\n- Two lines\n"), post.stdout)
        XCTAssertTrue(post.stdout.contains("- Recording: [https\\://media\\.example\\.com/threat](https://media.example.com/threat)"), post.stdout)
        XCTAssertTrue(post.stdout.contains("- Slides: [Deck](https://media.example.com/threat.pdf)"), post.stdout)
        let report = try run(["report", "--quarter", "2026-Q4"])
        XCTAssertTrue(report.stdout.contains("[recording](https://media.example.com/threat), [slides](https://media.example.com/threat.pdf)"), report.stdout)
        XCTAssertTrue(report.stdout.contains("### Security threat modelling 101\n\n- From stdin\n"), report.stdout)

        XCTAssertEqual(try run(["session", "unlink", "threat modelling", "slides"]).status, 0)
        XCTAssertFalse(try run(["export", "post", "threat modelling"]).stdout.contains("Deck"))
        let hostile = try run(["session", "link", "threat modelling", "other", "javascript:alert(1)"])
        XCTAssertEqual(hostile.status, 1)
        XCTAssertTrue(hostile.stderr.contains("is not an http:// or https:// address"), hostile.stderr)
        let unknown = try run(["session", "link", "threat modelling", "podcast", "https://x.example.com"])
        XCTAssertTrue(unknown.stderr.contains("\"podcast\" is not a kind of link"), unknown.stderr)
        XCTAssertEqual(try run(["session", "unlink", "threat modelling", "slides"]).status, 1, "nothing left to remove says so")

        let added = try run(["add", "session", "Docs day", "--at", "2026-11-02 10:00", "--link", "recording=https://media.example.com/d",
                             "--takeaways", "- Written with the session"])
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertTrue(try run(["export", "post", "Docs day"]).stdout.contains("- Written with the session"))
    }

    func testAHeldSessionWithoutTakeawaysOrARecordingIsListedForItsFacilitator() throws {
        struct Week: Decodable { struct Held: Decodable { var title: String }; var undocumented: [Held] }
        let before = try guild.run(["me", "--as", "fatima", "--json", "--store", store.path])
        XCTAssertEqual(before.status, 0, before.stderr)
        XCTAssertEqual(try JSONDecoder().decode(Week.self, from: Data(before.stdout.utf8)).undocumented.map(\.title), ["Security threat modelling 101"])
        XCTAssertTrue(try guild.run(["me", "--as", "fatima", "--store", store.path]).stdout.contains("Not yet documented"))
        XCTAssertEqual(try guild.run(["session", "takeaways", "threat modelling", "Start from data flows", "--store", store.path]).status, 0)
        let after = try guild.run(["me", "--as", "fatima", "--json", "--store", store.path])
        XCTAssertEqual(try JSONDecoder().decode(Week.self, from: Data(after.stdout.utf8)).undocumented.count, 0)
        XCTAssertFalse(try guild.run(["me", "--as", "fatima", "--store", store.path]).stdout.contains("Not yet documented"))
    }
}
