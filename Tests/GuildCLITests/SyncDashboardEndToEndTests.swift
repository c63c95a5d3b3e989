import Foundation
import GuildCore
import GuildStore
import GuildTestSupport
import XCTest

/// Sync from the dashboard through a real terminal (tmux): `--pull-every` brings another machine's edits onto an open
/// screen, and a conflict left by a sync is resolved on the conflicts screen and shared back.
extension SyncReplicaTests {
    /// The dashboard (or, with `command`, the `guild` subcommand `extra` starts with) on a replica's store in tmux.
    private func dashboard(_ replica: Replica, _ extra: [String] = [], command: Bool = false) throws -> TmuxSession {
        var environment = replica.environment
        environment["GUILD_NOW"] = "2026-03-01T10:00:00Z"
        let arguments = command ? extra + ["--store", replica.store.path] : ["--store", replica.store.path] + extra
        return try guild.openInTmux(arguments, environment: environment)
    }

    func testPullEveryShowsAnotherMachinesEditsOnAnOpenDashboard() throws {
        let (replicas, _) = try team(["Ann", "Ben"])
        let (ann, ben) = (replicas[0], replicas[1])
        let screen = try dashboard(ann, ["--pull-every", "1"])
        try screen.expect("Fix CI")
        // Ben, on his machine, adds an action item and syncs; Ann's open screen shows it without a key press.
        let store = try GuildStore.open(at: ben.store)
        _ = store.loadAll()
        try store.save(ActionItem(id: SyncFixtures.id(201), title: "Book the big room", createdAt: SyncFixtures.now), base: nil)
        try sync(ben)
        // The store's watch can show the item (git wrote the file) before the pull has finished: wait for both.
        let shown = try screen.waitFor(timeout: 20) { $0.contains("Book the big room") && $0.contains("⇅ synced") }
        XCTAssertTrue(shown.ok, shown.screen)
        try screen.send("q")
        try screen.expect("EXIT=0")
    }

    func testPullEveryBringsARemoteNoteTakersNotesOntoTheMeetingScreen() throws {
        let (replicas, session) = try team(["Ann", "Ben"])
        let (ann, ben) = (replicas[0], replicas[1])
        let screen = try dashboard(ann, ["meeting", "Weekly", "--pull-every", "1"], command: true)
        try screen.expect("Weekly")
        // Ben, the note-taker in another office, writes a note and syncs.
        let store = try GuildStore.open(at: ben.store)
        _ = store.loadAll()
        try store.save(note("Decided to move the meeting to Thursdays", by: SyncFixtures.id(1), session: session), base: nil)
        try sync(ben)
        try screen.expect("Decided to move the meeting to Thursdays", timeout: 20)
    }

    func testSyncKeyAndConflictsScreenResolveAConflictAndShareTheResolution() throws {
        let (replicas, _) = try team(["Ann", "Ben"])
        let (ann, ben) = (replicas[0], replicas[1])
        try edit(ann, Person.self, SyncFixtures.id(1)) { $0.name = "Name from Ann" }
        try edit(ben, Person.self, SyncFixtures.id(1)) { $0.name = "Name from Ben" }
        try sync(ben)

        let screen = try dashboard(ann)
        try screen.expect("Fix CI")
        try screen.send("S")
        // The conflict can show (the store's watch sees git write the file) before the sync has pushed; wait for both.
        try screen.expect("1 conflict (M)", timeout: 20)
        try screen.expect("⇅ synced", timeout: 20)
        try screen.send("M")
        var shown = try screen.expect("Merge conflicts")
        XCTAssertTrue(shown.contains("Name from Ann") && shown.contains("Name from Ben"), shown)
        XCTAssertTrue(shown.contains("this machine") && shown.contains("other machine"), shown)
        // While the conflict is open, every value is still in the file.
        let path = "people/\(SyncFixtures.id(1).uuidString.lowercased()).json"
        let conflicted = try String(contentsOf: ann.store.appendingPathComponent(path), encoding: .utf8)
        XCTAssertTrue(conflicted.contains("Name from Ann") && conflicted.contains("Name from Ben"), conflicted)
        // Choose Ben's value and keep it: the screen closes, the title bar no longer counts a conflict.
        try screen.send("l")
        try screen.send("Enter")
        shown = try screen.expect("Resolved")
        XCTAssertFalse(shown.contains("conflict (M)"), shown)
        XCTAssertTrue(shown.contains("Upcoming sessions"), shown)
        // S shares the resolution: the remote's copy of the file is the resolved record.
        try screen.send("S")
        let deadline = Date().addingTimeInterval(20)
        var remoteCopy = ""
        repeat {
            remoteCopy = (try? git(["show", "main:" + path], in: remote)) ?? ""
            if remoteCopy.contains("Name from Ben") && !remoteCopy.contains("<<<<<<<") { break }
            usleep(100_000)
        } while Date() < deadline
        XCTAssertTrue(remoteCopy.contains("Name from Ben") && !remoteCopy.contains("<<<<<<<"), remoteCopy)
        try screen.expect("Synced: committed", timeout: 20)
        try screen.send("q")
        try screen.expect("EXIT=0")

        try sync(ben)
        for replica in [ann, ben] {
            let final = try load(replica)
            XCTAssertEqual(final.problems, [], replica.name)
            XCTAssertEqual(final.data.people[SyncFixtures.id(1)]?.name, "Name from Ben", replica.name)
        }
    }

    func testAFormLeftOpenAcrossASyncKeepsTheTeammatesChange() throws {
        let (replicas, _) = try team(["Ann", "Ben"])
        let (ann, ben) = (replicas[0], replicas[1])
        let screen = try dashboard(ann)
        try screen.expect("Fix CI")
        // Ann opens her form on the person…
        try screen.send("2", "e")
        try screen.expect("Edit person")
        // …while Ben changes the team on his machine and shares it, and Ann's `guild sync` brings it in.
        try edit(ben, Person.self, SyncFixtures.id(1)) { $0.team = "Team from Ben" }
        try sync(ben)
        try sync(ann)
        let path = "people/\(SyncFixtures.id(1).uuidString.lowercased()).json"
        XCTAssertTrue(try String(contentsOf: ann.store.appendingPathComponent(path), encoding: .utf8).contains("Team from Ben"))
        // Her form still shows the old team; she changes the role and saves.
        try screen.send("Tab", "Tab", "Tab", "C-u")
        try screen.send("Role from Ann", literal: true)
        try screen.send("Enter")
        try screen.expect("Saved person")
        try screen.send("q")
        try screen.expect("EXIT=0")
        try sync(ann)
        try sync(ben)
        for replica in [ann, ben] {
            let person = try XCTUnwrap(try load(replica).data.people[SyncFixtures.id(1)], replica.name)
            XCTAssertEqual(person.team, "Team from Ben", replica.name)
            XCTAssertEqual(person.role, "Role from Ann", replica.name)
        }
    }
}
