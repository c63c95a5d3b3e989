import Foundation
import GuildCore
import GuildStore
import GuildTestSupport
import XCTest

/// `keys.json` through the real binary: a remapped meeting key works in `guild meeting` and in a meeting started from
/// the dashboard, `?`'s remap shows the meeting's own keys, a bad entry is reported, and `guild keys` lists the result.
final class KeymapEndToEndTests: XCTestCase {
    private var guild: GuildBinary!
    private var store: URL!
    private var config: URL!

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        store = try temporaryFolder(self).appendingPathComponent("store")
        config = try temporaryFolder(self, "guild-config")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Berlin")!
        let created = try GuildStore.create(at: store, name: "Keymap test")
        let now = calendar.date(from: DateComponents(year: 2026, month: 11, day: 20, hour: 9))!
        let ada = Person(name: "Ada Lovelace", handle: "ada", updatedAt: now)
        try created.save(ada, base: nil)
        // Today at 10:00 Berlin, when the pinned clock says it is.
        try created.save(Session(title: "Weekly sync", format: .weeklyMeeting,
                                 start: calendar.date(from: DateComponents(year: 2026, month: 11, day: 22, hour: 10))!, durationMinutes: 30,
                                 facilitator: ada.id, attendees: [ada.id],
                                 agenda: [AgendaItem(title: "Check-in", minutes: 5), AgendaItem(title: "Topic of the week", minutes: 10)],
                                 updatedAt: now), base: nil)
        let keys = #"{"meeting.timer.toggle": ["T"], "app.help": ["f1"], "meeting.nope": ["x"]}"#
        try FileManager.default.createDirectory(at: config.appendingPathComponent("guild"), withIntermediateDirectories: true)
        try Data(keys.utf8).write(to: config.appendingPathComponent("guild/keys.json"))
    }

    private func open(_ arguments: [String]) throws -> TmuxSession {
        try guild.openInTmux(arguments + ["--store", store.path], environment: ["XDG_CONFIG_HOME": config.path, "GUILD_SEED": "7"])
    }

    /// In the meeting: T runs the timer, Space no longer does, F1 shows the meeting's keys with the remap.
    private func checkRemappedMeeting(_ tmux: TmuxSession) throws {
        try tmux.expect("Now · item 1 of 2")
        let opened = try tmux.expect("T start/pause")
        if opened.contains("▶ running") {
            // The meeting resumed where it was left (its progress is saved): its timer still runs, so T pauses it first.
            try tmux.send("T")
            try tmux.expect("⏸ paused")
        }
        try tmux.send("T")
        try tmux.expect("▶ running")
        try tmux.send("Space", "F1")
        let help = try tmux.expect("Live meeting keys")
        XCTAssertTrue(help.contains("meeting.timer.toggle"), help)
        XCTAssertFalse(help.contains("pane.next"), "the meeting's help lists the meeting's keys:\n\(help)")
        try tmux.send("Escape")
        let screen = try tmux.waitFor { !$0.contains("Live meeting keys") }.screen
        XCTAssertTrue(screen.contains("▶ running"), "Space no longer pauses the timer:\n\(screen)")
        try tmux.send("?")
        try tmux.expect("Take a note")
        XCTAssertFalse(try tmux.screen().contains("Live meeting keys"), "? no longer opens the help")
    }

    func testARemappedMeetingKeyWorksInGuildMeetingAndFromTheDashboard() throws {
        let meeting = try open(["meeting"])
        try meeting.expect("unknown binding id \"meeting.nope\"")
        try checkRemappedMeeting(meeting)
        try meeting.send("q")
        try meeting.expect("EXIT=0")

        let dashboard = try open([])
        try dashboard.expect("meeting.nope")
        try dashboard.expect("Weekly sync")
        try dashboard.send("m")
        try checkRemappedMeeting(dashboard)
    }

    func testGuildKeysListsEveryScreenWithTheRemapsAndReportsProblems() throws {
        let result = try guild.run(["keys"], environment: ["XDG_CONFIG_HOME": config.path])
        XCTAssertEqual(result.status, 1, "a problem in keys.json fails the command")
        XCTAssertTrue(result.stdout.contains("| Timer | `T` | `meeting.timer.toggle` | start or pause the timer |"), result.stdout)
        for heading in ["### Dashboard", "### Skills map", "### Communities and health", "### Conflicts", "### Live meeting"] {
            XCTAssertTrue(result.stdout.contains(heading), heading)
        }
        XCTAssertTrue(result.stderr.contains("unknown binding id \"meeting.nope\""), result.stderr)
        let standard = try guild.run(["keys", "--standard"], environment: ["XDG_CONFIG_HOME": config.path])
        XCTAssertEqual(standard.status, 0, standard.stderr)
        XCTAssertTrue(standard.stdout.contains("| Timer | `Space` | `meeting.timer.toggle` |"), standard.stdout)
    }
}
