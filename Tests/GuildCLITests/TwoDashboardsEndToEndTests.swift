import Foundation
import GuildCore
import GuildStore
import GuildTestSupport
import XCTest

/// Two dashboards on one store in two real terminals (tmux), as two teammates: edits of different fields of one
/// person both survive, the same field shows a conflict with both values and loses nothing, and undo keeps the
/// teammate's field. Each step checks the person's file.
final class TwoDashboardsEndToEndTests: XCTestCase {
    private var guild: GuildBinary!
    private var store: URL!

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        store = try temporaryFolder(self, "guild-two-e2e").appendingPathComponent("store")
        let demo = try guild.run(["demo", "--store", store.path])
        XCTAssertEqual(demo.status, 0, demo.stderr)
    }

    private func open() throws -> TmuxSession {
        let config = try temporaryFolder(self, "guild-config")
        let environment = ["GUILD_NOW": "2026-11-22T09:00:00Z", "TZ": "Europe/Berlin", "TERM": "xterm-256color", "XDG_CONFIG_HOME": config.path]
        let screen = try TmuxSession(command: "\(TmuxSession.quote(guild.url.path)) --store \(TmuxSession.quote(store.path))",
                                     environment: environment)
        try screen.expect("Upcoming sessions")
        return screen
    }

    /// The matrix's first person (sorted by name), read from the files.
    private func firstPerson() throws -> Person {
        let people = try GuildStore.open(at: store).loadAll().data.people.values
        return try XCTUnwrap(people.min { $0.name.localizedStandardCompare($1.name) == .orderedAscending })
    }

    private func onDisk(_ id: UUID) throws -> Person {
        try XCTUnwrap(try GuildStore.open(at: store).record(Person.self, id: id))
    }

    /// Opens "Edit person" on the matrix's first person and moves to the field `tabs` Tabs down.
    private func editField(_ screen: TmuxSession, tabs: Int, _ text: String) throws {
        try screen.send("2", "e")
        try screen.expect("Edit person")
        for _ in 0..<tabs { try screen.send("Tab") }
        try screen.send("C-u")
        try screen.send(text, literal: true)
    }

    func testTwoDashboardsDifferentFieldsSameFieldAndUndo() throws {
        let person = try firstPerson()
        let ann = try open()
        let ben = try open()

        // Different fields, both forms opened on the same version: both survive.
        try editField(ann, tabs: 2, "Platform")
        try editField(ben, tabs: 3, "SRE")
        try ann.send("Enter")
        try ann.expect("Saved person “\(person.name)”")
        try ben.send("Enter")
        try ben.expect("Saved person “\(person.name)”")
        var file = try onDisk(person.id)
        XCTAssertEqual([file.team, file.role], ["Platform", "SRE"])

        // Undo in Ann's dashboard takes back only her team; Ben's role stays.
        try ann.send("u")
        try ann.expect("Undone: person “\(person.name)”")
        file = try onDisk(person.id)
        XCTAssertEqual([file.team, file.role], [person.team, "SRE"])

        // The same field: the second save is refused with both values; Enter then keeps Ben's.
        try editField(ann, tabs: 3, "Lead")
        try editField(ben, tabs: 3, "Staff")
        try ann.send("Enter")
        try ann.expect("Saved person “\(person.name)”")
        try ben.send("Enter")
        let shown = try ben.expect("⚠ yours: Staff · on disk now: Lead")
        XCTAssertTrue(shown.contains("Enter keeps yours"), shown)
        XCTAssertFalse(shown.contains("Saved person"), shown)
        XCTAssertEqual(try onDisk(person.id).role, "Lead", "nothing written over Ann's role")
        try ben.send("Enter")
        try ben.expect("Saved person “\(person.name)”")
        file = try onDisk(person.id)
        XCTAssertEqual([file.team, file.role], [person.team, "Staff"])

        for screen in [ann, ben] {
            try screen.send("q")
            try screen.expect("EXIT=0")
        }
    }
}
