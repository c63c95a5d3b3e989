import Foundation
import GuildCore
import GuildTestSupport
import XCTest

final class CommandLineTests: XCTestCase {
    private var guild: GuildBinary!
    private var store: URL!

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        store = try temporaryFolder(self).appendingPathComponent("store")
    }

    private func demo() throws {
        let result = try guild.run(["demo", "--store", store.path])
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    /// `guild list` takes any registered kind by its folder, from the kind's descriptor: the form's list rows (or the
    /// records' titles) as a table, the stored records as JSON; an unknown word is refused with the choices.
    func testListTakesAnyKindByItsFolder() throws {
        try demo()
        let sample = SampleTeam.make(now: Date(), calendar: Calendar(identifier: .gregorian))
        for kind in RecordKind.allCases where !["sessions", "actions", "people", "skills"].contains(kind.folder) {
            let listed = try guild.run(["list", kind.folder, "--json", "--store", store.path])
            XCTAssertEqual(listed.status, 0, listed.stderr)
            let array = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]]
            XCTAssertFalse(array?.isEmpty ?? true, kind.folder)
            XCTAssertEqual(Set(array?.compactMap { $0["id"] as? String } ?? []).count, array?.count, kind.folder)
            let table = try guild.run(["list", kind.folder, "--store", store.path])
            XCTAssertEqual(table.status, 0, table.stderr)
            XCTAssertTrue(table.stdout.hasPrefix(kind.descriptor.noun.uppercased()), "\(kind.folder): \(table.stdout)")
            XCTAssertEqual(table.stdout.split(separator: "\n").count, (array?.count ?? 0) + 1, kind.folder)
        }
        let topics = try guild.run(["list", "topics", "--store", store.path]).stdout
        for topic in sample.topics.values { XCTAssertTrue(topics.contains(topic.title), topic.title) }
        let refused = try guild.run(["list", "gizmos", "--store", store.path])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("“gizmos” is not something to list: use one of sessions, actions, people, skills, ratings, notes"),
                      refused.stderr)
    }

    func testInitCreatesAnEmptyStoreThatLists() throws {
        let created = try guild.run(["init", "--store", store.path, "--name", "Backend guild"])
        XCTAssertEqual(created.status, 0, created.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: store.appendingPathComponent("guild.json").path))
        let people = try guild.run(["list", "people", "--store", store.path])
        XCTAssertEqual(people.status, 0, people.stderr)
        XCTAssertTrue(people.stdout.contains("No people yet"), people.stdout)
    }

    func testStoreFromEnvironment() throws {
        XCTAssertEqual(try guild.run(["init"], environment: ["GUILD_STORE": store.path]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: store.appendingPathComponent("guild.json").path))
    }

    func testGuildNowPinsTheClockInAnyISOFormAndABadOneIsRefused() throws {
        try demo()
        func overdue(_ now: String) throws -> String {
            let listed = try guild.run(["list", "actions", "--store", store.path], environment: ["GUILD_NOW": now])
            XCTAssertEqual(listed.status, 0, listed.stderr)
            return listed.stdout
        }
        let utc = try overdue("2026-11-22T09:00:00Z")
        XCTAssertEqual(try overdue("2026-11-22T10:00:00+01:00"), utc, "the same instant with an offset")
        XCTAssertEqual(try overdue("2026-11-22T09:00:00.000Z"), utc, "the same instant with milliseconds")
        XCTAssertNotEqual(try overdue("2027-02-22T09:00:00Z"), utc, "three months later more is overdue")
        for bad in ["tomorrow", "2026-02-30T09:00:00Z", "2026-11-22 09:00"] {
            let refused = try guild.run(["list", "actions", "--store", store.path], environment: ["GUILD_NOW": bad])
            XCTAssertNotEqual(refused.status, 0, bad)
            XCTAssertTrue(refused.stderr.contains("GUILD_NOW=\(bad) is not an ISO-8601 time"), refused.stderr)
        }
    }

    func testDemoWritesASampleTeamAndJSONParses() throws {
        try demo()
        let people = try guild.run(["list", "people", "--json", "--store", store.path])
        XCTAssertEqual(people.status, 0, people.stderr)
        let decoded = try JSONSerialization.jsonObject(with: Data(people.stdout.utf8)) as? [[String: Any]]
        XCTAssertEqual(decoded?.count, 15)
        XCTAssertTrue(decoded?.contains { $0["name"] as? String == "Zoë Ångström" } ?? false)

        for what in ["sessions", "actions", "skills"] {
            let listed = try guild.run(["list", what, "--json", "--store", store.path])
            XCTAssertEqual(listed.status, 0, listed.stderr)
            let array = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [Any]
            XCTAssertFalse(array?.isEmpty ?? true, what)
        }
        // Running the demo again replaces the old demo store instead of refusing.
        try demo()
    }

    func testDemoRefusesAFolderThatIsNotADemo() throws {
        XCTAssertEqual(try guild.run(["init", "--store", store.path]).status, 0)
        assertOneLineFailure(try guild.run(["demo", "--store", store.path]), mentions: "not a demo store")
        XCTAssertTrue(FileManager.default.fileExists(atPath: store.appendingPathComponent("guild.json").path))
    }

    func testListActionsShowsOverdueFirst() throws {
        try demo()
        let result = try guild.run(["list", "actions", "--store", store.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertTrue(lines.first?.hasPrefix("DUE") ?? false)
        XCTAssertTrue(lines.dropFirst().first?.contains("(overdue)") ?? false, result.stdout)
        XCTAssertFalse(result.stdout.contains("Book a room"), "done items are hidden")
    }

    func testAddActionResolvesOwnerAndDueDate() throws {
        try demo()
        let added = try guild.run(["add", "action", "Write the runbook", "--owner", "@zoe", "--due", "fri", "--store", store.path])
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertTrue(added.stdout.contains("due 2026-11-27"), added.stdout)
        let json = try guild.run(["list", "actions", "--json", "--store", store.path])
        let items = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
        let item = try XCTUnwrap(items.first { $0["title"] as? String == "Write the runbook" })
        XCTAssertEqual(item["due"] as? String, "2026-11-27")
        XCTAssertEqual(item["status"] as? String, "open")
    }

    func testBadInputIsOneClearLine() throws {
        try demo()
        assertOneLineFailure(try guild.run(["add", "action", "X", "--owner", "nobody", "--store", store.path]), mentions: "no person with handle \"nobody\"")
        assertOneLineFailure(try guild.run(["add", "action", "X", "--owner", "zoe", "--due", "someday", "--store", store.path]), mentions: "\"someday\"")
        assertOneLineFailure(try guild.run(["add", "action", " ", "--owner", "zoe", "--store", store.path]), mentions: "title")
        assertOneLineFailure(try guild.run(["rate", "zoe", "Cobol", "3", "--store", store.path]), mentions: "no skill named \"Cobol\"")
        assertOneLineFailure(try guild.run(["rate", "zoe", "Go", "7", "--store", store.path]), mentions: "\"7\" is not a level")
        assertOneLineFailure(try guild.run(["add", "person", "Zoë", "--handle", "zoe", "--store", store.path]), mentions: "taken")
        assertOneLineFailure(try guild.run(["add", "session", "Talk", "--at", "fri", "--store", store.path]), mentions: "needs a time")
        assertOneLineFailure(try guild.run(["add", "session", "Talk", "--at", "fri 15:00", "--format", "party", "--store", store.path]), mentions: "not a format")
        let missing = store.deletingLastPathComponent().appendingPathComponent("nowhere")
        assertOneLineFailure(try guild.run(["list", "people", "--store", missing.path]), mentions: missing.path)
        // A file where the store folder should be.
        let file = store.deletingLastPathComponent().appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        assertOneLineFailure(try guild.run(["list", "people", "--store", file.path]), mentions: file.path)
    }

    func testRateKeepsHistory() throws {
        XCTAssertEqual(try guild.run(["init", "--store", store.path]).status, 0)
        XCTAssertEqual(try guild.run(["add", "person", "Zoë Ångström", "--handle", "zoe", "--store", store.path]).status, 0)
        XCTAssertEqual(try guild.run(["add", "skill", "Kubernetes", "--category", "Infrastructure", "--store", store.path]).status, 0)
        XCTAssertEqual(try guild.run(["rate", "zoe", "kubernetes", "learning", "--learn", "--store", store.path],
                                     environment: ["GUILD_NOW": "2026-01-10T09:00:00Z"]).status, 0)
        let second = try guild.run(["rate", "zoe", "Kubernetes", "3", "--teach", "--store", store.path])
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stdout.contains("3 (proficient)"), second.stdout)
        let sheets = try FileManager.default.contentsOfDirectory(atPath: store.appendingPathComponent("ratings").path).filter { $0.hasSuffix(".json") }
        XCTAssertEqual(sheets.count, 1)
        let text = try String(contentsOf: store.appendingPathComponent("ratings").appendingPathComponent(sheets[0]), encoding: .utf8)
        XCTAssertEqual(text.components(separatedBy: "\"level\"").count - 1, 2, "both dated ratings are kept:\n\(text)")
    }

    func testAddSessionWithAgendaAndRecurrence() throws {
        try demo()
        let result = try guild.run(["add", "session", "Retro", "--format", "other", "--at", "fri 15:00", "--minutes", "30",
                                    "--facilitator", "amara", "--agenda", "round:How did it go?=20", "--agenda", "Actions=10",
                                    "--repeat", "monthly", "--store", store.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try guild.run(["list", "sessions", "--all", "--json", "--store", store.path])
        let sessions = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
        let retro = try XCTUnwrap(sessions.first { $0["title"] as? String == "Retro" })
        let agenda = try XCTUnwrap(retro["agenda"] as? [[String: Any]])
        XCTAssertEqual(agenda.count, 2)
        XCTAssertEqual(agenda.first?["isRound"] as? Bool, true)
        XCTAssertEqual((retro["recurrence"] as? [String: Any])?["frequency"] as? String, "monthly")
    }

    func testEveryCommandHelpTeachesWithAnExample() throws {
        for command in [["init"], ["demo"], ["list"], ["add", "action"], ["add", "person"], ["add", "session"], ["add", "skill"], ["rate"]] {
            let result = try guild.run(command + ["--help"])
            XCTAssertEqual(result.status, 0, command.joined(separator: " "))
            XCTAssertTrue(result.stdout.contains("Example"), "\(command) --help has an example:\n\(result.stdout)")
            XCTAssertTrue(result.stdout.contains("--store"), "\(command) takes --store")
        }
        let root = try guild.run(["--help"])
        XCTAssertTrue(root.stdout.contains("guild demo --open"), root.stdout)
    }

    func testHostileTextNeverReachesTheTerminal() throws {
        XCTAssertEqual(try guild.run(["init", "--store", store.path]).status, 0)
        let evil = "Evil\u{1B}]0;pwned\u{07}\u{1B}[2J"
        XCTAssertEqual(try guild.run(["add", "person", evil, "--handle", "evil", "--store", store.path]).status, 0)
        let listed = try guild.run(["list", "people", "--store", store.path])
        XCTAssertFalse(listed.stdout.contains("\u{1B}"), "no escape byte in output")
        XCTAssertTrue(listed.stdout.contains("Evil"))
        let json = try guild.run(["list", "people", "--json", "--store", store.path])
        XCTAssertFalse(json.stdout.contains("\u{1B}"))
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        XCTAssertEqual(decoded?.first?["name"] as? String, evil, "JSON keeps the exact text, escaped")
    }

    /// A hint naming a dashboard key names it as the user's keys.json binds it.
    func testTheNoLiveMeetingHintNamesTheRemappedMeetingKey() throws {
        try demo()
        let config = try temporaryFolder(self, "guild-config")
        try FileManager.default.createDirectory(at: config.appendingPathComponent("guild"), withIntermediateDirectories: true)
        try Data(#"{"meeting.start": ["f9"]}"#.utf8).write(to: config.appendingPathComponent("guild/keys.json"))
        let standard = try guild.run(["rate-meeting", "4", "--store", store.path], environment: ["XDG_CONFIG_HOME": store.path + "-no-config"])
        XCTAssertEqual(standard.status, 1)
        XCTAssertTrue(standard.stderr.contains("press m on a session in the dashboard"), standard.stderr)
        let remapped = try guild.run(["rate-meeting", "4", "--store", store.path], environment: ["XDG_CONFIG_HOME": config.path])
        XCTAssertEqual(remapped.status, 1)
        XCTAssertTrue(remapped.stderr.contains("press F9 on a session in the dashboard"), remapped.stderr)
    }
}
