import Foundation
import GuildCore
import GuildTestSupport
import XCTest

/// `guild who`, `gaps`, `staff`, `pairs`, `import survey`, `export matrix`, `topics`, `solutions`, `learnings` as a user runs them.
final class SkillsMapCommandTests: XCTestCase {
    private var guild: GuildBinary!
    private var store: URL!

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        store = try guild.demoStore(self)
    }

    private func run(_ arguments: String..., stdin: Data? = nil) throws -> GuildBinary.Outcome {
        try guild.run(arguments + ["--store", store.path], stdin: stdin)
    }

    private func files(in folder: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: store.appendingPathComponent(folder).path)) ?? []
    }

    func testEveryCommandHasHelpWithAnExample() throws {
        // Parent commands (pairs, topics, solutions, learnings) run their default subcommand, which takes --store.
        for command in [["who"], ["gaps"], ["staff"], ["pairs", "draw"], ["pairs", "feedback"], ["pairs", "history"], ["import", "survey"],
                        ["export", "matrix"], ["topics", "list"], ["topics", "add"], ["topics", "vote"], ["topics", "schedule"],
                        ["solutions", "find"], ["solutions", "add"], ["solutions", "edit"], ["learnings", "find"], ["learnings", "add"]] {
            let help = try guild.run(command + ["--help"])
            XCTAssertEqual(help.status, 0, "\(command)")
            XCTAssertTrue(help.stdout.contains("guild \(command[0])"), "\(command) shows an example:\n\(help.stdout)")
            XCTAssertTrue(help.stdout.contains("--store"), "\(command) takes --store")
        }
    }

    func testWhoRanksAndExplains() throws {
        let who = try run("who", "flaky tests", "--limit", "3")
        XCTAssertEqual(who.status, 0, who.stderr)
        XCTAssertTrue(who.stdout.hasPrefix("1. "), who.stdout)
        XCTAssertTrue(who.stdout.contains("level "), who.stdout)
        XCTAssertTrue(who.stdout.contains("· "), who.stdout)
        let empty = try run("who", "the of and")
        XCTAssertEqual(empty.status, 1)
        XCTAssertEqual(empty.stderr.split(separator: "\n").count, 1, empty.stderr)
    }

    func testGapsAndStaffing() throws {
        let gaps = try run("gaps")
        XCTAssertEqual(gaps.status, 0, gaps.stderr)
        XCTAssertTrue(gaps.stdout.contains("! PostgreSQL"), gaps.stdout)
        XCTAssertTrue(gaps.stdout.contains("topic: "), gaps.stdout)
        let staff = try run("staff", "Kubernetes, Go")
        XCTAssertEqual(staff.status, 0, staff.stderr)
        XCTAssertTrue(staff.stdout.hasPrefix("coverage"), staff.stdout)
        let unknown = try run("staff", "Cobol")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("no skill named \"Cobol\""), unknown.stderr)
    }

    func testPairsDrawRecordsARoundAndFeedbackIsNoted() throws {
        let before = files(in: "pairings").count
        let dry = try run("pairs", "draw", "--dry-run", "--seed", "5")
        XCTAssertEqual(dry.status, 0, dry.stderr)
        XCTAssertEqual(files(in: "pairings").count, before, "a dry run writes nothing")
        let drawn = try run("pairs", "--seed", "5")
        XCTAssertEqual(drawn.status, 0, drawn.stderr)
        XCTAssertEqual(drawn.stdout.replacingOccurrences(of: "This round's", with: "Proposed"), dry.stdout, "same seed, same pairs")
        XCTAssertTrue(drawn.stdout.contains("trio: "), drawn.stdout)
        XCTAssertTrue(drawn.stdout.contains("Sitting out: @noah (away), @priya (opted out)"), drawn.stdout)
        XCTAssertEqual(files(in: "pairings").count, before + 1)
        let feedback = try run("pairs", "feedback", "zoe", "Fixed the flaky job together 🎉")
        XCTAssertEqual(feedback.status, 0, feedback.stderr)
        let history = try run("pairs", "history", "--rounds", "1", "--share")
        XCTAssertTrue(history.stdout.contains("✎ @zoe: Fixed the flaky job together 🎉"), history.stdout)
        XCTAssertTrue(try run("pairs", "history", "--rounds", "1").stdout.contains("✓ @zoe"), "shared once shown with --share")
        let offline = try run("pairs", "feedback", "noah", "x")
        XCTAssertEqual(offline.status, 1, "noah is away and in no round")
    }

    func testSurveyImportPreviewsRefusesWithoutTerminalAndWritesWithYes() throws {
        let csv = store.deletingLastPathComponent().appendingPathComponent("survey.csv")
        let text = "\u{FEFF}Timestamp,Email Address,Kubernetes,\"Go\",Cobol [x],Comments\r\n"
            + "2026/11/20,zoe@example.com,4*,3 - Proficient,,\"loved it, thanks\"\r\n"
            + "2026/11/20,nobody@example.com,1,1,,\r\n"
        try Data(text.utf8).write(to: csv)
        let sheet = store.appendingPathComponent("ratings")
        let before = try String(contentsOf: sheet.appendingPathComponent(files(in: "ratings").sorted()[0]), encoding: .utf8)
        let preview = try run("import", "survey", csv.path)
        XCTAssertEqual(preview.status, 1, "no terminal and no --yes")
        XCTAssertTrue(preview.stdout.contains("Zoë Ångström · Kubernetes:"), preview.stdout)
        XCTAssertTrue(preview.stderr.contains("pass --yes"), preview.stderr)
        XCTAssertTrue(preview.stderr.contains("survey.csv:3: nobody in Guild is"), preview.stderr)
        XCTAssertTrue(preview.stderr.contains("column “Cobol [x]”"), preview.stderr)
        XCTAssertEqual(try String(contentsOf: sheet.appendingPathComponent(files(in: "ratings").sorted()[0]), encoding: .utf8), before)
        let imported = try run("import", "survey", csv.path, "--yes", "--date", "2026-11-20")
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.contains("Recorded "), imported.stdout)
        let again = try run("import", "survey", csv.path, "--yes", "--date", "2026-11-20")
        XCTAssertTrue(again.stdout.contains("Nothing to write."), again.stdout)
        let missing = try run("import", "survey", "/nonexistent.csv")
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr.split(separator: "\n").count, 1, missing.stderr)
    }

    func testExportMatrixReadsBackUnchanged() throws {
        let exported = try run("export", "matrix")
        XCTAssertEqual(exported.status, 0, exported.stderr)
        XCTAssertTrue(exported.stdout.hasPrefix("Name,Handle,E-mail,Team,"), exported.stdout)
        XCTAssertEqual(exported.stdout.split(separator: "\n").count, 16)
        let csv = store.deletingLastPathComponent().appendingPathComponent("matrix.csv")
        try Data(exported.stdout.utf8).write(to: csv)
        let back = try run("import", "survey", csv.path)
        XCTAssertEqual(back.status, 0, back.stderr)
        XCTAssertTrue(back.stdout.contains("15 respondents, 0 changes"), back.stdout)
    }

    func testTopicsScheduleInOneStep() throws {
        let sessions = files(in: "sessions").count
        let vote = try run("topics", "vote", "RFCs", "--by", "zoe")
        XCTAssertEqual(vote.status, 0, vote.stderr)
        let scheduled = try run("topics", "schedule", "RFCs", "--at", "fri 16:00")
        XCTAssertEqual(scheduled.status, 0, scheduled.stderr)
        XCTAssertTrue(scheduled.stdout.contains("Scheduled “Writing good RFCs”"), scheduled.stdout)
        XCTAssertEqual(files(in: "sessions").count, sessions + 1)
        let list = try run("topics", "list", "--all")
        XCTAssertTrue(list.stdout.contains("scheduled"), list.stdout)
        let twice = try run("topics", "schedule", "RFCs", "--at", "fri 16:00")
        XCTAssertEqual(twice.status, 1)
    }

    func testSolutionsAndLearnings() throws {
        let added = try run("solutions", "add", "--need", "Send transactional e-mail", "--solution", "Postmark via the mailer",
                            "--time", "1 day", "--expert", "zoe", "--skill", "Go")
        XCTAssertEqual(added.status, 0, added.stderr)
        let edited = try run("solutions", "edit", "transactional", "--risks", "Bounces", "--expert", "noah")
        XCTAssertEqual(edited.status, 0, edited.stderr)
        XCTAssertTrue(edited.stdout.contains("ask: @zoe, @noah"), edited.stdout)
        let found = try run("solutions", "find", "bounces")
        XCTAssertTrue(found.stdout.hasPrefix("Send transactional e-mail → Postmark"), found.stdout)
        let logged = try run("learnings", "add", "Pin the clock in tests ⏰", "--kind", "lesson", "--by", "segun", "--kudos", "aanya")
        XCTAssertEqual(logged.status, 0, logged.stderr)
        let search = try run("learnings", "find", "clock")
        XCTAssertTrue(search.stdout.contains("💡 lesson — Pin the clock in tests ⏰ (by @segun; kudos @aanya)"), search.stdout)
        let bad = try run("learnings", "add", "x", "--kind", "oops")
        XCTAssertEqual(bad.status, 1)
    }
}
