import Foundation
import GuildTestSupport
import XCTest

/// Commands load only the record kinds they read (`CommandKinds`): the same output as with every kind loaded, and no
/// file of another kind is read.
final class CommandKindsTests: XCTestCase {
    private var guild: GuildBinary!
    private var store: URL!

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        store = try temporaryFolder(self).appendingPathComponent("store")
        let demo = try guild.run(["demo", "--store", store.path])
        XCTAssertEqual(demo.status, 0, demo.stderr)
    }

    /// Every read-only command that names its kinds prints exactly what it prints with every kind loaded
    /// (`GUILD_LOAD_EVERY_KIND=1`), on the sample team, which has records of every kind.
    func testCommandsPrintTheSameAsWithEveryKindLoaded() throws {
        let commands: [[String]] = [
            ["list", "sessions"], ["list", "sessions", "--all"], ["list", "sessions", "--json"], ["list", "sessions", "--all", "--json"],
            ["list", "actions"], ["list", "actions", "--all"], ["list", "actions", "--json"], ["list", "actions", "--all", "--json"],
            ["list", "people"], ["list", "people", "--json"], ["list", "skills"], ["list", "skills", "--json"],
            ["who", "kubernetes"], ["who", "flaky tests", "--all"], ["who", "api design", "--json"], ["who", "accessibility", "--all"],
            ["gaps"], ["gaps", "--json"], ["staff", "Kubernetes, Go"], ["staff", "Security", "--json"],
            ["topics"], ["topics", "--all", "--json"], ["solutions"], ["solutions", "--json"], ["solutions", "find", "kafka"],
            ["learnings", "find", "tests"], ["learnings", "find", "--json"], ["learnings", "find", "flaky", "--kind", "lesson"],
            ["learnings", "find", "--kind", "win", "--json"],
            ["export", "ics"], ["export", "ics", "--community", "Platform guild"], ["export", "matrix"],
            ["export", "matrix", "--team", "Platform"],
            ["report", "--month", "2026-11"], ["report", "--quarter", "2026-Q4"], ["report", "--month", "2026-12"],
            ["report", "--quarter", "2026-Q4", "--community", "Platform guild"],
            ["pairs", "--dry-run", "--seed", "3"], ["pairs", "draw", "--dry-run", "--seed", "5", "--json"], ["pairs", "--for", "zoe"],
        ]
        for command in commands {
            let asked = try guild.run(command + ["--store", store.path])
            let everything = try guild.run(command + ["--store", store.path], environment: ["GUILD_LOAD_EVERY_KIND": "1"])
            XCTAssertEqual(asked.status, 0, "\(command): \(asked.stderr)")
            XCTAssertFalse(asked.stdout.isEmpty, "\(command) printed nothing")
            XCTAssertEqual(asked.status, everything.status, "\(command)")
            XCTAssertEqual(asked.stdout, everything.stdout, "\(command) prints something else with every kind loaded")
            XCTAssertEqual(asked.stderr, everything.stderr, "\(command)")
        }
    }

    /// A command does not read the files of kinds it does not need: a damaged action item is reported by the commands
    /// that read action items, and not by `guild list people` (which still reports it with every kind loaded).
    func testCommandsReadOnlyTheKindsTheyNeed() throws {
        let damaged = store.appendingPathComponent("actions/0b8e5a52-0000-4000-8000-00000000003c.json")
        try Data("{\"id\": ".utf8).write(to: damaged)
        let actions = try guild.run(["list", "actions", "--store", store.path])
        XCTAssertEqual(actions.status, 0, actions.stderr)
        XCTAssertTrue(actions.stderr.contains("actions/0b8e5a52-0000-4000-8000-00000000003c.json"), actions.stderr)
        for command in [["list", "people"], ["who", "kubernetes"], ["gaps"], ["export", "matrix"], ["list", "sessions"]] {
            let outcome = try guild.run(command + ["--store", store.path])
            XCTAssertEqual(outcome.status, 0, "\(command): \(outcome.stderr)")
            XCTAssertFalse(outcome.stderr.contains("actions/"), "\(command) read action items: \(outcome.stderr)")
        }
        let everything = try guild.run(["list", "people", "--store", store.path], environment: ["GUILD_LOAD_EVERY_KIND": "1"])
        XCTAssertTrue(everything.stderr.contains("actions/0b8e5a52-0000-4000-8000-00000000003c.json"), everything.stderr)
    }
}
