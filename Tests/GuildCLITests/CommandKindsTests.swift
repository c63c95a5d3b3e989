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

    /// `import survey` loads people, skills and rating sheets only: it prints and writes the same as with every kind
    /// loaded, never reads a damaged action item, and an action item a newer Guild wrote still makes it refuse to write
    /// with the same message as with every kind loaded.
    func testImportSurveyLoadsItsKindsAndStillRefusesAStoreANewerGuildWrote() throws {
        let work = store.deletingLastPathComponent()
        let survey = work.appendingPathComponent("survey.csv")
        try Data("Email,Kubernetes,Go\nzoe@example.com,4,2+\npriya@example.com,3,\n".utf8).write(to: survey)
        let copy = work.appendingPathComponent("every-kind")
        try FileManager.default.copyItem(at: store, to: copy)
        let command = ["import", "survey", survey.path, "--yes", "--date", "2026-11-20"]
        let asked = try guild.run(command + ["--store", store.path])
        let everything = try guild.run(command + ["--store", copy.path], environment: ["GUILD_LOAD_EVERY_KIND": "1"])
        XCTAssertEqual(asked.status, 0, asked.stderr)
        XCTAssertTrue(asked.stdout.contains("Recorded 3 ratings for 2 people."), asked.stdout)
        XCTAssertEqual(asked.stdout, everything.stdout)
        XCTAssertEqual(asked.stderr, everything.stderr)
        for name in try FileManager.default.contentsOfDirectory(atPath: store.appendingPathComponent("ratings").path) {
            XCTAssertEqual(try Data(contentsOf: store.appendingPathComponent("ratings/" + name)),
                           try Data(contentsOf: copy.appendingPathComponent("ratings/" + name)), name)
        }

        // A damaged action item is never read.
        let damaged = "actions/0b8e5a52-0000-4000-8000-00000000003c.json"
        for folder in [store!, copy] { try Data("{\"id\": ".utf8).write(to: folder.appendingPathComponent(damaged)) }
        try Data("Email,Kubernetes\nzoe@example.com,3\n".utf8).write(to: survey)
        let skipping = try guild.run(command + ["--store", store.path])
        XCTAssertEqual(skipping.status, 0, skipping.stderr)
        XCTAssertFalse(skipping.stderr.contains("actions/"), skipping.stderr)
        let reporting = try guild.run(command + ["--store", copy.path], environment: ["GUILD_LOAD_EVERY_KIND": "1"])
        XCTAssertTrue(reporting.stderr.contains(damaged), reporting.stderr)

        // An action item written by a newer Guild: nothing is written, with the same message either way.
        let actions = store.appendingPathComponent("actions")
        let existing = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: actions.path).sorted().first { $0 != "0b8e5a52-0000-4000-8000-00000000003c.json" })
        let newer = Data(String(decoding: try Data(contentsOf: actions.appendingPathComponent(existing)), as: UTF8.self)
            .replacingOccurrences(of: "\"schema\" : 1", with: "\"schema\" : 9").utf8)
        XCTAssertTrue(String(decoding: newer, as: UTF8.self).contains("\"schema\" : 9"))
        for folder in [store!, copy] {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(damaged))
            try newer.write(to: folder.appendingPathComponent("actions/0b8e5a52-0000-4000-8000-00000000003d.json"))
        }
        try Data("Email,Kubernetes\nzoe@example.com,1\n".utf8).write(to: survey)
        let sheets = try FileManager.default.contentsOfDirectory(atPath: store.appendingPathComponent("ratings").path).sorted()
        let before = try sheets.map { try Data(contentsOf: store.appendingPathComponent("ratings/" + $0)) }
        let refused = try guild.run(command + ["--store", store.path])
        let refusedEverything = try guild.run(command + ["--store", copy.path], environment: ["GUILD_LOAD_EVERY_KIND": "1"])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("read-only") && refused.stderr.contains("schema 9"), refused.stderr)
        XCTAssertEqual(refused.status, refusedEverything.status)
        XCTAssertEqual(refused.stderr, refusedEverything.stderr)
        XCTAssertEqual(try sheets.map { try Data(contentsOf: store.appendingPathComponent("ratings/" + $0)) }, before, "nothing written")
    }
}
