import Foundation
import GuildCore
import GuildStore
import GuildTestSupport
import XCTest

/// The meeting's save rule through real terminals: a dashboard edit to the live session survives the wrap-up, and a
/// store that refuses writes makes a meeting save fail visibly, with the screen and the typed line as they were.
final class MeetingSaveEndToEndTests: XCTestCase {
    private var guild: GuildBinary!
    private var store: URL!
    /// The round order's seed (the clock is pinned by `GuildBinary`).
    private let seeded = ["GUILD_SEED": "7"]
    private var people: [Person] = []
    private var session: Session!

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Berlin")!
        return calendar
    }

    /// Four people; a one-off meeting today at 10:00 (Berlin) with three of them expected.
    private func makeStore(status: Session.Status) throws {
        guild = try GuildBinary.locate()
        store = try temporaryFolder(self, "guild-meeting-save").appendingPathComponent("store")
        let created = try GuildStore.create(at: store, name: "Meeting save test")
        let earlier = calendar.date(from: DateComponents(year: 2026, month: 11, day: 20, hour: 9))!
        people = [("Ada Lovelace", "ada"), ("Bob Brown", "bob"), ("Cyd Charisse", "cyd"), ("Dee Dee", "dee")].map {
            Person(name: $0.0, handle: $0.1, updatedAt: earlier)
        }
        for person in people { try created.save(person, base: nil) }
        session = Session(
            title: "Weekly sync", format: .weeklyMeeting, start: calendar.date(from: DateComponents(year: 2026, month: 11, day: 22, hour: 10))!,
            durationMinutes: 30, facilitator: people[0].id, noteTaker: people[1].id, attendees: Array(people.prefix(3).map(\.id)),
            status: status, agenda: [AgendaItem(title: "Check-in", minutes: 5), AgendaItem(title: "Topic of the week", minutes: 10)],
            updatedAt: earlier)
        try created.save(session, base: nil)
    }

    private func open(_ arguments: [String], width: Int = 120, height: Int = 40) throws -> TmuxSession {
        try guild.openInTmux(arguments + ["--store", store.path], width: width, height: height, environment: seeded)
    }

    /// The session's file as stored now.
    private func storedSession() throws -> Session {
        try XCTUnwrap(GuildStore.open(at: store).loadAll(includeNotes: false).data.sessions[session.id])
    }

    func testADashboardEditToTheLiveSessionSurvivesTheMeetingsWrapUp() throws {
        try makeStore(status: .planned)
        let shared = try open(["meeting"])
        try shared.expect("Now · item 1 of 2")
        XCTAssertEqual(try storedSession().status, .live)

        // A teammate's dashboard on the same store: a new title and Dee among the attendees of the live session.
        let dashboard = try open([])
        try dashboard.expect("Weekly sync")
        try dashboard.send("e")
        try dashboard.expect("Edit session")
        try dashboard.send(" (room 4)", literal: true)
        for _ in 0..<8 { try dashboard.send("Tab") }
        try dashboard.send(", @dee", literal: true)
        try dashboard.send("Enter")
        try dashboard.expect("Saved session “Weekly sync (room 4)”")
        let edited = try storedSession()
        XCTAssertEqual(edited.title, "Weekly sync (room 4)")
        XCTAssertEqual(Set(edited.attendees), Set(people.map(\.id)))

        // The shared screen takes the edit in, then wraps up.
        try shared.expect("Weekly sync (room 4)", timeout: 5)
        try shared.send("]")
        try shared.expect("Now · item 2 of 2")
        try shared.send("]")
        try shared.expect("Wrap-up")
        try shared.send("Enter")
        let path = MinutesDocument.relativePath(for: session.id)
        try shared.expect("Minutes written to \(path)")

        let done = try storedSession()
        XCTAssertEqual(done.status, .done)
        XCTAssertEqual(done.title, "Weekly sync (room 4)", "the dashboard's title survives the wrap-up")
        XCTAssertEqual(Set(done.attendees), Set(people.map(\.id)), "so do its attendees")
        let minutes = try String(contentsOf: store.appendingPathComponent(path), encoding: .utf8)
        XCTAssertTrue(minutes.hasPrefix("# Weekly sync (room 4) — 2026-11-22 10:00"), minutes)
        XCTAssertTrue(minutes.contains("- Present (4):"), minutes)

        try shared.send("q")
        try shared.expect("EXIT=0")
        try dashboard.send("q")
        try dashboard.expect("EXIT=0")
    }

    func testAReadOnlyStoreMakesAMeetingSaveFailVisiblyAndKeepsTheScreen() throws {
        try makeStore(status: .live)
        // A newer Guild wrote this store: this one opens it read-only.
        let manifest = store.appendingPathComponent("guild.json")
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: manifest)) as? [String: Any])
        object["schema"] = 99
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: manifest)
        let before = try storedSession()

        let shared = try open(["meeting"])
        try shared.expect("Now · item 1 of 2")
        try shared.send("d")
        try shared.send("Ship on Fridays", literal: true)
        try shared.send("Enter")
        let screen = try shared.expect("Not saved: note “Ship on Fridays”: the store is read-only")
        XCTAssertTrue(screen.contains("Decision ▸ Ship on Fridays"), "the typed line stays:\n\(screen)")
        XCTAssertTrue(screen.contains("No notes yet"), "no note shows:\n\(screen)")
        XCTAssertFalse(screen.contains("Decision saved"), screen)
        let notesFolder = store.appendingPathComponent("notes/\(session.id.uuidString.lowercased())")
        XCTAssertFalse(FileManager.default.fileExists(atPath: notesFolder.path), "nothing written")

        // The wrap-up is refused the same way: the screen stays in the wrap-up and the record stays live.
        try shared.send("Escape")
        // Escape and a key right behind it would read as Alt+key: wait until the line has closed.
        XCTAssertTrue(try shared.waitFor { !$0.contains("Decision ▸") }.ok)
        try shared.send("W")
        try shared.expect("Wrap-up")
        try shared.send("Enter")
        let refused = try shared.expect("Not saved: session “Weekly sync”: the store is read-only")
        XCTAssertFalse(refused.contains("Meeting finished"), refused)
        XCTAssertEqual(try storedSession(), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.appendingPathComponent("minutes").path))

        // Someone left the room: leaving cannot keep that either, says so, and the second q leaves.
        try shared.send("A")
        try shared.expect("Attendance · 3 of 3 here")
        try shared.send("Space")
        try shared.expect("Attendance · 2 of 3 here")
        try shared.send("Escape")
        XCTAssertTrue(try shared.waitFor { !$0.contains("Attendance ·") }.ok)
        try shared.send("q")
        try shared.expect("q again leaves without saving · Not saved: session “Weekly sync”: the store is read-only")
        try shared.send("q")
        try shared.expect("EXIT=0")
        XCTAssertEqual(try storedSession(), before)
    }
}
