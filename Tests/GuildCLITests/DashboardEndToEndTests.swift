import Foundation
import GuildTestSupport
import XCTest

/// The dashboard through a real terminal (tmux): what a user sees, and what the files say afterwards.
final class DashboardEndToEndTests: XCTestCase {
    private var guild: GuildBinary!
    private var store: URL!

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        store = try guild.demoStore(self)
    }

    private func open(extra: [String: String] = [:]) throws -> TmuxSession {
        try guild.openInTmux(["--store", store.path], environment: extra)
    }

    func testOpensOnThreePanesAndMovesBetweenThem() throws {
        let tmux = try open()
        let screen = try tmux.expect("Upcoming sessions")
        XCTAssertTrue(screen.contains("Skills matrix"), screen)
        XCTAssertTrue(screen.contains("Open action items"), screen)
        XCTAssertTrue(screen.contains("Sun 22 Nov 2026"), "title bar shows today")
        XCTAssertTrue(screen.contains("Code review with a twist"), screen)
        XCTAssertTrue(screen.contains("Zoë Ångström"), screen)
        // Focus the matrix and move right: the status line describes the cell in full.
        try tmux.send("2")
        try tmux.send("l")
        try tmux.expect("rated 20")
        // In the matrix the digits set levels (issue 4), so leave it with Tab for the third pane;
        // Enter opens the action item's detail view; Esc goes back.
        try tmux.send("Tab")
        try tmux.send("Enter")
        try tmux.expect("Quarantine the five flakiest payments tests")
        try tmux.send("Escape")
        try tmux.expect("Skills matrix")
        // A session's notes are read from disk when its detail view opens.
        try tmux.send("1")
        try tmux.send("/")
        try tmux.send("weekly", literal: true)
        try tmux.send("Enter")
        try tmux.send("Enter")
        try tmux.expect("Checkout prototype tested with five users")
        try tmux.send("Escape")
        // Wait for the view to close: Esc and a key sent together would arrive as Alt+key.
        XCTAssertTrue(try tmux.waitFor { !$0.contains("Checkout prototype tested") }.ok)
        try tmux.send("q")
        try tmux.expect("EXIT=0")
    }

    func testFilterHelpAndZoom() throws {
        let tmux = try open()
        try tmux.expect("Upcoming sessions")
        try tmux.send("1")
        try tmux.send("/")
        try tmux.send("terraform", literal: true)
        let filtered = try tmux.waitFor { $0.contains("Hands-on Terraform modules") && !$0.contains("Code review with a twist") }
        XCTAssertTrue(filtered.ok, "filter keeps only matching sessions:\n\(filtered.screen)")
        try tmux.send("Escape")
        try tmux.expect("Code review with a twist")

        try tmux.send("?")
        let help = try tmux.expect("pane.next")
        XCTAssertTrue(help.contains("focus the next pane"), help)
        try tmux.send("Escape")
        let closed = try tmux.waitFor { !$0.contains("pane.next") }
        XCTAssertTrue(closed.ok, closed.screen)

        try tmux.send("3")
        try tmux.send("z")
        let zoomed = try tmux.waitFor { $0.contains("Open action items") && !$0.contains("Skills matrix") }
        XCTAssertTrue(zoomed.ok, "zoom shows only the focused pane:\n\(zoomed.screen)")
        try tmux.send("z")
        try tmux.expect("Skills matrix")
        try tmux.send("q")
        try tmux.expect("EXIT=0")
    }

    func testResizeAndTooSmall() throws {
        let tmux = try open()
        try tmux.expect("Skills matrix")
        try tmux.resize(width: 80, height: 24)
        let small = try tmux.waitFor { screen in
            screen.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { $0.count <= 80 } && screen.contains("Upcoming sessions")
        }
        XCTAssertTrue(small.ok, "re-laid out at 80x24:\n\(small.screen)")
        try tmux.resize(width: 30, height: 8)
        try tmux.expect("too small")
        try tmux.resize(width: 120, height: 40)
        try tmux.expect("Skills matrix")
        try tmux.send("q")
        try tmux.expect("EXIT=0")
    }

    func testAChangeFromAnotherProcessAppearsWithoutAKey() throws {
        let tmux = try open()
        try tmux.expect("Open action items")
        let added = try guild.run(["add", "action", "Rotate the on-call calendar", "--owner", "zoe", "--due", "tomorrow", "--store", store.path])
        XCTAssertEqual(added.status, 0, added.stderr)
        let started = Date()
        try tmux.expect("Rotate the on-call calendar", timeout: 3)
        XCTAssertLessThan(Date().timeIntervalSince(started), 3, "appears without a key press")
        try tmux.send("q")
        try tmux.expect("EXIT=0")
    }

    func testQuitAndSignalsRestoreTheTerminal() throws {
        for signal in ["q", "TERM", "INT", "HUP"] {
            let tmux = try open()
            try tmux.expect("Upcoming sessions")
            XCTAssertEqual(try tmux.format("#{alternate_on}"), "1", "the dashboard uses the alternate screen")
            if signal == "q" {
                try tmux.send("q")
            } else {
                let pid = try XCTUnwrap(try tmux.programPID(), "guild is running")
                _ = try TmuxSession.run("kill -\(signal) \(pid)")
            }
            let ended = try tmux.expect("EXIT=")
            XCTAssertTrue(ended.contains(signal == "HUP" ? "EXIT=129" : "EXIT=0"), "\(signal): \(ended)")
            XCTAssertEqual(try tmux.format("#{alternate_on}"), "0", "\(signal): alternate screen left")
            XCTAssertEqual(try tmux.format("#{cursor_flag}"), "1", "\(signal): cursor visible again")
            XCTAssertEqual(try tmux.format("#{mouse_any_flag}"), "0", "\(signal): mouse reporting off")
        }
    }

    func testACrashStillRestoresTheTerminal() throws {
        for how in ["trap", "segv"] {
            let tmux = try guild.openInTmux(["debug", "crash", "--how", how])
            try tmux.expect("About to crash on purpose")
            XCTAssertEqual(try tmux.format("#{alternate_on}"), "1")
            let ended = try tmux.expect("EXIT=", timeout: 20)
            XCTAssertFalse(ended.contains("EXIT=0"), "\(how): a crash exits non-zero: \(ended)")
            XCTAssertEqual(try tmux.format("#{alternate_on}"), "0", "\(how): alternate screen left")
            XCTAssertEqual(try tmux.format("#{cursor_flag}"), "1", "\(how): cursor visible again")
            XCTAssertEqual(try tmux.format("#{mouse_any_flag}"), "0", "\(how): mouse reporting off")
        }
    }

    func testWithoutATerminalItSaysSoInOneLine() throws {
        let noTTY = try guild.run(["--store", store.path])
        XCTAssertEqual(noTTY.status, 1)
        XCTAssertEqual(noTTY.stderr.split(separator: "\n").count, 1, noTTY.stderr)
        XCTAssertTrue(noTTY.stderr.contains("terminal"), noTTY.stderr)

        let tmux = try open(extra: ["TERM": "dumb"])
        let screen = try tmux.expect("EXIT=1")
        XCTAssertTrue(screen.contains("TERM=dumb"), screen)
    }
}
