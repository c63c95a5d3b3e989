import Foundation
import GuildTestSupport
import XCTest

/// Editing through a real terminal: a session with an agenda, a quick-added action item, a matrix cell, an undo;
/// then quit, reopen and find everything as left, on screen and in the files (`guild list … --json`).
final class EditingEndToEndTests: XCTestCase {
    private var guild: GuildBinary!
    private var store: URL!

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        store = try guild.demoStore(self)
    }

    private func open() throws -> TmuxSession {
        try guild.openInTmux(["--store", store.path], environment: ["EDITOR": "/bin/true"])
    }

    /// `guild list WHAT --json [--all]` decoded as an array of objects.
    private func list(_ what: String, all: Bool = false) throws -> [[String: Any]] {
        let outcome = try guild.run(["list", what, "--json", "--store", store.path] + (all ? ["--all"] : []))
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
    }

    private func id(_ objects: [[String: Any]], where key: String, is value: String) throws -> String {
        try XCTUnwrap(objects.first { $0[key] as? String == value }?["id"] as? String, "\(key) = \(value)")
    }

    /// The current rating of `skill` in `person`'s rating file.
    private func currentRating(person: String, skill: String) throws -> [String: Any]? {
        let file = store.appendingPathComponent("ratings").appendingPathComponent(person.lowercased() + ".json")
        let data = try Data(contentsOf: FileManager.default.fileExists(atPath: file.path) ? file
            : store.appendingPathComponent("ratings").appendingPathComponent(person + ".json"))
        let sheet = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let ratings = (sheet["ratings"] as? [[String: Any]] ?? []).filter { $0["skillID"] as? String == skill }
        return ratings.max { ($0["ratedAt"] as? String ?? "") < ($1["ratedAt"] as? String ?? "") }
    }

    func testCreateQuickAddRateUndoThenReopenAndFindItAll() throws {
        let tmux = try open()
        try tmux.expect("Upcoming sessions")

        // A session with an agenda, a facilitator picked by completion, a date typed as people do.
        try tmux.send("n")
        try tmux.expect("New session")
        try tmux.send("Zero-downtime migrations", literal: true)
        try tmux.send("Tab", "Tab")
        try tmux.send("fri 16:00", literal: true)
        try tmux.expect("→ Fri 27 Nov 2026 16:00 (in 5 days)")
        try tmux.send("Tab", "Tab", "Tab")
        try tmux.send("zo", literal: true)
        try tmux.expect("Zoë Ångström @zoe")
        try tmux.send("Tab", "Tab", "Tab", "Tab")
        try tmux.send("Intro=5; Talk=40 @noah; round:Q&A=15", literal: true)
        try tmux.expect("→ 3 items, 60 min of 60")
        try tmux.send("Enter")
        try tmux.expect("Saved new session “Zero-downtime migrations”")

        // Quick add from the home screen, showing what it understood.
        try tmux.send("a")
        try tmux.expect("Add action item")
        try tmux.send("Fix flaky CI @zoe due:fri #ci", literal: true)
        try tmux.expect("Due Fri 27 Nov 2026 (in 5 days)")
        try tmux.send("Enter")
        try tmux.expect("Saved new action item “Fix flaky CI”")

        // A matrix cell: level 4, then interest, then undo the interest.
        try tmux.send("2")
        try tmux.send("l")
        try tmux.expect("rated 20")
        try tmux.send("4")
        let rated = try tmux.expect("→ 4 expert / can teach")
        let savedLine = try XCTUnwrap(rated.split(separator: "\n").last { $0.contains("Saved ") })
        let cell = savedLine.components(separatedBy: "Saved ")[1].components(separatedBy: " → ")[0]
        let names = cell.components(separatedBy: " · ")
        XCTAssertEqual(names.count, 2, String(savedLine))
        try tmux.send("i")
        try tmux.expect("wants to learn")
        try tmux.send("u")
        try tmux.expect("Undone:")
        try tmux.send("q")
        try tmux.expect("EXIT=0")

        // The files say the same.
        let sessions = try list("sessions", all: true)
        let session = try XCTUnwrap(sessions.first { $0["title"] as? String == "Zero-downtime migrations" })
        let agenda = try XCTUnwrap(session["agenda"] as? [[String: Any]])
        XCTAssertEqual(agenda.map { $0["title"] as? String }, ["Intro", "Talk", "Q&A"])
        XCTAssertEqual(agenda.map { $0["minutes"] as? Int }, [5, 40, 15])
        let people = try list("people")
        XCTAssertEqual(session["facilitator"] as? String, try id(people, where: "handle", is: "zoe"))
        XCTAssertEqual(session["start"] as? String, "2026-11-27T15:00:00Z")

        let actions = try list("actions")
        let item = try XCTUnwrap(actions.first { $0["title"] as? String == "Fix flaky CI" })
        XCTAssertEqual(item["due"] as? String, "2026-11-27")
        XCTAssertEqual(item["tag"] as? String, "ci")
        XCTAssertEqual(item["owner"] as? String, try id(people, where: "handle", is: "zoe"))

        let skills = try list("skills")
        let personID = try id(people, where: "name", is: names[0])
        let skillID = try id(skills, where: "name", is: names[1])
        let rating = try XCTUnwrap(try currentRating(person: personID, skill: skillID))
        XCTAssertEqual(rating["level"] as? Int, 4)
        XCTAssertEqual(rating["ratedAt"] as? String, "2026-11-22T09:00:00Z", "a dated entry in the history")
        XCTAssertEqual(rating["wantsToLearn"] as? Bool, false, "the interest change was undone")

        // Reopen: everything as left.
        let again = try open()
        let screen = try again.expect("Zero-downtime migrations")
        XCTAssertTrue(screen.contains("Fix flaky CI"), screen)
        try again.send("2")
        try again.send("l")
        try again.expect("\(names[0]) · \(names[1]) · 4 expert / can teach · rated 2026-11-22")
        try again.send("q")
        try again.expect("EXIT=0")
    }

    func testDeleteAsksThenUndoBringsTheFileBack() throws {
        let tmux = try open()
        try tmux.expect("Open action items")
        let before = try list("actions")
        try tmux.send("3")
        try tmux.send("D")
        try tmux.expect("Delete?")
        try tmux.send("y")
        try tmux.expect("Deleted action item")
        XCTAssertEqual(try list("actions").count, before.count - 1)
        try tmux.send("u")
        try tmux.expect("Undone:")
        XCTAssertEqual(Set(try list("actions").compactMap { $0["id"] as? String }), Set(before.compactMap { $0["id"] as? String }))
        try tmux.send("q")
        try tmux.expect("EXIT=0")
    }

    func testAnEditShownAsSavedSurvivesSIGKILL() throws {
        let tmux = try open()
        try tmux.expect("Open action items")
        try tmux.send("a")
        try tmux.expect("Add action item")
        try tmux.send("Survives a crash @noah due:tomorrow", literal: true)
        try tmux.send("Enter")
        try tmux.expect("Saved new action item “Survives a crash”")
        let pid = try XCTUnwrap(try tmux.programPID(), "guild is running")
        _ = try TmuxSession.run("kill -KILL \(pid)")
        let ended = try tmux.expect("EXIT=")
        XCTAssertTrue(ended.contains("EXIT=137"), ended)
        let item = try XCTUnwrap(try list("actions").first { $0["title"] as? String == "Survives a crash" })
        XCTAssertEqual(item["due"] as? String, "2026-11-23")
    }
}

/// The `$EDITOR` escape hatch for multi-line text, through a real terminal.
final class EditorEndToEndTests: XCTestCase {
    func testCtrlXRunsTheEditorAndTheTextComesBack() throws {
        let guild = try GuildBinary.locate()
        let store = try guild.demoStore(self)
        let folder = store.deletingLastPathComponent()
        // A stand-in editor that writes two lines into the file it is given.
        let editor = folder.appendingPathComponent("fake-editor.sh")
        try SessionDetailsEditor.make(at: editor, writing: "Bring a laptop\n\nSlides follow in the channel")
        let tmux = try guild.openInTmux(["--store", store.path], environment: ["EDITOR": editor.path, "VISUAL": ""])
        try SessionDetailsEditor.editAndSave(in: tmux, firstLine: "Bring a laptop", extraLines: 2)
        let listed = try guild.run(["list", "sessions", "--all", "--json", "--store", store.path])
        let sessions = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        XCTAssertTrue(sessions.contains { $0["details"] as? String == "Bring a laptop\n\nSlides follow in the channel" }, listed.stdout)
    }

    /// An editor that reads the terminal (as vi does) gets it — it runs in the dashboard's foreground process group —
    /// and Ctrl-Z while it runs stops the whole job for the shell; `fg` continues the editor where it was.
    func testAnEditorReadingTheTerminalGetsItAndCtrlZStopsTheWholeJob() throws {
        let guild = try GuildBinary.locate()
        let store = try guild.demoStore(self)
        let config = try temporaryFolder(self, "guild-editor-config")
        try SessionDetailsEditor.typeInTerminalEditorAcrossCtrlZ(self, guild: guild, store: store,
                                                                 environment: ["XDG_CONFIG_HOME": config.path, "VISUAL": ""],
                                                                 editorVariable: "EDITOR")
    }
}
